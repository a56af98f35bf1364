import type { Activity, TurnContext } from 'botbuilder';
import type { CardSpec, CardTemplate } from './cards/card-data';
import { renderCard } from './cards/render';

/**
 * What a feature answers: plain text, or a card with the one or two sentences that answer on their
 * own without it (shown in notifications, printed by `kokobot ask`).
 */
export type Reply =
  | { kind: 'text'; text: string }
  | {
      kind: 'card';
      card: CardSpec;
      text: string;
      /** The outcome of a press on a confirmation card: it replaces that card (its buttons). */
      inPlaceOfPressedCard?: boolean;
    };

/** An activity the bot sends, as botbuilder types it (what `kokobot ask` prints). */
export type OutgoingActivity = Partial<Activity>;

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

export function toActivity(reply: Reply): Partial<Activity> {
  if (reply.kind === 'text') return { type: 'message', text: reply.text, textFormat: 'plain' };
  const rendered = renderCard(reply.card.template, reply.card.data, reply.text);
  if (RECORD_CARDS.has(reply.card.template))
    return {
      type: 'message',
      text: reply.text,
      textFormat: 'plain',
      attachments: [rendered.attachment],
    };
  return { type: 'message', summary: reply.text, attachments: [rendered.attachment] };
}

export async function sendReply(context: TurnContext, reply: Reply): Promise<void> {
  await context.sendActivity(toActivity(reply));
}

/** The readable text of an outgoing activity: its text, else its cards' fallback text. */
export function readableText(activity: Partial<Activity>): string {
  if (activity.text) return activity.text;
  const fallbacks = (activity.attachments ?? [])
    .map(
      (attachment) => (attachment.content as { fallbackText?: string } | undefined)?.fallbackText,
    )
    .filter((text): text is string => !!text);
  return fallbacks.join('\n') || activity.summary || '';
}
