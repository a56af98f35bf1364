import { z } from 'zod';
import type { MeetingChangeRepository } from '../meetings/meeting-changes';
import type { MeetingChange } from '../meetings/occurrences';
import { localDateTimeSchema, movedTimesSchema } from '../meetings/local-date-time';
import { SharedRead } from '../shared-read';
import type { TableStore } from './table-store';
import { safeKey } from './table-store';
import { TABLES } from './tables';

/* meetingchanges: PK "change", RK <meeting id> -> { kind, start, end, by, at } — the latest change wins. */
export const meetingChangeRowSchema = z
  .object({
    meetingId: z.string(),
    kind: z.enum(['moved', 'cancelled']),
    start: localDateTimeSchema.optional(),
    end: localDateTimeSchema.optional(),
  })
  .refine((row) => row.kind !== 'moved' || movedTimesSchema.safeParse(row).success);

/**
 * Read at most every two seconds (every question and status card applies the changes); this
 * instance's own change is seen at once.
 */
export class TableMeetingChangeRepository implements MeetingChangeRepository {
  private readonly changes = new SharedRead(() => this.read(), { maxAgeMs: 2000 });

  constructor(
    private readonly store: TableStore,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  list(): Promise<MeetingChange[]> {
    return this.changes.get();
  }

  private async read(): Promise<MeetingChange[]> {
    const rows = await this.store.query(TABLES.meetingChanges, { partitionKey: 'change' });
    return rows.flatMap((row) => {
      const parsed = meetingChangeRowSchema.safeParse(row.data);
      return parsed.success ? [parsed.data] : [];
    });
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
    try {
      await this.store.upsert(
        TABLES.meetingChanges,
        { partitionKey: 'change', rowKey: safeKey(change.meetingId) },
        data,
      );
    } finally {
      // Also a list read while the change was on its way: it may not contain it.
      this.changes.invalidate();
    }
  }
}
