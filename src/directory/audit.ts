/**
 * Every import of a directory, by the CLI or in Teams: which version, who, when, from which file,
 * and what changed (docs/storage.md, `directoryaudit`). The history „Verlauf“ reads it.
 */
export interface AuditEntry {
  version: string;
  /** The directory person who imported it, or "cli" for `kokobot import` and the first start. */
  importer: string;
  /** The importer's name as it was then (the person may later leave the directory). */
  importerName?: string;
  source: 'cli' | 'bootstrap' | 'teams' | 'restore';
  fileName: string;
  /** Bytes of the file; 0 for a restore. */
  size: number;
  at: string;
  /** The change summary, one line („Personen: 1 neu · Sitzungen: 1 geändert“). */
  summary: string;
}

export interface DirectoryAudit {
  record(entry: AuditEntry): Promise<void>;
  /** The latest entries, newest first. */
  recent(limit: number): Promise<AuditEntry[]>;
}
