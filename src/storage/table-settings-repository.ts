import { randomBytes } from 'node:crypto';
import { ErrorCodes, isAppError } from '../errors';
import type { TableStore } from './table-store';
import { TABLES } from './tables';

/*
 * settings: PK "secret", RK <name> -> { value }
 * Secrets the instances must share (e.g. the key that signs calendar links) are created once by
 * whichever instance comes first (insert-if-absent) and read by all others.
 */
export class TableSettingsRepository {
  constructor(private readonly store: TableStore) {}

  async sharedSecret(name: string): Promise<string> {
    const keys = { partitionKey: 'secret', rowKey: name };
    const existing = await this.store.get(TABLES.settings, keys);
    if (typeof existing?.data.value === 'string' && existing.data.value.length >= 32)
      return existing.data.value;
    try {
      const value = randomBytes(32).toString('base64url');
      await this.store.insert(TABLES.settings, keys, { value });
      return value;
    } catch (error) {
      if (!isAppError(error, ErrorCodes.STORAGE_CONFLICT)) throw error;
      const winner = await this.store.get(TABLES.settings, keys);
      return String(winner?.data.value);
    }
  }
}
