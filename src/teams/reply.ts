import type { CardSpec } from './cards/card-data';

/**
 * What a feature answers: plain text, or a card with the one or two sentences that answer on their
 * own without it (shown in notifications, printed by `kokobot ask`).
 */
export type Reply =
  | {
      kind: 'text';
      text: string;
      /** A file now in the user's OneDrive (after they accepted a file offer): shown as a file. */
      file?: FileInfo;
    }
  | {
      kind: 'card';
      card: CardSpec;
      text: string;
      /** The outcome of a press on a confirmation card: it replaces that card (its buttons). */
      inPlaceOfPressedCard?: boolean;
      /** Files offered in a personal chat (Teams asks the user before the bot uploads them). */
      files?: FileOffer[];
    };

/** A file the bot offers (Teams' file consent card); `context` comes back with the answer. */
export interface FileOffer {
  name: string;
  sizeInBytes: number;
  description: string;
  context: Record<string, string>;
}

/** A file uploaded to the user's OneDrive, as Teams' file info card shows it. */
export interface FileInfo {
  name: string;
  contentUrl: string;
  uniqueId: string;
  fileType: string;
}

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
