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
}
