import fs from 'node:fs/promises';
import { AppError, ErrorCodes } from '../errors';
import type { Directory } from './model';
import { parseDirectory } from './parse';
import type { DirectoryRepository, ImportSummary } from './repository';

/** Reads and validates a directory file; every problem at once, located, or the directory. */
export async function readDirectoryFile(file: string): Promise<Directory> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AppError(
      ErrorCodes.DIRECTORY_MISSING,
      code === 'ENOENT'
        ? `Directory file not found: ${file}`
        : `Directory file cannot be read: ${file} (${code ?? 'error'})`,
    );
  }
  const result = parseDirectory(text);
  if (!result.ok) {
    throw new AppError(
      ErrorCodes.DIRECTORY_INVALID,
      `${file} has ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}; nothing was imported.`,
      { details: result.errors },
    );
  }
  return result.directory;
}

/** Validate first, then replace: an invalid file writes nothing. */
export async function importDirectoryFile(
  file: string,
  repository: DirectoryRepository,
): Promise<ImportSummary> {
  const directory = await readDirectoryFile(file);
  return repository.replace(directory);
}

/** Loads `file` when storage holds no directory yet (first start on a fresh machine). */
export async function ensureDirectory(
  file: string,
  repository: DirectoryRepository,
): Promise<ImportSummary | undefined> {
  if ((await repository.currentVersion()) !== undefined) return undefined;
  try {
    return await importDirectoryFile(file, repository);
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
