import {
  odata,
  TableClient,
  TableServiceClient,
  type TableServiceClientOptions,
  type TransactionAction,
} from '@azure/data-tables';
import type { DefaultAzureCredential } from '@azure/identity';
import { AppError, ErrorCodes } from '../errors';
import type {
  BatchOperation,
  Row,
  RowData,
  RowKeys,
  RowQuery,
  Scalar,
  TableStore,
} from './table-store';
import { FIELD_NAME } from './table-store';

export type AzureTablesTarget =
  | { kind: 'connection-string'; connectionString: string }
  | { kind: 'account-url'; accountUrl: string };

const SYSTEM_PROPERTIES = new Set([
  'partitionKey',
  'rowKey',
  'etag',
  'timestamp',
  'odata.etag',
  'odata.metadata',
]);

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/** Maps SDK errors to the catalogue: 409 conflict, 412 precondition, anything else unavailable. */
function translate(error: unknown): never {
  if (error instanceof AppError) throw error;
  const status = statusOf(error);
  if (status === 409)
    throw new AppError(ErrorCodes.STORAGE_CONFLICT, 'row exists', { cause: error });
  if (status === 412) {
    throw new AppError(ErrorCodes.STORAGE_PRECONDITION_FAILED, 'row changed meanwhile', {
      cause: error,
    });
  }
  throw new AppError(
    ErrorCodes.STORAGE_UNAVAILABLE,
    `table storage did not answer as expected (status ${status ?? 'none'})`,
    {
      cause: error,
    },
  );
}

function literal(value: Scalar): string {
  if (typeof value === 'string') return `'${value.replace(/'/g, "''")}'`;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return Number.isInteger(value) ? String(value) : `${value}`;
}

