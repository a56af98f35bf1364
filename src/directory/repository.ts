import type { Directory, Section } from './model';

export interface DirectorySnapshot {
  version: string;
  importedAt: string;
  directory: Directory;
}

export interface ImportSummary {
  version: string;
  counts: Record<Section, number>;
}

/** Where the current directory lives. Implemented over table storage in storage/. */
export interface DirectoryRepository {
  /** The directory in force, or undefined when none was ever imported. */
  current(): Promise<DirectorySnapshot | undefined>;
  /** Only the version id in force (one small read); undefined when none. */
  currentVersion(): Promise<string | undefined>;
  /** Replaces the whole directory atomically: readers see the old or the new one, never a mix. */
  replace(directory: Directory): Promise<ImportSummary>;
  /**
   * Writes a directory as a snapshot that is not in force yet (a preview waiting to be confirmed);
   * its version. Staged snapshots no one switches on are deleted after an hour.
   */
  stage(directory: Directory): Promise<string>;
  /**
   * Puts a written snapshot (staged, or an earlier one) in force, only if `base` is still the
   * version in force (undefined: none yet). Otherwise DIRECTORY_CHANGED: another import came first.
   */
  switchTo(version: string, base: string | undefined): Promise<ImportSummary>;
  /** A snapshot by its version (staged or kept), or undefined when it was deleted. */
  snapshot(version: string): Promise<Directory | undefined>;
}

/** How many directories that were in force are kept, for the history and to restore one. */
export const KEPT_VERSIONS = 10;
