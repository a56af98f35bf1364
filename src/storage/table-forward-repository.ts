import { z } from 'zod';
import { storedReferenceSchema } from '../conversations/model';
import { ErrorCodes, isAppError } from '../errors';
import {
  forwardPartition,
  type ForwardRepository,
  type ForwardedQuestion,
} from '../forwarding/forward-repository';
import type { OutboxEntry } from '../reminders/outbox';
import { outboxRowData, outboxRowKeys } from './table-outbox-repository';
import type { BatchOperation, RowData, TableStore } from './table-store';
import { MAX_BATCH, safeKey } from './table-store';
import { TABLES } from './tables';

/*
 * outbox: PK forward-<forward id> (32 hex), RK "forward" -> { json }, replaced with its ETag in
 * the same transaction that inserts the forward's outbox rows (same partition).
 * forwards: PK <forward id>, RK "forward" -> { json }: questions forwarded before that; read only,
 * and an answer to one moves it into the outbox partition.
 */
export const forwardJsonSchema = z.object({
  id: z.string().regex(/^[a-f0-9]{32}$/),
  question: z.string().max(2000),
  askerName: z.string().max(200),
  askerReference: storedReferenceSchema,
  language: z.enum(['de', 'en']),
  status: z.enum(['open', 'answered']),
  answeredBy: z.string().max(200).optional(),
  answer: z.string().max(4000).optional(),
  deliveries: z.array(
    z.object({
      personId: z.string(),
      reference: storedReferenceSchema,
      activityId: z.string().optional(),
    }),
  ),
});

export const FORWARD_ROW_KEY = 'forward';

const toData = (forward: ForwardedQuestion): RowData => {
  const { etag: _etag, ...rest } = forward;
  return { json: JSON.stringify(rest) };
};

const inserts = (entries: OutboxEntry[]): BatchOperation[] =>
  entries.map((entry) => ({
    kind: 'insert',
    rowKey: outboxRowKeys(entry).rowKey,
    data: outboxRowData(entry),
  }));

/** Where a forward was read from: its outbox partition, or the table of older forwards. */
const legacy = new WeakSet<ForwardedQuestion>();

export class TableForwardRepository implements ForwardRepository {
  constructor(private readonly store: TableStore) {}

  async create(forward: ForwardedQuestion, outbox: OutboxEntry[]): Promise<boolean> {
    if ((await this.get(forward.id)) !== undefined) return false;
    return this.transact(forward, [
      { kind: 'insert', rowKey: FORWARD_ROW_KEY, data: toData(forward) },
      ...inserts(outbox),
    ]);
  }

  async get(id: string): Promise<ForwardedQuestion | undefined> {
    const row = await this.store.get(TABLES.outbox, {
      partitionKey: safeKey(forwardPartition(id)),
      rowKey: FORWARD_ROW_KEY,
    });
    if (row) return parse(row.data.json, row.etag);
    const old = await this.store.get(TABLES.forwards, { partitionKey: id, rowKey: 'forward' });
    const forward = old && parse(old.data.json, old.etag);
    if (forward) legacy.add(forward);
    return forward;
  }

  async markAnswered(
    forward: ForwardedQuestion,
    answer: { answeredBy: string; answer: string },
    outbox: OutboxEntry[],
  ): Promise<boolean> {
    if (forward.status === 'answered' || !forward.etag) return false;
    const updated: ForwardedQuestion = { ...forward, status: 'answered', ...answer };
    // An older forward is moved into its outbox partition; the insert fails if another answer
    // moved it first, as the conditional replace does for a forward of today.
    const write: BatchOperation = legacy.has(forward)
      ? { kind: 'insert', rowKey: FORWARD_ROW_KEY, data: toData(updated) }
      : { kind: 'replace', rowKey: FORWARD_ROW_KEY, data: toData(updated), etag: forward.etag };
    if (!(await this.transact(forward, [write, ...inserts(outbox)]))) return false;
    Object.assign(forward, updated);
    return true;
  }

  /** One transaction in the forward's partition; false when a condition (ETag, insert) failed. */
  private async transact(forward: ForwardedQuestion, operations: BatchOperation[]) {
    if (operations.length > MAX_BATCH) throw new RangeError('too many rows for one forward');
    try {
      await this.store.batch(TABLES.outbox, safeKey(forwardPartition(forward.id)), operations);
      return true;
    } catch (error) {
      if (
        isAppError(error, ErrorCodes.STORAGE_CONFLICT) ||
        isAppError(error, ErrorCodes.STORAGE_PRECONDITION_FAILED)
      )
        return false;
      throw error;
    }
  }
}

function parse(json: unknown, etag: string): ForwardedQuestion | undefined {
  if (typeof json !== 'string') return undefined;
  try {
    const parsed = forwardJsonSchema.safeParse(JSON.parse(json));
    return parsed.success ? { ...parsed.data, etag } : undefined;
  } catch {
    return undefined;
  }
}
