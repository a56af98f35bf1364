import { createHash } from 'node:crypto';
import { z } from 'zod';
import { CONTEXT_TTL_MS } from '../questions/context';
import { Memo } from '../memo';
import type { ContextRepository, KnownContext } from '../questions/context-repository';
import { QUESTION_KINDS, type ConversationContext } from '../questions/understand';
import { GroupedUpserts } from './grouped-upserts';
import type { RowData, TableStore } from './table-store';
import { TABLES } from './tables';

/*
 * context: PK "ctx", RK sha256(conversation id) (32 hex) -> { json, expiresAt }; json "" = none.
 * One partition, so that the writes of many conversations go out together (GroupedUpserts).
 * Last writer wins on purpose: the newest question in a conversation is the context.
 *
 * No read per question: the context this instance last read or wrote of a conversation is kept in
 * memory and taken from there. Only an answer that rests on it (a follow-up) reads the stored one
 * first (`get(…, { read: true })`), and is answered again when another instance changed it
 * meanwhile. Bounded (oldest first).
 */
export const CONTEXT_PARTITION = 'ctx';
const refPattern = /^(actors|people|bodies|fields|goals|meetings)\/.+$/;
export const contextJsonSchema = z.object({
  subject: z.string().regex(refPattern).optional(),
  kind: z.enum(QUESTION_KINDS),
  candidates: z.array(z.string().regex(refPattern)).max(10).optional(),
  also: z.string().regex(refPattern).optional(),
  language: z.enum(['de', 'en']).optional(),
});
export const contextRowSchema = z.object({ json: z.string(), expiresAt: z.string() });

interface KnownRow {
  /** The stored json ("" = none). */
  json: string;
  expiresAt: number;
}

const MAX_KNOWN_ROWS = 10_000;

export class TableContextRepository implements ContextRepository {
  private readonly known = new Map<string, KnownRow>();
  private readonly writes: GroupedUpserts;

  constructor(
    private readonly options: {
      store: TableStore;
      clock?: () => Date;
      ttlMs?: number;
      maxKnownRows?: number;
    },
  ) {
    this.writes = new GroupedUpserts(options.store, TABLES.context, CONTEXT_PARTITION);
  }

  private rowKey(conversationId: string): string {
    return this.rowKeys.get(conversationId, () =>
      createHash('sha256').update(conversationId).digest('hex').slice(0, 32),
    );
  }

  private readonly rowKeys = new Memo<string>(MAX_KNOWN_ROWS);

  private now(): number {
    return (this.options.clock?.() ?? new Date()).getTime();
  }

  async get(conversationId: string, options: { read?: boolean } = {}): Promise<KnownContext> {
    const rowKey = this.rowKey(conversationId);
    let row = options.read ? undefined : this.known.get(rowKey);
    const fromMemory = !!row;
    if (!row) {
      const stored = await this.options.store.get(TABLES.context, {
        partitionKey: CONTEXT_PARTITION,
        rowKey,
      });
      row = toKnown(stored?.data) ?? { json: '', expiresAt: 0 };
      this.remember(rowKey, row);
    }
    return { context: row.expiresAt > this.now() ? parse(row.json) : undefined, fromMemory };
  }

  async set(conversationId: string, context: ConversationContext | undefined): Promise<void> {
    const rowKey = this.rowKey(conversationId);
    const json = context ? JSON.stringify(context) : '';
    const expiresAt = this.now() + (this.options.ttlMs ?? CONTEXT_TTL_MS);
    const data: RowData = { json, expiresAt: new Date(expiresAt).toISOString() };
    try {
      await this.writes.upsert(rowKey, data);
    } catch (error) {
      // Not stored: what this instance remembers would no longer be what is stored.
      this.known.delete(rowKey);
      throw error;
    }
    this.remember(rowKey, { json, expiresAt });
  }

  /** Resolves when every write has gone out (shutdown). */
  idle(): Promise<void> {
    return this.writes.idle();
  }

  private remember(rowKey: string, row: KnownRow): void {
    this.known.delete(rowKey);
    this.known.set(rowKey, row);
    if (this.known.size > (this.options.maxKnownRows ?? MAX_KNOWN_ROWS))
      this.known.delete(this.known.keys().next().value!);
  }
}

function toKnown(data: RowData | undefined): KnownRow | undefined {
  const row = data ? contextRowSchema.safeParse(data) : undefined;
  if (!row?.success) return undefined;
  const expiresAt = Date.parse(row.data.expiresAt);
  return Number.isNaN(expiresAt) ? undefined : { json: row.data.json, expiresAt };
}

function parse(json: string): ConversationContext | undefined {
  if (!json) return undefined;
  try {
    const context = contextJsonSchema.safeParse(JSON.parse(json));
    return context.success ? (context.data as ConversationContext) : undefined;
  } catch {
    return undefined;
  }
}
