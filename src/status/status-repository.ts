import type { DirectoryService } from '../directory/directory-service';
import type { MeetingChange } from '../meetings/occurrences';
import type { StatusUpdate } from './submission';

export type SaveOutcome =
  | { outcome: 'saved'; version: string }
  /** The same submission (same card and version) was stored before: nothing written again. */
  | { outcome: 'duplicate'; version: string }
  /** Someone else updated the goal after this card was shown: nothing written; reload. */
  | { outcome: 'conflict'; latest?: StatusUpdate };

export interface StatusRepository {
  /**
   * Appends an update — only if the goal's latest update is still `expectedVersion` (what the
   * card showed) — atomically with the idempotency key and the new "latest" pointer.
   */
  save(
    update: StatusUpdate,
    options: { idempotencyKey: string; expectedVersion: string },
  ): Promise<SaveOutcome>;
  latest(goalId: string): Promise<{ update?: StatusUpdate; version: string }>;
  history(goalId: string): Promise<StatusUpdate[]>;
  /** Every stored update; may be shared with other callers, so it is read-only. */
  all(): Promise<readonly StatusUpdate[]>;
}

/** What status features read: the directory in force, the stored answers, meeting changes. */
export interface StatusSources {
  directory: DirectoryService;
  statuses: StatusRepository;
  changes?: () => Promise<MeetingChange[]>;
  clock?: () => Date;
}
