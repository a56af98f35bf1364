import type { DirectoryRepository, DirectorySnapshot } from './repository';

export interface DirectoryServiceOptions {
  /** Only reads the directory in force. */
  repository: Pick<DirectoryRepository, 'current'>;
  /** How long a looked-up version is trusted before the pointer row is read again. */
  refreshMs?: number;
  now?: () => number;
}

/**
 * The directory in force, as the bot sees it: the pointer row is read at most every `refreshMs`,
 * so an import reaches every instance within that time without a read per message.
 */
export class DirectoryService {
  private readonly repository: Pick<DirectoryRepository, 'current'>;
  private readonly refreshMs: number;
  private readonly now: () => number;
  private snapshot?: DirectorySnapshot;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private pending?: Promise<DirectorySnapshot | undefined>;

  constructor(options: DirectoryServiceOptions) {
    this.repository = options.repository;
    this.refreshMs = options.refreshMs ?? 2000;
    this.now = options.now ?? Date.now;
  }

  async current(): Promise<DirectorySnapshot | undefined> {
    if (this.snapshot && this.now() - this.checkedAt < this.refreshMs) return this.snapshot;
    // One refresh at a time; concurrent turns share it.
    this.pending ??= this.repository
      .current()
      .then(
        (snapshot) => {
          this.snapshot = snapshot;
          this.checkedAt = this.now();
          return snapshot;
        },
        (error: unknown) => {
          // Storage unreachable: the version known last stays in force (it is retried next time);
          // without one there is nothing to serve.
          if (this.snapshot) return this.snapshot;
          throw error;
        },
      )
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }

  /** Forget the cached version (after an import in this process). */
  invalidate(): void {
    this.checkedAt = Number.NEGATIVE_INFINITY;
  }
}
