import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError, ErrorCodes } from '../errors';
import type { DirectoryAudit } from './audit';
import { describeChanges, directoryChanges } from './changes';
import { MAX_DIRECTORY_BYTES } from './limits';
import type { Directory } from './model';
import { parseDirectory, type ParseResult } from './parse';
import { DirectoryFileError } from './problems';
import type { DirectoryRepository, ImportSummary } from './repository';
import {
  MAX_UNZIPPED_BYTES,
  parseWorkbook,
  UnreadableWorkbook,
  WorkbookTooLarge,
} from './workbook';

export { MAX_DIRECTORY_BYTES } from './limits';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The first line (from 1) that is not valid UTF-8. */
function firstInvalidLine(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let index = 0; index <= bytes.length; index += 1) {
    if (index < bytes.length && bytes[index] !== 0x0a) continue;
    try {
      utf8.decode(bytes.subarray(start, index));
    } catch {
      return line;
    }
    line += 1;
    start = index + 1;
  }
  return line;
}

type Sentence =
  | 'file.missing'
  | 'file.unreadable'
  | 'file.tooLarge'
  | 'file.notUtf8'
  | 'file.notWorkbook'
  | 'file.unzippedTooLarge';

const sentenceOf =
  (file: string) =>
  (key: Sentence) =>
  (params: Record<string, string | number> = {}) =>
    new DirectoryFileError(file, { kind: 'sentence', key, params });

/** The file's bytes, refused in one sentence when missing, unreadable or too large. */
async function readBytes(file: string): Promise<Buffer> {
  const sentence = sentenceOf(file);
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_DIRECTORY_BYTES)
      throw sentence('file.tooLarge')({
        size: Math.ceil((stat.size / 1024 / 1024) * 10) / 10,
        limit: MAX_DIRECTORY_BYTES / 1024 / 1024,
      });
    bytes = await fs.readFile(file);
  } catch (error) {
    if (error instanceof DirectoryFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw code === 'ENOENT' ? sentence('file.missing')() : sentence('file.unreadable')({ code });
  }
  return bytes;
}

async function readText(file: string): Promise<string> {
  const bytes = await readBytes(file);
  try {
    // Invalid bytes would otherwise be imported as „�“ in people's names.
    return utf8.decode(bytes);
  } catch {
    throw sentenceOf(file)('file.notUtf8')({ line: firstInvalidLine(bytes) });
  }
}

/** An Excel workbook by its extension; everything else is read as YAML. */
export const isWorkbookFile = (file: string) => path.extname(file).toLowerCase() === '.xlsx';

async function readWorkbook(file: string): Promise<ParseResult> {
  const bytes = await readBytes(file);
  try {
    return await parseWorkbook(bytes);
  } catch (error) {
    if (error instanceof UnreadableWorkbook) throw sentenceOf(file)('file.notWorkbook')();
    if (error instanceof WorkbookTooLarge)
      throw sentenceOf(file)('file.unzippedTooLarge')({
        size: Math.ceil((error.unzipped / 1024 / 1024) * 10) / 10,
        limit: MAX_UNZIPPED_BYTES / 1024 / 1024,
      });
    throw error;
  }
}

/**
 * Reads and validates a directory file, YAML or Excel (`.xlsx`); every problem at once, located,
 * or the directory.
 */
export async function readDirectoryFile(file: string): Promise<Directory> {
  const result = isWorkbookFile(file)
    ? await readWorkbook(file)
    : parseDirectory(await readText(file));
  if (!result.ok)
    throw new DirectoryFileError(file, { kind: 'problems', problems: result.problems });
  return result.directory;
}

/** Validate first, then replace: an invalid file writes nothing. Recorded in the audit. */
export async function importDirectoryFile(
  file: string,
  repository: DirectoryRepository,
  audit?: { log: DirectoryAudit; source: 'cli' | 'bootstrap'; now?: () => Date },
): Promise<ImportSummary> {
  const directory = await readDirectoryFile(file);
  const before = audit ? (await repository.current())?.directory : undefined;
  const summary = await repository.replace(directory);
  if (audit) {
    const at = (audit.now?.() ?? new Date()).toISOString();
    const changes = directoryChanges(before, directory, at.slice(0, 10));
    await audit.log.record({
      version: summary.version,
      importer: 'cli',
      source: audit.source,
      fileName: path.basename(file),
      size: (await fs.stat(file)).size,
      at,
      summary: describeChanges(changes, 'de').counts,
    });
  }
  return summary;
}

/** Loads `file` when storage holds no directory yet (first start on a fresh machine). */
export async function ensureDirectory(
  file: string,
  repository: DirectoryRepository,
  audit?: DirectoryAudit,
  now?: () => Date,
): Promise<ImportSummary | undefined> {
  if ((await repository.currentVersion()) !== undefined) return undefined;
  try {
    return await importDirectoryFile(
      file,
      repository,
      audit ? { log: audit, source: 'bootstrap', now } : undefined,
    );
  } catch (error) {
    // Instances started together on empty storage: one bootstrap wins, and the others use it.
    if (
      error instanceof AppError &&
      error.code === ErrorCodes.DIRECTORY_CONCURRENT_IMPORT &&
      (await repository.currentVersion()) !== undefined
    )
      return undefined;
    throw error;
  }
}
