import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Directory, Section } from '../directory/model';
import { countRecords, SECTIONS } from '../directory/model';
import type {
  DirectoryRepository,
  DirectorySnapshot,
  ImportSummary,
} from '../directory/repository';
import {
  actorSchema,
  bodySchema,
  fieldSchema,
  goalSchema,
  meetingSchema,
  organisationSchema,
  personSchema,
} from '../directory/schema';
import { AppError, ErrorCodes, isAppError } from '../errors';
import type { BatchOperation, RowData, TableStore } from './table-store';
import { MAX_BATCH, safeKey } from './table-store';
import { TABLES } from './tables';

/*
 * Versioned snapshots switched by one pointer row (see docs/storage.md):
 *   PK "_pointer"  RK "current"        -> { version, importedAt }        (replaced with its ETag)
 *   PK "_imports"  RK <version>        -> { state: writing | complete }  (bookkeeping for clean-up)
 *   PK "v_<version>" RK "organisation" | "<section>:<id>" -> { json }
 *   PK "v_<version>" RK "~manifest"    -> { counts, digest }             (written last)
 * A reader follows the pointer and checks the manifest, so a half-written import is never seen.
 */
const POINTER = { partitionKey: '_pointer', rowKey: 'current' };
const IMPORTS = '_imports';
const MANIFEST = '~manifest';

export const directoryRecordSchemas = {
  actors: actorSchema,
  people: personSchema,
  bodies: bodySchema,
  fields: fieldSchema,
  goals: goalSchema,
  meetings: meetingSchema,
} as const;

export const directoryPointerRowSchema = z.object({
  version: z.string().min(1),
  importedAt: z.string(),
});
export const directoryManifestRowSchema = z.object({ counts: z.string(), digest: z.string() });
export const directoryJsonRowSchema = z.object({ json: z.string() });

const partitionOf = (version: string) => `v_${version}`;

function newVersion(now: Date): string {
  const stamp = now.toISOString().replace(/[-:.TZ]/g, '');
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}

export interface TableDirectoryRepositoryOptions {
  store: TableStore;
  clock?: () => Date;
}

export class TableDirectoryRepository implements DirectoryRepository {
  private readonly store: TableStore;
  private readonly clock: () => Date;
  private cached?: DirectorySnapshot;

  constructor(options: TableDirectoryRepositoryOptions) {
    this.store = options.store;
    this.clock = options.clock ?? (() => new Date());
  }

  async currentVersion(): Promise<string | undefined> {
    const row = await this.store.get(TABLES.directory, POINTER);
    if (!row) return undefined;
    return this.parseRow(directoryPointerRowSchema, row.data, 'directory pointer').version;
  }

  async current(): Promise<DirectorySnapshot | undefined> {
    const row = await this.store.get(TABLES.directory, POINTER);
    if (!row) return undefined;
    const pointer = this.parseRow(directoryPointerRowSchema, row.data, 'directory pointer');
    if (this.cached?.version === pointer.version) return this.cached;
    const directory = await this.readSnapshot(pointer.version);
    this.cached = { version: pointer.version, importedAt: pointer.importedAt, directory };
    return this.cached;
  }

  async replace(directory: Directory): Promise<ImportSummary> {
    const now = this.clock();
    const version = newVersion(now);
    const pointer = await this.store.get(TABLES.directory, POINTER);

    await this.store.upsert(
      TABLES.directory,
      { partitionKey: IMPORTS, rowKey: version },
      { state: 'writing', startedAt: now.toISOString() },
    );
    const rows = this.rowsOf(directory);
    const partitionKey = partitionOf(version);
    for (let start = 0; start < rows.length; start += MAX_BATCH) {
      await this.store.batch(TABLES.directory, partitionKey, rows.slice(start, start + MAX_BATCH));
    }
    await this.store.upsert(
      TABLES.directory,
      { partitionKey: IMPORTS, rowKey: version },
      { state: 'complete', startedAt: now.toISOString() },
    );

    const data = { version, importedAt: now.toISOString() };
    try {
      if (pointer) await this.store.replace(TABLES.directory, POINTER, data, pointer.etag);
      else await this.store.insert(TABLES.directory, POINTER, data);
    } catch (error) {
      if (
        isAppError(error, ErrorCodes.STORAGE_PRECONDITION_FAILED) ||
        isAppError(error, ErrorCodes.STORAGE_CONFLICT)
      ) {
        throw new AppError(
          ErrorCodes.DIRECTORY_CONCURRENT_IMPORT,
          'Another import replaced the directory while this one was running; this import was not switched on. Run it again.',
          { cause: error },
        );
      }
      throw error;
    }
    const previous = pointer
      ? this.parseRow(directoryPointerRowSchema, pointer.data, 'directory pointer').version
      : undefined;
    await this.cleanUp([version, ...(previous ? [previous] : [])]).catch(() => undefined);
    return { version, counts: countRecords(directory) };
  }

