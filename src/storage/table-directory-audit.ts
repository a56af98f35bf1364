import { z } from 'zod';
import type { AuditEntry, DirectoryAudit } from '../directory/audit';
import type { TableStore } from './table-store';
import { TABLES } from './tables';

/*
 * directoryaudit: PK "imports", RK <13 digits: 9999999999999 - ms>-<version> -> the entry. The row
 * key counts down, so a partition query returns the newest first.
 */
export const auditRowSchema = z.object({
  version: z.string().min(1),
  importer: z.string().min(1),
  importerName: z.string().optional(),
  source: z.enum(['cli', 'bootstrap', 'teams', 'restore']),
  fileName: z.string(),
  size: z.number().int().min(0),
  at: z.string().min(1),
  summary: z.string(),
});

const PARTITION = 'imports';
const rowKeyOf = (entry: AuditEntry) =>
  `${String(9_999_999_999_999 - Date.parse(entry.at)).padStart(13, '0')}-${entry.version}`;

export class TableDirectoryAudit implements DirectoryAudit {
  constructor(private readonly store: TableStore) {}

  async record(entry: AuditEntry): Promise<void> {
    const data: Record<string, string | number> = { ...entry };
    if (entry.importerName === undefined) delete data.importerName;
    await this.store.upsert(
      TABLES.directoryAudit,
      { partitionKey: PARTITION, rowKey: rowKeyOf(entry) },
      data,
    );
  }

  async recent(limit: number): Promise<AuditEntry[]> {
    const rows = await this.store.query(TABLES.directoryAudit, { partitionKey: PARTITION });
    return rows
      .sort((a, b) => a.rowKey.localeCompare(b.rowKey))
      .slice(0, limit)
      .flatMap((row) => {
        const parsed = auditRowSchema.safeParse(row.data);
        return parsed.success ? [parsed.data] : [];
      });
  }
}
