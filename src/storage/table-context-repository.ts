import { createHash } from 'node:crypto';
import { z } from 'zod';
import { CONTEXT_TTL_MS } from '../questions/context';
import type { ContextRepository } from '../questions/context-repository';
import { QUESTION_KINDS, type ConversationContext } from '../questions/understand';
import { ErrorCodes, isAppError } from '../errors';
import type { RowData, TableStore } from './table-store';
import { TABLES } from './tables';

/*
 * context: PK sha256(conversation id) (32 hex), RK "last" -> { json, expiresAt }
 * Last writer wins on purpose: the newest question in a conversation is the context.
 *
 * No read per question: the row this instance last read or wrote of a conversation is kept in
 * memory (with its ETag), and the context is taken from there. The answer built on it is only sent
 * once the new context is written — and that write is conditional on the kept ETag: when another
 * instance (or anything else) changed or removed the row meanwhile, nothing is written, `set`
 * answers false, the entry is forgotten, and the question handler answers again from a fresh read.
 * So an answer never rests on a context that was no longer the stored one. Bounded (oldest first).
 */
const refPattern = /^(actors|people|bodies|fields|goals|meetings)\/.+$/;
export const contextJsonSchema = z.object({
  subject: z.string().regex(refPattern).optional(),
  kind: z.enum(QUESTION_KINDS),
  candidates: z.array(z.string().regex(refPattern)).max(10).optional(),
});
export const contextRowSchema = z.object({ json: z.string(), expiresAt: z.string() });

interface KnownRow {
  etag: string;
  data: RowData;
  /** The last `get` took the context from memory, not from a read: the next write checks it. */
  fromMemory: boolean;
}

const MAX_KNOWN_ROWS = 10_000;

export class TableContextRepository implements ContextRepository {
  private readonly known = new Map<string, KnownRow>();

  constructor(
    private readonly options: {
      store: TableStore;
      clock?: () => Date;
      ttlMs?: number;
      maxKnownRows?: number;
    },
  ) {}

  private keys(conversationId: string) {
    return {
      partitionKey: createHash('sha256').update(conversationId).digest('hex').slice(0, 32),
      rowKey: 'last',
    };
  }

  private now(): Date {
    return this.options.clock?.() ?? new Date();
  }

  async get(conversationId: string): Promise<ConversationContext | undefined> {
    const keys = this.keys(conversationId);
    let row = this.known.get(keys.partitionKey);
    if (row) {
      row.fromMemory = true;
    } else {
      const stored = await this.options.store.get(TABLES.context, keys);
      row = stored ? { etag: stored.etag, data: stored.data, fromMemory: false } : undefined;
      if (row) this.remember(keys.partitionKey, row);
    }
    const parsed = row ? contextRowSchema.safeParse(row.data) : undefined;
    if (!parsed?.success || Date.parse(parsed.data.expiresAt) <= this.now().getTime())
      return undefined;
    try {
      const context = contextJsonSchema.safeParse(JSON.parse(parsed.data.json));
      return context.success ? (context.data as ConversationContext) : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Stores the conversation's new context (none: removes it). False when the context the last `get`
   * took from memory is no longer the stored one: nothing was written; read and answer again.
   */
  async set(conversationId: string, context: ConversationContext | undefined): Promise<boolean> {
    const { store } = this.options;
    const keys = this.keys(conversationId);
    const known = this.known.get(keys.partitionKey);
    // What the answer rests on without a read in this turn; after a read, last writer wins as ever.
    const unchecked = known?.fromMemory ? known : undefined;
    this.known.delete(keys.partitionKey);
    try {
      if (!context) {
        if (unchecked) {
          // A delete cannot tell "removed meanwhile" from "removed now": look first.
          const stored = await store.get(TABLES.context, keys);
          if (stored?.etag !== unchecked.etag) return false;
        }
        await store.delete(TABLES.context, keys, unchecked?.etag);
        return true;
      }
      const expiresAt = new Date(
        this.now().getTime() + (this.options.ttlMs ?? CONTEXT_TTL_MS),
      ).toISOString();
      const data = { json: JSON.stringify(context), expiresAt };
      const etag = unchecked
        ? await store.replace(TABLES.context, keys, data, unchecked.etag)
        : await store.upsert(TABLES.context, keys, data);
      if (etag) this.remember(keys.partitionKey, { etag, data, fromMemory: false });
      return true;
    } catch (error) {
      if (unchecked && isAppError(error, ErrorCodes.STORAGE_PRECONDITION_FAILED)) return false;
      throw error;
    }
  }

  private remember(partitionKey: string, row: KnownRow): void {
    this.known.delete(partitionKey);
    this.known.set(partitionKey, row);
    if (this.known.size > (this.options.maxKnownRows ?? MAX_KNOWN_ROWS))
      this.known.delete(this.known.keys().next().value!);
  }
}
