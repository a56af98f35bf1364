import { z } from 'zod';
import { ErrorCodes, isAppError } from '../errors';
import {
  OUTBOX_KINDS,
  OUTBOX_STATES,
  outboxRowKey,
  WAITING_FOR_CHAT,
  type OutboxEntry,
  type OutboxRepository,
} from '../reminders/outbox';
import type { Row, RowData, TableStore } from './table-store';
import { MAX_BATCH, safeKey } from './table-store';
import { TABLES } from './tables';

/*
 * outbox: PK <meeting id>, RK <kind>|<offset>|<recipient>|<meeting start>
 *   state, dueAt, nextAttemptAt, leaseUntil, claimedBy, attempts, history (JSON), …
 * Claims and results are conditional replaces on the row's ETag.
 * PK forward-<id> holds a forwarded question (RK "forward", see table-forward-repository.ts)
 * next to its outbox rows, so the question's state and its messages change in one transaction.
 */
export const outboxRowSchema = z.object({
  meetingId: z.string(),
  bodyId: z.string(),
  offset: z.string(),
  recipient: z.string(),
  personId: z.string().optional(),
  kind: z.enum(OUTBOX_KINDS),
  state: z.enum(OUTBOX_STATES),
  dueAt: z.string(),
  nextAttemptAt: z.string(),
  meetingStart: z.string(),
  startsAt: z.string(),
  attempts: z.number().int().min(0),
  claimedBy: z.string().optional(),
  leaseUntil: z.string().optional(),
  sentAt: z.string().optional(),
  activityId: z.string().optional(),
  reason: z.string().optional(),
  history: z.string(),
});

/** The columns of an outbox row (also written by transactions of other repositories). */
export function outboxRowData(entry: OutboxEntry): RowData {
  const data: RowData = {
    meetingId: entry.meetingId,
    bodyId: entry.bodyId,
    offset: entry.offset,
    recipient: entry.recipient,
    kind: entry.kind,
    state: entry.state,
    dueAt: entry.dueAt,
    nextAttemptAt: entry.nextAttemptAt,
    meetingStart: entry.meetingStart,
    startsAt: entry.startsAt,
    attempts: entry.attempts,
    history: JSON.stringify(entry.history),
  };
  for (const key of [
    'personId',
    'claimedBy',
    'leaseUntil',
    'sentAt',
    'activityId',
    'reason',
  ] as const) {
    const value = entry[key];
    if (value !== undefined) data[key] = value;
  }
  return data;
}

function fromRow(row: Row): OutboxEntry | undefined {
  const parsed = outboxRowSchema.safeParse(row.data);
  if (!parsed.success) return undefined;
  let history: OutboxEntry['history'];
  try {
    history = JSON.parse(parsed.data.history);
  } catch {
    history = [];
  }
  return { ...parsed.data, history, etag: row.etag };
}

export const outboxRowKeys = (
  entry: Pick<OutboxEntry, 'meetingId' | 'kind' | 'offset' | 'recipient' | 'meetingStart'>,
) => ({
  partitionKey: safeKey(entry.meetingId),
  rowKey: safeKey(outboxRowKey(entry)),
});

export class TableOutboxRepository implements OutboxRepository {
  constructor(private readonly store: TableStore) {}

  async addMissing(entries: OutboxEntry[]): Promise<number> {
    let added = 0;
    const byMeeting = new Map<string, OutboxEntry[]>();
    for (const entry of entries)
      byMeeting.set(entry.meetingId, [...(byMeeting.get(entry.meetingId) ?? []), entry]);
    for (const [meetingId, list] of byMeeting) {
      const existing = new Set(
        (await this.store.query(TABLES.outbox, { partitionKey: safeKey(meetingId) })).map(
          (row) => row.rowKey,
        ),
      );
      const fresh = list.filter((entry) => !existing.has(outboxRowKeys(entry).rowKey));
      for (let start = 0; start < fresh.length; start += MAX_BATCH) {
        const chunk = fresh.slice(start, start + MAX_BATCH);
        try {
          await this.store.batch(
            TABLES.outbox,
            safeKey(meetingId),
            chunk.map((entry) => ({
              kind: 'insert',
              rowKey: outboxRowKeys(entry).rowKey,
              data: outboxRowData(entry),
            })),
          );
          added += chunk.length;
        } catch (error) {
          if (!isAppError(error, ErrorCodes.STORAGE_CONFLICT)) throw error;
          // Another instance reconciled at the same time: insert one by one, skipping what exists.
          for (const entry of chunk) {
            try {
              await this.store.insert(TABLES.outbox, outboxRowKeys(entry), outboxRowData(entry));
              added += 1;
            } catch (inner) {
              if (!isAppError(inner, ErrorCodes.STORAGE_CONFLICT)) throw inner;
            }
          }
        }
      }
    }
    return added;
  }

  async due(now: string, limit: number): Promise<OutboxEntry[]> {
    const pending = await this.store.query(TABLES.outbox, {
      filters: [
        { field: 'state', op: 'eq', value: 'pending' },
        { field: 'nextAttemptAt', op: 'le', value: now },
      ],
    });
    const expired = await this.store.query(TABLES.outbox, {
      filters: [
        { field: 'state', op: 'eq', value: 'sending' },
        { field: 'leaseUntil', op: 'lt', value: now },
      ],
    });
    return [...expired, ...pending]
      .map(fromRow)
      .filter((entry): entry is OutboxEntry => !!entry)
      .sort((a, b) => a.nextAttemptAt.localeCompare(b.nextAttemptAt))
      .slice(0, limit);
  }

  async unreachable(): Promise<OutboxEntry[]> {
    const rows = await this.store.query(TABLES.outbox, {
      filters: [
        { field: 'state', op: 'eq', value: 'failed' },
        { field: 'kind', op: 'eq', value: 'reminder' },
      ],
    });
    return rows
      .map(fromRow)
      .filter(
        (entry): entry is OutboxEntry => !!entry && (entry.reason ?? '').startsWith('unreachable'),
      );
  }

  async forMeeting(meetingId: string): Promise<OutboxEntry[]> {
    const rows = await this.store.query(TABLES.outbox, { partitionKey: safeKey(meetingId) });
    return rows.map(fromRow).filter((entry): entry is OutboxEntry => !!entry);
  }

  async waitingFor(personId: string): Promise<OutboxEntry[]> {
    const rows = await this.store.query(TABLES.outbox, {
      filters: [
        { field: 'state', op: 'eq', value: 'pending' },
        { field: 'reason', op: 'eq', value: WAITING_FOR_CHAT },
        { field: 'personId', op: 'eq', value: personId },
      ],
    });
    return rows.map(fromRow).filter((entry): entry is OutboxEntry => !!entry);
  }

  async all(): Promise<OutboxEntry[]> {
    const rows = await this.store.query(TABLES.outbox, {});
    return rows.map(fromRow).filter((entry): entry is OutboxEntry => !!entry);
  }

  async update(entry: OutboxEntry): Promise<boolean> {
    if (!entry.etag) return false;
    try {
      entry.etag = await this.store.replace(
        TABLES.outbox,
        outboxRowKeys(entry),
        outboxRowData(entry),
        entry.etag,
      );
      return true;
    } catch (error) {
      if (isAppError(error, ErrorCodes.STORAGE_PRECONDITION_FAILED)) return false;
      throw error;
    }
  }
}
