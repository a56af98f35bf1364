import type { Activity, TurnContext } from 'botbuilder';
import type { RenderedCard } from './cards/render';

/** What a feature answers: plain text, or a card whose fallback text answers on its own. */
export type Reply = { kind: 'text'; text: string } | { kind: 'card'; card: RenderedCard };

export function toActivity(reply: Reply): Partial<Activity> {
  if (reply.kind === 'text') return { type: 'message', text: reply.text, textFormat: 'plain' };
  return {
    type: 'message',
    summary: reply.card.fallbackText,
    attachments: [reply.card.attachment],
  };
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