  private rowsOf(directory: Directory): BatchOperation[] {
    const rows: BatchOperation[] = [];
    const hash = createHash('sha256');
    const add = (rowKey: string, value: unknown) => {
      const json = JSON.stringify(value);
      hash.update(rowKey).update(json);
      rows.push({ kind: 'upsert', rowKey, data: { json } satisfies RowData });
    };
    add('organisation', directory.organisation);
    for (const section of SECTIONS) {
      for (const record of directory[section]) add(`${section}:${safeKey(record.id)}`, record);
    }
    rows.push({
      kind: 'upsert',
      rowKey: MANIFEST,
      data: { counts: JSON.stringify(countRecords(directory)), digest: hash.digest('hex') },
    });
    return rows;
  }

  private async readSnapshot(version: string): Promise<Directory> {
    const rows = await this.store.query(TABLES.directory, { partitionKey: partitionOf(version) });
    const manifest = rows.find((row) => row.rowKey === MANIFEST);
    const organisationRow = rows.find((row) => row.rowKey === 'organisation');
    if (!manifest || !organisationRow) {
      throw new AppError(
        ErrorCodes.STORAGE_ROW_INVALID,
        `directory snapshot ${version} is incomplete`,
      );
    }
    const directory: Directory = {
      organisation: this.parseJson(organisationSchema, organisationRow.data, 'organisation'),
      actors: [],
      people: [],
      bodies: [],
      fields: [],
      goals: [],
      meetings: [],
    };
    for (const row of rows) {
      const section = row.rowKey.split(':', 1)[0] as Section;
      if (!(section in directoryRecordSchemas) || !row.rowKey.includes(':')) continue;
      const schema: z.ZodType<unknown> = directoryRecordSchemas[section];
      (directory[section] as unknown[]).push(this.parseJson(schema, row.data, row.rowKey));
    }
    const counts = JSON.parse(
      this.parseRow(directoryManifestRowSchema, manifest.data, 'manifest').counts,
    ) as Record<Section, number>;
    for (const section of SECTIONS) {
      if (counts[section] !== directory[section].length) {
        throw new AppError(
          ErrorCodes.STORAGE_ROW_INVALID,
          `directory snapshot ${version} is incomplete (${section})`,
        );
      }
    }
    return directory;
  }

  /** Deletes snapshots other than `keep` (failed or superseded imports). Best effort. */
  private async cleanUp(keep: string[]): Promise<void> {
    const imports = await this.store.query(TABLES.directory, { partitionKey: IMPORTS });
    for (const entry of imports) {
      if (keep.includes(entry.rowKey)) continue;
      const startedAt = Date.parse(String(entry.data.startedAt ?? ''));
      // An import that is still writing (another process, under a minute old) is left alone.
      if (entry.data.state === 'writing' && this.clock().getTime() - startedAt < 60_000) continue;
      const rows = await this.store.query(TABLES.directory, {
        partitionKey: partitionOf(entry.rowKey),
      });
      for (let start = 0; start < rows.length; start += MAX_BATCH) {
        const chunk = rows
          .slice(start, start + MAX_BATCH)
          .map((row) => ({ kind: 'delete' as const, rowKey: row.rowKey }));
        await this.store.batch(TABLES.directory, partitionOf(entry.rowKey), chunk);
      }
      await this.store.delete(
        TABLES.directory,
        { partitionKey: IMPORTS, rowKey: entry.rowKey },
        entry.etag,
      );
    }
  }

  private parseRow<T>(schema: z.ZodType<T>, data: RowData, what: string): T {
    const result = schema.safeParse(data);
    if (!result.success)
      throw new AppError(ErrorCodes.STORAGE_ROW_INVALID, `stored ${what} row is invalid`);
    return result.data;
  }

  private parseJson<T>(schema: z.ZodType<T>, data: RowData, what: string): T {
    const { json } = this.parseRow(directoryJsonRowSchema, data, what);
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      throw new AppError(ErrorCodes.STORAGE_ROW_INVALID, `stored ${what} row is not JSON`);
    }
    return this.parseRow(schema, value as RowData, what);
  }
}
