import { z } from 'zod';
import type { PersonPreferences } from '../reminders/plan';
import type { PreferencesRepository } from '../reminders/preferences';
import type { TableStore } from './table-store';
import { safeKey } from './table-store';
import { TABLES } from './tables';

/* preferences: PK "person", RK <person id> -> { remindersOff, awayUntil, updatedAt } */
export const preferencesRowSchema = z.object({
  remindersOff: z.boolean().optional(),
  awayUntil: z.string().optional(),
});

export class TablePreferencesRepository implements PreferencesRepository {
  constructor(
    private readonly store: TableStore,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async get(personId: string): Promise<PersonPreferences> {
    const row = await this.store.get(TABLES.preferences, {
      partitionKey: 'person',
      rowKey: safeKey(personId),
    });
    const parsed = row ? preferencesRowSchema.safeParse(row.data) : undefined;
    return parsed?.success ? parsed.data : {};
  }

  async all(): Promise<Map<string, PersonPreferences>> {
    const rows = await this.store.query(TABLES.preferences, { partitionKey: 'person' });
    const map = new Map<string, PersonPreferences>();
    for (const row of rows) {
      const parsed = preferencesRowSchema.safeParse(row.data);
      if (parsed.success) map.set(row.rowKey, parsed.data);
    }
    return map;
  }

  async update(personId: string, change: PersonPreferences): Promise<PersonPreferences> {
    const next = { ...(await this.get(personId)), ...change };
    const data: Record<string, string | boolean> = {
      remindersOff: next.remindersOff === true,
      updatedAt: this.clock().toISOString(),
    };
    if (next.awayUntil) data.awayUntil = next.awayUntil;
    await this.store.upsert(
      TABLES.preferences,
      { partitionKey: 'person', rowKey: safeKey(personId) },
      data,
    );
    return { remindersOff: next.remindersOff === true, awayUntil: next.awayUntil };
  }
}
