import type { AdaptiveCardInvokeResponse, InvokeResponse } from 'botbuilder';
import { renderCard } from './cards/render';
import type { Reply } from './reply';

/*
 * The one place invoke answers are built. Every card press gets a non-empty answer with status 200:
 * an empty one makes Teams retry (and run the press twice), an error status shows an error.
 */

/** A plain sentence in place of the pressed card (final for Teams: no error, no second try). */
export function invokeMessage(text: string): AdaptiveCardInvokeResponse {
  return {
    statusCode: 200,
    type: 'application/vnd.microsoft.activity.message',
    value: text as unknown as AdaptiveCardInvokeResponse['value'],
  };
}

/** A feature's reply to a card press: its card replaces the pressed one, a text is the message. */
export function invokeReply(reply: Reply): AdaptiveCardInvokeResponse {
  if (reply.kind !== 'card') return invokeMessage(reply.text);
  const rendered = renderCard(reply.card.template, reply.card.data, reply.text);
  return {
    statusCode: 200,
    type: 'application/vnd.microsoft.card.adaptive',
    value: rendered.attachment.content as AdaptiveCardInvokeResponse['value'],
  };
}

/** What the status and RSVP features answer a press with. */
export function invokeOutcome(
  outcome: { kind: 'card'; reply: Reply } | { kind: 'message'; text: string },
): AdaptiveCardInvokeResponse {
  return outcome.kind === 'message' ? invokeMessage(outcome.text) : invokeReply(outcome.reply);
}

/** The HTTP answer of an invoke that carries a card-press answer. */
export function invokeResponse(body: AdaptiveCardInvokeResponse): InvokeResponse {
  return { status: 200, body };
}

/** An invoke kokobot does not offer (task modules, message extensions …): not the SDK's 501. */
export function notOffered(): InvokeResponse {
  return { status: 400 };
}
