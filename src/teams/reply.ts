import type { CardSpec } from './cards/card-data';

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

/**
 * An activity as the bot sends it, in the parts kokobot reads back (what `kokobot ask` prints):
 * its text, summary and cards' fallback text.
 */
export interface OutgoingActivity {
  type?: string;
  text?: string;
  summary?: string;
  attachments?: { contentType?: string; content?: unknown }[];
}

/** The readable text of an outgoing activity: its text, else its cards' fallback text. */
export function readableText(activity: OutgoingActivity): string {
  if (activity.text) return activity.text;
  const fallbacks = (activity.attachments ?? [])
    .map(
      (attachment) => (attachment.content as { fallbackText?: string } | undefined)?.fallbackText,
    )
    .filter((text): text is string => !!text);
  return fallbacks.join('\n') || activity.summary || '';
}
