import type { TableStore } from '../../src/storage/table-store';
import { TABLES } from '../../src/storage/tables';

/** How many rows each of kokobot's tables holds, to show that a request stored nothing. */
export async function rowCounts(store: TableStore): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of Object.values(TABLES)) counts[table] = (await store.query(table, {})).length;
  return counts;
}
