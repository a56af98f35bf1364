/**
 * The narrow storage contract every repository is written against: one table of rows addressed by
 * partition and row key, optimistic concurrency by ETag, atomic batches within one partition.
 * Implemented by AzureTableStore (Azure Table Storage / Azurite) and MemoryTableStore (the
 * throw-away store of `kokobot ask --directory`), which enforces ETags exactly like the real one.
 */
export type Scalar = string | number | boolean;

export interface RowKeys {
  partitionKey: string;
  rowKey: string;
}

export type RowData = Record<string, Scalar>;

export interface Row extends RowKeys {
  etag: string;
  data: RowData;
}

export interface RowFilter {
  /** A property name (letters, digits, underscore). */
  field: string;
  op: 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';
  value: Scalar;
}

export interface RowQuery {
  partitionKey?: string;
  /** Only rows whose row key starts with this prefix. */
  rowKeyPrefix?: string;
  /** All must hold (evaluated by the table service, not after reading). */
  filters?: RowFilter[];
}

export const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** JavaScript evaluation of a filter, with the same semantics as the table service's. */
export function matchesFilter(data: RowData, filter: RowFilter): boolean {
  const value = data[filter.field];
  if (value === undefined) return filter.op === 'ne';
  if (typeof value !== typeof filter.value) return filter.op === 'ne';
  switch (filter.op) {
    case 'eq':
      return value === filter.value;
    case 'ne':
      return value !== filter.value;
    case 'lt':
      return value < filter.value;
    case 'le':
      return value <= filter.value;
    case 'gt':
      return value > filter.value;
    case 'ge':
      return value >= filter.value;
  }
}

export type BatchOperation =
  | { kind: 'insert'; rowKey: string; data: RowData }
  /** Replaces only if the row's ETag still matches (the whole batch fails otherwise). */
  | { kind: 'replace'; rowKey: string; data: RowData; etag: string }
  | { kind: 'upsert'; rowKey: string; data: RowData }
  | { kind: 'delete'; rowKey: string };

export interface TableStore {
  /** Creates the table when missing; safe to call repeatedly. */
  ensureTable(table: string): Promise<void>;
  get(table: string, keys: RowKeys): Promise<Row | undefined>;
  query(table: string, query: RowQuery): Promise<Row[]>;
  /** Fails with STORAGE_CONFLICT when the row exists. Returns the new ETag. */
  insert(table: string, keys: RowKeys, data: RowData): Promise<string>;
  /** Replaces the row only if its ETag still matches; else STORAGE_PRECONDITION_FAILED. */
  replace(table: string, keys: RowKeys, data: RowData, etag: string): Promise<string>;
  upsert(table: string, keys: RowKeys, data: RowData): Promise<string>;
  /** Deletes (only if the ETag matches, when one is given). A missing row is not an error. */
  delete(table: string, keys: RowKeys, etag?: string): Promise<void>;
  /** All operations in one partition succeed together or not at all (at most 100). */
  batch(table: string, partitionKey: string, operations: BatchOperation[]): Promise<void>;
  /** Cheap round trip used by /healthz. */
  ping(): Promise<void>;
}

export const MAX_BATCH = 100;

/** Row keys may not contain / \ # ? or control characters. */
export function safeKey(value: string): string {
  return value.replace(
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped
    /[/\\#?\u0000-\u001f\u007f-\u009f%]/g,
    (char) => `%${char.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}
