import { z } from 'zod';
import type { TableStore } from '../storage/table-store';
import { safeKey } from '../storage/table-store';
import { TABLES } from '../storage/tables';
import type { MeetingChange } from './occurrences';

/* meetingchanges: PK "change", RK <meeting id> -> { kind, start, end, by, at } — the latest change wins. */
export const meetingChangeRowSchema = z.object({
  meetingId: z.string(),
  kind: z.enum(['moved', 'cancelled']),
  start: z.string().optional(),
  end: z.string().optional(),
});

/** Coordinators' moves and cancellations, applied on top of the directory. */
export class MeetingChangeRepository {
  private cache?: { at: number; changes: MeetingChange[] };

  constructor(
    private readonly store: TableStore,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async list(): Promise<MeetingChange[]> {
    const now = Date.now();
    if (this.cache && now - this.cache.at < 2000) return this.cache.changes;
    const rows = await this.store.query(TABLES.meetingChanges, { partitionKey: 'change' });
    const changes = rows.flatMap((row) => {
      const parsed = meetingChangeRowSchema.safeParse(row.data);
      return parsed.success ? [parsed.data] : [];
    });
    this.cache = { at: now, changes };
    return changes;
  }

  async set(change: MeetingChange, by: string): Promise<void> {
    const data: Record<string, string> = {
      meetingId: change.meetingId,
      kind: change.kind,
      by,
      at: this.clock().toISOString(),
    };
    if (change.start) data.start = change.start;
    if (change.end) data.end = change.end;
    await this.store.upsert(
      TABLES.meetingChanges,
      { partitionKey: 'change', rowKey: safeKey(change.meetingId) },
      data,
    );
    this.cache = undefined;
  }
}
