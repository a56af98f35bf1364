import { z } from 'zod';

/**
 * A stored conversation reference: where the bot can later write to a user (reminders, status
 * cards). Keyed by tenant and the user's AAD object id; one row per conversation the user met the
 * bot in (personal chat, group chat, channel).
 */
export const conversationTypeSchema = z.enum(['personal', 'groupChat', 'channel']);
export type ConversationType = z.infer<typeof conversationTypeSchema>;

/** The parts of botbuilder's ConversationReference needed to continue a conversation. */
export const storedReferenceSchema = z.object({
  channelId: z.string(),
  serviceUrl: z.string(),
  conversation: z.object({
    id: z.string(),
    conversationType: z.string().optional(),
    tenantId: z.string().optional(),
    isGroup: z.boolean().optional(),
  }),
  bot: z.object({ id: z.string(), name: z.string().optional() }),
  user: z.object({ id: z.string(), aadObjectId: z.string().optional() }).optional(),
  locale: z.string().optional(),
});
export type StoredReference = z.infer<typeof storedReferenceSchema>;

export type SaveOutcome = 'written' | 'unchanged';

export interface ConversationRecord {
  tenantId: string;
  aadObjectId: string;
  conversationType: ConversationType;
  reference: StoredReference;
  /** The directory person this user is, when known. */
  personId?: string;
  /** Set when Teams said the bot can no longer write there (403/404); cleared on the next contact. */
  stale: boolean;
  updatedAt: string;
}

export interface ConversationRepository {
  /**
   * Stores or refreshes a reference (ETag-safe read-modify-write); clears `stale`. 'written' when
   * the row is new or changed (the user may have just become reachable), else 'unchanged'.
   */
  save(record: Omit<ConversationRecord, 'stale' | 'updatedAt'>): Promise<SaveOutcome>;
  listForUser(tenantId: string, aadObjectId: string): Promise<ConversationRecord[]>;
  /** The person's personal chat with the bot that is not known to be stale, if any. */
  personalChatOf(tenantId: string, personId: string): Promise<ConversationRecord | undefined>;
  /** The same across tenants (reminders know the person, not the tenant). */
  personalChatOfPerson(personId: string): Promise<ConversationRecord | undefined>;
  /** Teams said the bot cannot write there (403/404): not used until the user is heard from again. */
  markStale(record: ConversationRecord): Promise<void>;
  /** The user's link to a directory person, when one was established before. */
  linkedPerson(tenantId: string, aadObjectId: string): Promise<string | undefined>;
  link(tenantId: string, aadObjectId: string, personId: string): Promise<void>;
}
