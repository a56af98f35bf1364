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
