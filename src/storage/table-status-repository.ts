import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ErrorCodes, isAppError } from '../errors';
import type { StatusUpdate } from '../status/submission';
import type { SaveOutcome, StatusRepository } from '../status/status-repository';
import { GOAL_STATUSES } from '../status/submission';
import { SharedRead } from '../shared-read';
import type { RowData, TableStore } from './table-store';
import { safeKey } from './table-store';
import { TABLES } from './tables';

/*
 * statusupdates: PK <goal id>
 *   RK "u|<at>|<key>"  one row per update (append-only; an edit adds a row)
 *   RK "k|<key>"       the idempotency key of a stored submission -> { version }
 *   RK "latest"        { version, at } — replaced with its ETag, in the same transaction as the update
 */
export const statusUpdateRowSchema = z.object({
  goalId: z.string(),
  roundId: z.string(),
  author: z.string(),
  at: z.string(),
  status: z.enum(GOAL_STATUSES),
  progress: z.number().int().min(0).max(100),
  happened: z.string().max(2000),
  nextSteps: z.string().max(2000),
  supportNeeded: z.boolean(),
  supportText: z.string().max(2000),
  authorName: z.string().max(200).optional(),
  goalTitle: z.string().max(200).optional(),
  goalField: z.string().max(40).optional(),
  goalBody: z.string().max(40).optional(),
});

const keyHash = (key: string) => createHash('sha256').update(key).digest('hex').slice(0, 32);

/**
 * How long `all()` answers from the updates it last read. Status questions, the Zwischenbilanz and
 * "who has not answered" each read every update: a table scan, ~1 ms of this process and of the
 * storage under load. Answers after this instance's own save read again at once; another instance's
 * save shows here at most this long after it was stored.
 */
export const ALL_UPDATES_MAX_AGE_MS = 1000;

export class TableStatusRepository implements StatusRepository {
  /** Every update, as last read: shared by the callers that come while it is fresh. */
  private readonly allUpdates: SharedRead<readonly StatusUpdate[]>;

  constructor(
    private readonly store: TableStore,
    options: { clock?: () => Date; allMaxAgeMs?: number } = {},
  ) {
    this.allUpdates = new SharedRead(() => this.readAll(), {
      maxAgeMs: options.allMaxAgeMs ?? ALL_UPDATES_MAX_AGE_MS,
      now: () => (options.clock?.() ?? new Date()).getTime(),
    });
  }

  async latest(goalId: string): Promise<{ update?: StatusUpdate; version: string }> {
    const row = await this.store.get(TABLES.statusUpdates, {
      partitionKey: safeKey(goalId),
      rowKey: 'latest',
    });
    const version = typeof row?.data.version === 'string' ? row.data.version : '';
    if (!version) return { version: '' };
    const update = await this.store.get(TABLES.statusUpdates, {
      partitionKey: safeKey(goalId),
      rowKey: version,
    });
    const parsed = update ? statusUpdateRowSchema.safeParse(update.data) : undefined;
    return { update: parsed?.success ? parsed.data : undefined, version };
  }

  /**
   * The version a submission was stored as, if it was. A key row whose update row is missing never
   * counts (a transaction is all-or-nothing in Azure, but a storage fault must not make a lost
   * submission look saved): it is removed, so the submission can be written again.
   */
  private async storedKey(partitionKey: string, key: string): Promise<string | undefined> {
    const row = await this.store.get(TABLES.statusUpdates, { partitionKey, rowKey: `k|${key}` });
    if (!row) return undefined;
    const version = String(row.data.version ?? '');
    if (version && (await this.store.get(TABLES.statusUpdates, { partitionKey, rowKey: version })))
      return version;
    await this.store
      .delete(TABLES.statusUpdates, { partitionKey, rowKey: `k|${key}` }, row.etag)
      .catch(() => undefined);
    return undefined;
  }

  async save(
    update: StatusUpdate,
    options: { idempotencyKey: string; expectedVersion: string },
  ): Promise<SaveOutcome> {
    try {
      return await this.write(update, options);
    } finally {
      // Whatever the outcome (saved, stored before, failed halfway), what all() read before this
      // save ended may not be what is stored now: the next all() reads again.
      this.allUpdates.invalidate();
    }
  }

  private async write(
    update: StatusUpdate,
    options: { idempotencyKey: string; expectedVersion: string },
  ): Promise<SaveOutcome> {
    const partitionKey = safeKey(update.goalId);
    const key = keyHash(options.idempotencyKey);
    const seen = await this.storedKey(partitionKey, key);
    if (seen) return { outcome: 'duplicate', version: seen };
    const pointer = await this.store.get(TABLES.statusUpdates, { partitionKey, rowKey: 'latest' });
    const current = typeof pointer?.data.version === 'string' ? pointer.data.version : '';
    if (current !== options.expectedVersion) {
      // The goal moved on — possibly by this very submission, stored a moment ago by another instance.
      const again = await this.storedKey(partitionKey, key);
      if (again) return { outcome: 'duplicate', version: again };
      return { outcome: 'conflict', latest: (await this.latest(update.goalId)).update };
    }
    const version = `u|${update.at}|${key}`;
    const data = statusUpdateRowSchema.parse(update) as unknown as RowData;
    try {
      await this.store.batch(TABLES.statusUpdates, partitionKey, [
        { kind: 'insert', rowKey: `k|${key}`, data: { version } },
        { kind: 'insert', rowKey: version, data },
        pointer
          ? {
              kind: 'replace',
              rowKey: 'latest',
              data: { version, at: update.at },
              etag: pointer.etag,
            }
          : { kind: 'insert', rowKey: 'latest', data: { version, at: update.at } },
      ]);
      return { outcome: 'saved', version };
    } catch (error) {
      if (
        isAppError(error, ErrorCodes.STORAGE_CONFLICT) ||
        isAppError(error, ErrorCodes.STORAGE_PRECONDITION_FAILED)
      ) {
        // Either the same submission won a race (duplicate) or another edit did (conflict).
        const again = await this.storedKey(partitionKey, key);
        if (again) return { outcome: 'duplicate', version: again };
        return { outcome: 'conflict', latest: (await this.latest(update.goalId)).update };
      }
      throw error;
    }
  }

  async history(goalId: string): Promise<StatusUpdate[]> {
    const rows = await this.store.query(TABLES.statusUpdates, {
      partitionKey: safeKey(goalId),
      rowKeyPrefix: 'u|',
    });
    return rows.flatMap((row) => {
      const parsed = statusUpdateRowSchema.safeParse(row.data);
      return parsed.success ? [parsed.data] : [];
    });
  }

  /** Every stored update (read-only), read at most once per ALL_UPDATES_MAX_AGE_MS (SharedRead). */
  all(): Promise<readonly StatusUpdate[]> {
    return this.allUpdates.get();
  }

  private async readAll(): Promise<readonly StatusUpdate[]> {
    const rows = await this.store.query(TABLES.statusUpdates, {
      filters: [{ field: 'roundId', op: 'ne', value: '' }],
    });
    return Object.freeze(
      rows.flatMap((row) => {
        if (!row.rowKey.startsWith('u|')) return [];
        const parsed = statusUpdateRowSchema.safeParse(row.data);
        return parsed.success ? [Object.freeze(parsed.data)] : [];
      }),
    );
  }
}
