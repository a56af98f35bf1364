import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Directory, Section } from '../directory/model';
import { countRecords, SECTIONS } from '../directory/model';
import {
  KEPT_VERSIONS,
  type DirectoryRepository,
  type DirectorySnapshot,
  type ImportSummary,
} from '../directory/repository';
import { organisationSchema } from '../directory/schema';
import {
  directoryJsonRowSchema,
  directoryManifestRowSchema,
  directoryPointerRowSchema,
  directoryRecordSchemas,
} from './table-directory-rows';

export {
  directoryJsonRowSchema,
  directoryManifestRowSchema,
  directoryPointerRowSchema,
  directoryRecordSchemas,
};
import { AppError, ErrorCodes, isAppError } from '../errors';
import type { BatchOperation, RowData, TableStore } from './table-store';
import { MAX_BATCH, safeKey } from './table-store';
import { TABLES } from './tables';

/*
 * Versioned snapshots switched by one pointer row (see docs/storage.md):
 *   PK "_pointer"  RK "current"        -> { version, importedAt }        (replaced with its ETag)
 *   PK "_imports"  RK <version>        -> { state: writing | staged | complete, startedAt, switchedAt? }
 *   PK "v_<version>" RK "organisation" | "<section>:<id>" -> { json }
 *   PK "v_<version>" RK "~manifest"    -> { counts, digest }             (written last)
 * A reader follows the pointer and checks the manifest, so a half-written import is never seen.
 */
const POINTER = { partitionKey: '_pointer', rowKey: 'current' };
const IMPORTS = '_imports';
const MANIFEST = '~manifest';

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
  /** The counts of snapshots this instance staged (no read back to count them at the switch). */
  private readonly stagedCounts = new Map<string, Record<Section, number>>();

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

  /**
   * The CLI's import: a new snapshot switched on against the version in force when it started, so
   * a concurrent import is reported (DIRECTORY_CONCURRENT_IMPORT), not overwritten.
   */
  async replace(directory: Directory): Promise<ImportSummary> {
    const base = await this.currentVersion();
    const version = await this.stage(directory);
    try {
      return await this.switchTo(version, base);
    } catch (error) {
      if (!isAppError(error, ErrorCodes.DIRECTORY_CHANGED)) throw error;
      throw new AppError(
        ErrorCodes.DIRECTORY_CONCURRENT_IMPORT,
        'Another import replaced the directory while this one was running; this import was not switched on. Run it again.',
        { cause: error },
      );
    }
  }

  async stage(directory: Directory): Promise<string> {
    const now = this.clock();
    const version = newVersion(now);
    const entry = { partitionKey: IMPORTS, rowKey: version };
    await this.store.upsert(TABLES.directory, entry, {
      state: 'writing',
      startedAt: now.toISOString(),
    });
    const rows = this.rowsOf(directory);
    const partitionKey = partitionOf(version);
    for (let start = 0; start < rows.length; start += MAX_BATCH) {
      await this.store.batch(TABLES.directory, partitionKey, rows.slice(start, start + MAX_BATCH));
    }
    await this.store.upsert(TABLES.directory, entry, {
      state: 'staged',
      startedAt: now.toISOString(),
    });
    this.stagedCounts.set(version, countRecords(directory));
    return version;
  }

  async switchTo(version: string, base: string | undefined): Promise<ImportSummary> {
    const now = this.clock();
    const entry = { partitionKey: IMPORTS, rowKey: version };
    const bookkeeping = await this.store.get(TABLES.directory, entry);
    const state = bookkeeping?.data.state;
    if (state !== 'staged' && state !== 'complete')
      throw new AppError(ErrorCodes.DIRECTORY_MISSING, `directory snapshot ${version} is not kept`);
    const counts = this.stagedCounts.get(version) ?? countRecords(await this.readSnapshot(version));
    const pointer = await this.store.get(TABLES.directory, POINTER);
    const inForce = pointer
      ? this.parseRow(directoryPointerRowSchema, pointer.data, 'directory pointer').version
      : undefined;
    const changed = (cause?: unknown) =>
      new AppError(
        ErrorCodes.DIRECTORY_CHANGED,
        'The directory in force changed since this import was prepared; it was not switched on.',
        { cause },
      );
    if (inForce !== base) throw changed();
    const data = { version, importedAt: now.toISOString() };
    try {
      if (pointer) await this.store.replace(TABLES.directory, POINTER, data, pointer.etag);
      else await this.store.insert(TABLES.directory, POINTER, data);
    } catch (error) {
      if (
        isAppError(error, ErrorCodes.STORAGE_PRECONDITION_FAILED) ||
        isAppError(error, ErrorCodes.STORAGE_CONFLICT)
      )
        throw changed(error);
      throw error;
    }
    await this.store.upsert(TABLES.directory, entry, {
      state: 'complete',
      startedAt: String(bookkeeping!.data.startedAt ?? now.toISOString()),
      switchedAt: now.toISOString(),
    });
    await this.cleanUp(version).catch(() => undefined);
    return { version, counts };
  }

  async snapshot(version: string): Promise<Directory | undefined> {
    const entry = await this.store.get(TABLES.directory, {
      partitionKey: IMPORTS,
      rowKey: version,
    });
    if (entry?.data.state !== 'staged' && entry?.data.state !== 'complete') return undefined;
    return this.readSnapshot(version);
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

  /**
   * Deletes what is no longer kept (best effort): snapshots that were in force, beyond the last
   * KEPT_VERSIONS (and never the one in force); staged ones older than an hour (a preview lives 30
   * minutes); and failed imports (still `writing` after a minute: another process may be on it).
   */
  private async cleanUp(inForce: string): Promise<void> {
    const imports = await this.store.query(TABLES.directory, { partitionKey: IMPORTS });
    const now = this.clock().getTime();
    const age = (entry: (typeof imports)[number]) =>
      now - Date.parse(String(entry.data.startedAt ?? ''));
    const kept = new Set(
      imports
        .filter((entry) => entry.data.state === 'complete')
        .sort((a, b) =>
          String(b.data.switchedAt ?? b.data.startedAt).localeCompare(
            String(a.data.switchedAt ?? a.data.startedAt),
          ),
        )
        .slice(0, KEPT_VERSIONS)
        .map((entry) => entry.rowKey),
    );
    kept.add(inForce);
    for (const entry of imports) {
      if (kept.has(entry.rowKey)) continue;
      if (entry.data.state === 'writing' && age(entry) < 60_000) continue;
      if (entry.data.state === 'staged' && age(entry) < 3_600_000) continue;
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
