import type { ConversationRecord, ConversationRepository, SaveOutcome } from './model';

export interface RecentConversationsOptions {
  /** How long a reference this instance saved (or found unchanged) is trusted without a read. */
  maxAgeMs?: number;
  /** At most this many conversations and user links are remembered (the oldest go first). */
  maxEntries?: number;
  now?: () => number;
}

/** 60 s: a chat in full flow costs one read a minute; another instance's `stale` lasts no longer. */
export const RECENT_MAX_AGE_MS = 60_000;
const MAX_ENTRIES = 10_000;

/**
 * Spares table storage a read on every message: the conversation reference is saved on every
 * message from Teams (to be reachable for reminders later), which costs a read even when nothing
 * changed. This remembers, for a short while, what this instance saved or found unchanged: the same
 * reference, person and conversation type again within `maxAgeMs` is not read again. Anything that
 * differs is saved as before; a reference marked stale here is forgotten at once, so the next
 * message makes it fresh again. Established user links are remembered the same way. Both maps are
 * bounded. What another instance changes is seen at the latest after `maxAgeMs`.
 */
export class RecentConversations implements ConversationRepository {
  private readonly saved = new Map<string, { fingerprint: string; at: number }>();
  private readonly links = new Map<string, { personId: string; at: number }>();
  private readonly maxAgeMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;
  /** Counts markStale calls: a save that overlapped one does not vouch for the row. */
  private staleMarks = 0;

  constructor(
    private readonly inner: ConversationRepository,
    options: RecentConversationsOptions = {},
  ) {
    this.maxAgeMs = options.maxAgeMs ?? RECENT_MAX_AGE_MS;
    this.maxEntries = options.maxEntries ?? MAX_ENTRIES;
    this.now = options.now ?? Date.now;
  }

  async save(record: Omit<ConversationRecord, 'stale' | 'updatedAt'>): Promise<SaveOutcome> {
    const key = conversationKey(
      record.tenantId,
      record.aadObjectId,
      record.reference.conversation.id,
    );
    const fingerprint = JSON.stringify([
      record.conversationType,
      record.personId ?? '',
      record.reference,
    ]);
    const known = this.saved.get(key);
    if (known && known.fingerprint === fingerprint && this.fresh(known.at)) return 'unchanged';
    this.saved.delete(key);
    const marks = this.staleMarks;
    const outcome = await this.inner.save(record);
    if (marks === this.staleMarks) this.remember(this.saved, key, { fingerprint, at: this.now() });
    return outcome;
  }

  async markStale(record: ConversationRecord): Promise<void> {
    this.staleMarks += 1;
    this.saved.delete(
      conversationKey(record.tenantId, record.aadObjectId, record.reference.conversation.id),
    );
    await this.inner.markStale(record);
  }

  async linkedPerson(tenantId: string, aadObjectId: string): Promise<string | undefined> {
    const key = linkKey(tenantId, aadObjectId);
    const known = this.links.get(key);
    if (known && this.fresh(known.at)) return known.personId;
    const personId = await this.inner.linkedPerson(tenantId, aadObjectId);
    if (personId) this.remember(this.links, key, { personId, at: this.now() });
    else this.links.delete(key);
    return personId;
  }

  async link(tenantId: string, aadObjectId: string, personId: string): Promise<void> {
    const key = linkKey(tenantId, aadObjectId);
    this.links.delete(key);
    await this.inner.link(tenantId, aadObjectId, personId);
    this.remember(this.links, key, { personId, at: this.now() });
  }

  listForUser(tenantId: string, aadObjectId: string): Promise<ConversationRecord[]> {
    return this.inner.listForUser(tenantId, aadObjectId);
  }

  personalChatOf(tenantId: string, personId: string): Promise<ConversationRecord | undefined> {
    return this.inner.personalChatOf(tenantId, personId);
  }

  personalChatOfPerson(personId: string): Promise<ConversationRecord | undefined> {
    return this.inner.personalChatOfPerson(personId);
  }

  private fresh(at: number): boolean {
    const age = this.now() - at;
    return age >= 0 && age < this.maxAgeMs;
  }

  /** Insert as the newest entry; beyond the bound the oldest entry goes. */
  private remember<T>(map: Map<string, T>, key: string, value: T): void {
    map.delete(key);
    map.set(key, value);
    if (map.size > this.maxEntries) map.delete(map.keys().next().value!);
  }
}

const conversationKey = (tenantId: string, aadObjectId: string, conversationId: string) =>
  JSON.stringify([tenantId, aadObjectId, conversationId]);
const linkKey = (tenantId: string, aadObjectId: string) => JSON.stringify([tenantId, aadObjectId]);