function prefixUpperBound(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

/** TableStore over Azure Table Storage or Azurite through @azure/data-tables. */
export class AzureTableStore implements TableStore {
  private readonly clients = new Map<string, TableClient>();
  private readonly service: TableServiceClient;
  private readonly options: TableServiceClientOptions;

  private readonly prefix: string;

  /** `tablePrefix` keeps several independent stores in one account (tests; side-by-side setups). */
  constructor(
    private readonly target: AzureTablesTarget,
    options: { tablePrefix?: string } = {},
  ) {
    this.prefix = options.tablePrefix ?? '';
    const insecure =
      target.kind === 'connection-string' &&
      /https?:\/\/(127\.0\.0\.1|localhost)/.test(target.connectionString);
    // Few, quick retries: a caller waiting in a chat must hear "storage not reachable" soon.
    this.options = {
      allowInsecureConnection: insecure,
      retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1000 },
    };
    this.service =
      target.kind === 'connection-string'
        ? TableServiceClient.fromConnectionString(target.connectionString, this.options)
        : new TableServiceClient(target.accountUrl, this.credential(), this.options);
  }

  private identity?: DefaultAzureCredential;

  /**
   * The managed identity (or developer login), loaded only when used: @azure/identity is large
   * (~5 MB of heap) and a connection string needs none of it.
   */
  private credential(): DefaultAzureCredential {
    if (!this.identity) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const identity = require('@azure/identity') as {
        DefaultAzureCredential: new () => DefaultAzureCredential;
      };
      this.identity = new identity.DefaultAzureCredential();
    }
    return this.identity;
  }

  private client(logicalTable: string): TableClient {
    const table = this.prefix + logicalTable;
    let client = this.clients.get(table);
    if (!client) {
      client =
        this.target.kind === 'connection-string'
          ? TableClient.fromConnectionString(this.target.connectionString, table, this.options)
          : new TableClient(this.target.accountUrl, table, this.credential(), this.options);
      this.clients.set(table, client);
    }
    return client;
  }

  async ensureTable(table: string): Promise<void> {
    try {
      await this.service.createTable(this.prefix + table);
    } catch (error) {
      if (statusOf(error) !== 409) translate(error);
    }
  }

  async get(table: string, keys: RowKeys): Promise<Row | undefined> {
    try {
      const entity = await this.client(table).getEntity(keys.partitionKey, keys.rowKey);
      return toRow(entity);
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      return translate(error);
    }
  }

  async query(table: string, query: RowQuery): Promise<Row[]> {
    const filters: string[] = [];
    if (query.partitionKey !== undefined)
      filters.push(odata`PartitionKey eq ${query.partitionKey}`);
    if (query.rowKeyPrefix) {
      filters.push(odata`RowKey ge ${query.rowKeyPrefix}`);
      filters.push(odata`RowKey lt ${prefixUpperBound(query.rowKeyPrefix)}`);
    }
    for (const filter of query.filters ?? []) {
      if (!FIELD_NAME.test(filter.field)) throw new Error(`invalid filter field ${filter.field}`);
      filters.push(`${filter.field} ${filter.op} ${literal(filter.value)}`);
    }
    try {
      const rows: Row[] = [];
      const entities = this.client(table).listEntities({
        queryOptions: filters.length ? { filter: filters.join(' and ') } : undefined,
      });
      for await (const entity of entities) rows.push(toRow(entity));
      return rows;
    } catch (error) {
      return translate(error);
    }
  }

  async insert(table: string, keys: RowKeys, data: RowData): Promise<string> {
    try {
      const response = await this.client(table).createEntity({ ...data, ...keys });
      return response.etag ?? '';
    } catch (error) {
      return translate(error);
    }
  }

  async replace(table: string, keys: RowKeys, data: RowData, etag: string): Promise<string> {
    try {
      const response = await this.client(table).updateEntity({ ...data, ...keys }, 'Replace', {
        etag,
      });
      return response.etag ?? '';
    } catch (error) {
      if (statusOf(error) === 404) {
        throw new AppError(ErrorCodes.STORAGE_PRECONDITION_FAILED, 'row was deleted meanwhile', {
          cause: error,
        });
      }
      return translate(error);
    }
  }

  async upsert(table: string, keys: RowKeys, data: RowData): Promise<string> {
    try {
      const response = await this.client(table).upsertEntity({ ...data, ...keys }, 'Replace');
      return response.etag ?? '';
    } catch (error) {
      return translate(error);
    }
  }

  async delete(table: string, keys: RowKeys, etag?: string): Promise<void> {
    try {
      await this.client(table).deleteEntity(
        keys.partitionKey,
        keys.rowKey,
        etag ? { etag } : undefined,
      );
    } catch (error) {
      if (statusOf(error) === 404) return;
      translate(error);
    }
  }

  async batch(table: string, partitionKey: string, operations: BatchOperation[]): Promise<void> {
    if (operations.length === 0) return;
    const actions: TransactionAction[] = operations.map((op) => {
      const entity = { partitionKey, rowKey: op.rowKey };
      if (op.kind === 'delete') return ['delete', entity];
      if (op.kind === 'insert') return ['create', { ...op.data, ...entity }];
      if (op.kind === 'replace')
        return ['update', { ...op.data, ...entity }, 'Replace', { etag: op.etag }];
      return ['upsert', { ...op.data, ...entity }, 'Replace'];
    });
    try {
      await this.client(table).submitTransaction(actions);
    } catch (error) {
      translate(error);
    }
  }

  async ping(): Promise<void> {
    try {
      await this.service.listTables().byPage({ maxPageSize: 1 }).next();
    } catch (error) {
      translate(error);
    }
  }
}

function toRow(entity: Record<string, unknown>): Row {
  const data: RowData = {};
  for (const [key, value] of Object.entries(entity)) {
    if (SYSTEM_PROPERTIES.has(key)) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      data[key] = value;
    }
  }
  return {
    partitionKey: String(entity.partitionKey),
    rowKey: String(entity.rowKey),
    etag: String(entity.etag ?? ''),
    data,
  };
}
