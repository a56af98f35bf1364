import { randomUUID } from 'node:crypto';
import { AppError, ErrorCodes } from '../errors';
import type { BatchOperation, Row, RowData, RowKeys, RowQuery, TableStore } from './table-store';
import { MAX_BATCH, matchesFilter } from './table-store';

interface StoredRow {
  etag: string;
  data: RowData;
}

const keyOf = (keys: RowKeys) => `${keys.partitionKey}\u0000${keys.rowKey}`;

/** In-process TableStore with the same semantics as Azure Tables (ETags, conflicts, batches). */
export class MemoryTableStore implements TableStore {
  private readonly tables = new Map<string, Map<string, StoredRow & RowKeys>>();

  async ensureTable(table: string): Promise<void> {
    if (!this.tables.has(table)) this.tables.set(table, new Map());
  }

  private tableOrThrow(table: string) {
    const rows = this.tables.get(table);
    if (!rows) throw new AppError(ErrorCodes.STORAGE_UNAVAILABLE, `table ${table} does not exist`);
    return rows;
  }

  async get(table: string, keys: RowKeys): Promise<Row | undefined> {
    const row = this.tableOrThrow(table).get(keyOf(keys));
    return row ? { ...keys, etag: row.etag, data: { ...row.data } } : undefined;
  }

  async query(table: string, query: RowQuery): Promise<Row[]> {
    return [...this.tableOrThrow(table).values()]
      .filter(
        (row) =>
          (query.partitionKey === undefined || row.partitionKey === query.partitionKey) &&
          (query.rowKeyPrefix === undefined || row.rowKey.startsWith(query.rowKeyPrefix)) &&
          (query.filters ?? []).every((filter) => matchesFilter(row.data, filter)),
      )
      .sort((a, b) =>
        a.partitionKey === b.partitionKey
          ? a.rowKey < b.rowKey
            ? -1
            : 1
          : a.partitionKey < b.partitionKey
            ? -1
            : 1,
      )
      .map((row) => ({
        partitionKey: row.partitionKey,
        rowKey: row.rowKey,
        etag: row.etag,
        data: { ...row.data },
      }));
  }

  async insert(table: string, keys: RowKeys, data: RowData): Promise<string> {
    const rows = this.tableOrThrow(table);
    if (rows.has(keyOf(keys))) throw new AppError(ErrorCodes.STORAGE_CONFLICT, 'row exists');
    return this.write(rows, keys, data);
  }

  async replace(table: string, keys: RowKeys, data: RowData, etag: string): Promise<string> {
    const rows = this.tableOrThrow(table);
    const current = rows.get(keyOf(keys));
    if (!current || current.etag !== etag) {
      throw new AppError(ErrorCodes.STORAGE_PRECONDITION_FAILED, 'row changed meanwhile');
    }
    return this.write(rows, keys, data);
  }

  async upsert(table: string, keys: RowKeys, data: RowData): Promise<string> {
    return this.write(this.tableOrThrow(table), keys, data);
  }

  async delete(table: string, keys: RowKeys, etag?: string): Promise<void> {
    const rows = this.tableOrThrow(table);
    const current = rows.get(keyOf(keys));
    if (!current) return;
    if (etag !== undefined && current.etag !== etag) {
      throw new AppError(ErrorCodes.STORAGE_PRECONDITION_FAILED, 'row changed meanwhile');
    }
    rows.delete(keyOf(keys));
  }

  async batch(table: string, partitionKey: string, operations: BatchOperation[]): Promise<void> {
    if (operations.length > MAX_BATCH) throw new Error(`a batch holds at most ${MAX_BATCH} rows`);
    const rows = this.tableOrThrow(table);
    for (const op of operations) {
      const current = rows.get(keyOf({ partitionKey, rowKey: op.rowKey }));
      if (op.kind === 'insert' && current) {
        throw new AppError(ErrorCodes.STORAGE_CONFLICT, 'row exists');
      }
      if (op.kind === 'replace' && current?.etag !== op.etag) {
        throw new AppError(ErrorCodes.STORAGE_PRECONDITION_FAILED, 'row changed meanwhile');
      }
    }
    for (const op of operations) {
      const keys = { partitionKey, rowKey: op.rowKey };
      if (op.kind === 'delete') rows.delete(keyOf(keys));
      else this.write(rows, keys, op.data);
    }
  }

  async ping(): Promise<void> {}

  private write(rows: Map<string, StoredRow & RowKeys>, keys: RowKeys, data: RowData): string {
    const etag = `W/"${randomUUID()}"`;
    rows.set(keyOf(keys), { ...keys, etag, data: { ...data } });
    return etag;
  }
}
