import { z } from 'zod';
import { storedReferenceSchema, type StoredReference } from '../conversations/model';
import type { ChannelRepository } from '../reminders/channels';
import type { TableStore } from './table-store';
import { safeKey } from './table-store';
import { TABLES } from './tables';

/* channels: PK "body", RK <body id> -> { reference (JSON), by, at }: the team channel of a body. */
export const channelRowSchema = z.object({ reference: z.string() });

export class TableChannelRepository implements ChannelRepository {
  constructor(
    private readonly store: TableStore,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async register(bodyId: string, reference: StoredReference, by: string): Promise<void> {
    await this.store.upsert(
      TABLES.channels,
      { partitionKey: 'body', rowKey: safeKey(bodyId) },
      {
        reference: JSON.stringify(reference),
        by,
        at: this.clock().toISOString(),
      },
    );
  }

  async get(bodyId: string): Promise<StoredReference | undefined> {
    const row = await this.store.get(TABLES.channels, {
      partitionKey: 'body',
      rowKey: safeKey(bodyId),
    });
    const parsed = row ? channelRowSchema.safeParse(row.data) : undefined;
    if (!parsed?.success) return undefined;
    try {
      const reference = storedReferenceSchema.safeParse(JSON.parse(parsed.data.reference));
      return reference.success ? reference.data : undefined;
    } catch {
      return undefined;
    }
  }

  async bodies(): Promise<Set<string>> {
    const rows = await this.store.query(TABLES.channels, { partitionKey: 'body' });
    return new Set(rows.map((row) => row.rowKey));
  }
}
