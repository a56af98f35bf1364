import { z } from 'zod';
import { cleanDisplayText } from '../display-text';

/**
 * The parts of an inbound activity kokobot relies on, checked at the edge. botbuilder's own types
 * are promises about the sender, not checks; a malformed activity is answered calmly or ignored.
 */
export const MAX_TEXT_LENGTH = 2000;

const account = z.object({
  id: z.string().min(1).max(512),
  // A display name is shown to others (forwarded questions, who answered): cleaned here, once.
  name: z
    .string()
    .max(512)
    .transform((name) => cleanDisplayText(name, { multiline: false }) || undefined)
    .optional(),
  aadObjectId: z.string().max(128).optional(),
});

export const inboundActivitySchema = z.object({
  type: z.string().min(1).max(64),
  id: z.string().max(512).optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.string().max(2048).optional(),
  locale: z.string().max(32).optional(),
  text: z.string().optional(),
  value: z.unknown().optional(),
  replyToId: z.string().max(512).optional(),
  attachments: z
    .array(
      z
        .object({
          contentType: z.string().max(256).optional(),
          name: z.string().max(512).optional(),
          content: z.unknown().optional(),
        })
        .loose(),
    )
    .max(20)
    .optional(),
  from: account,
  recipient: account,
  conversation: z.object({
    id: z.string().min(1).max(1024),
    conversationType: z.string().max(32).optional(),
    tenantId: z.string().max(128).optional(),
    isGroup: z.boolean().optional(),
  }),
  channelData: z
    .object({ tenant: z.object({ id: z.string().max(128) }).optional() })
    .loose()
    .optional(),
});
export type InboundActivity = z.infer<typeof inboundActivitySchema>;

export function tenantOf(activity: InboundActivity): string {
  return activity.conversation.tenantId ?? activity.channelData?.tenant?.id ?? '';
}

/**
 * The words the user typed: mentions (`<at>kokobot</at>`), other markup, control, bidi and
 * zero-width characters removed (cleanDisplayText), white space folded, cut at MAX_TEXT_LENGTH.
 */
export function cleanText(text: string | undefined): string {
  if (!text) return '';
  return cleanDisplayText(
    text
      .slice(0, MAX_TEXT_LENGTH * 4)
      .replace(/<at>[^<]*<\/at>/gi, ' ')
      .replace(/<[^>]{0,200}>/g, ' ')
      .replace(/&nbsp;/gi, ' '),
    { multiline: false },
  ).slice(0, MAX_TEXT_LENGTH);
}

/** A file sent to the bot in Teams (personal chat, `supportsFiles`): what Teams delivers. */
export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';
const fileInfoSchema = z.object({
  name: z.string().min(1).max(512),
  content: z.object({ downloadUrl: z.string().min(1).max(4096) }).loose(),
});

/** The files an activity carries, by name and download URL; other attachments are ignored. */
export function filesOf(activity: InboundActivity): { name: string; downloadUrl: string }[] {
  return (activity.attachments ?? []).flatMap((attachment) => {
    if (attachment.contentType !== FILE_DOWNLOAD_INFO) return [];
    const parsed = fileInfoSchema.safeParse(attachment);
    return parsed.success
      ? [{ name: parsed.data.name, downloadUrl: parsed.data.content.downloadUrl }]
      : [];
  });
}
