import { z } from 'zod';
import { RSVP_ANSWERS, type Rsvp, type RsvpRepository } from '../reminders/rsvp';
import type { TableStore } from './table-store';
import { safeKey } from './table-store';
import { TABLES } from './tables';

/* rsvps: PK <meeting id>, RK <person id> -> { answer, at }; the latest press wins. */
export const rsvpRowSchema = z.object({ answer: z.enum(RSVP_ANSWERS), at: z.string() });

export class TableRsvpRepository implements RsvpRepository {
  constructor(private readonly store: TableStore) {}

  async set(rsvp: Rsvp): Promise<void> {
    await this.store.upsert(
      TABLES.rsvps,
      { partitionKey: safeKey(rsvp.meetingId), rowKey: safeKey(rsvp.personId) },
      { answer: rsvp.answer, at: rsvp.at },
    );
  }

  async get(meetingId: string, personId: string): Promise<Rsvp | undefined> {
    const row = await this.store.get(TABLES.rsvps, {
      partitionKey: safeKey(meetingId),
      rowKey: safeKey(personId),
    });
    const parsed = row ? rsvpRowSchema.safeParse(row.data) : undefined;
    return parsed?.success ? { meetingId, personId, ...parsed.data } : undefined;
  }

  async forMeeting(meetingId: string): Promise<Rsvp[]> {
    const rows = await this.store.query(TABLES.rsvps, { partitionKey: safeKey(meetingId) });
    return rows.flatMap((row) => {
      const parsed = rsvpRowSchema.safeParse(row.data);
      return parsed.success ? [{ meetingId, personId: row.rowKey, ...parsed.data }] : [];
    });
  }
}
