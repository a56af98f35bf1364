/*
 * A Reply as botbuilder sends it: the card bound to its template, the text beside it, and the
 * reply within the turn. Part of the botbuilder binding: a move to another SDK replaces this file.
 */
import type { Activity, TurnContext } from 'botbuilder';
import type { CardTemplate } from './cards/card-data';
import { renderCard } from './cards/render';
import type { Reply } from './reply';

/**
 * Cards that show a record (a person, a body, a list …): the answer is said once, as the message's
 * text above the card, and the card holds the record without repeating it.
 */
const RECORD_CARDS: ReadonlySet<CardTemplate> = new Set([
  'person',
  'institution',
  'body',
  'goal',
  'meeting',
  'list',
]);

/** Teams' file consent card (personal chat): the user accepts before the bot uploads the file. */
const FILE_CONSENT = 'application/vnd.microsoft.teams.card.file.consent';
/** Teams' file info card: a file in the user's OneDrive. */
const FILE_INFO = 'application/vnd.microsoft.teams.card.file.info';

export function toActivity(reply: Reply): Partial<Activity> {
  if (reply.kind === 'text') {
    const activity: Partial<Activity> = { type: 'message', text: reply.text, textFormat: 'plain' };
    if (reply.file)
      activity.attachments = [
        {
          contentType: FILE_INFO,
          contentUrl: reply.file.contentUrl,
          name: reply.file.name,
          content: { uniqueId: reply.file.uniqueId, fileType: reply.file.fileType },
        },
      ];
    return activity;
  }
  const rendered = renderCard(reply.card.template, reply.card.data, reply.text);
  const offers = (reply.files ?? []).map((file) => ({
    contentType: FILE_CONSENT,
    name: file.name,
    content: {
      description: file.description,
      sizeInBytes: file.sizeInBytes,
      acceptContext: file.context,
      declineContext: file.context,
    },
  }));
  const attachments = [rendered.attachment, ...offers];
  if (RECORD_CARDS.has(reply.card.template))
    return { type: 'message', text: reply.text, textFormat: 'plain', attachments };
  return { type: 'message', summary: reply.text, attachments };
}

export async function sendReply(context: TurnContext, reply: Reply): Promise<void> {
  await context.sendActivity(toActivity(reply));
}

/** The outcome of a confirmation press replaces the pressed card where the client allows it. */
export async function replyInPlace(
  context: TurnContext,
  reply: Reply,
  replyToId: string | undefined,
): Promise<void> {
  if (reply.kind === 'card' && reply.inPlaceOfPressedCard && replyToId) {
    try {
      await context.updateActivity({ ...toActivity(reply), id: replyToId });
      return;
    } catch {
      // Not every client lets a card be replaced: send the outcome instead.
    }
  }
  await sendReply(context, reply);
}
