import type { ChildProcess } from 'node:child_process';
import { AppError, ErrorCodes } from '../../errors';

/** What the supervisor reports about the Azurite worker it keeps running. */
export type EmbeddedStorageEvent =
  | { type: 'restarted'; exitCode: number | null; signal: string | null }
  | { type: 'failed'; error: AppError };

export interface AzuriteSupervisorOptions {
  /** Starts a worker on the given port (the one clients already have in their connection string). */
  start: (port: number) => Promise<ChildProcess>;
  stop: (child: ChildProcess) => Promise<void>;
  onEvent?: (event: EmbeddedStorageEvent) => void;
  /** More exits than this within `windowMs` and it gives up (reports 'failed'). */
  maxRestarts?: number;
  windowMs?: number;
  delayMs?: number;
}

/**
 * Keeps the embedded Azurite worker running: when it dies without being asked to stop, it is started
 * again on the same port with the same data directory, so the service's table clients carry on
 * (what was written since Azurite's last save, at most 5 s, is lost). Restarting rather than
 * exiting, because `npm start` has no supervisor that would restart the whole service; a worker
 * that keeps dying (disk full, a damaged database) is reported as 'failed' and the service exits,
 * so a supervisor, where there is one, can restart everything.
 */
export class AzuriteSupervisor {
  private stopping = false;
  private readonly exits: number[] = [];
  private restarting?: Promise<void>;

  constructor(
    private child: ChildProcess,
    private readonly port: number,
    private readonly options: AzuriteSupervisorOptions,
  ) {
    this.watch(child);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.restarting;
    await this.options.stop(this.child);
  }

  private watch(child: ChildProcess): void {
    child.once('exit', (exitCode, signal) => {
      if (this.stopping || child !== this.child) return;
      this.restarting = this.restart(exitCode, signal);
    });
  }

  private async restart(exitCode: number | null, signal: string | null): Promise<void> {
    const windowMs = this.options.windowMs ?? 60_000;
    const maxRestarts = this.options.maxRestarts ?? 5;
    let lastError: unknown;
    while (!this.stopping) {
      const now = Date.now();
      this.exits.push(now);
      while (this.exits.length > 0 && now - this.exits[0]! > windowMs) this.exits.shift();
      if (this.exits.length > maxRestarts) {
        const cause = lastError instanceof Error ? `: ${lastError.message}` : '';
        this.options.onEvent?.({
          type: 'failed',
          error: new AppError(
            ErrorCodes.EMBEDDED_STORAGE_FAILED,
            `the embedded table storage (Azurite) stopped ${this.exits.length} times within ${windowMs / 1000} s and was not started again${cause}`,
          ),
        });
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, this.options.delayMs ?? 200));
      if (this.stopping) return;
      try {
        const child = await this.options.start(this.port);
        this.child = child;
        if (this.stopping) return;
        this.watch(child);
        this.options.onEvent?.({ type: 'restarted', exitCode, signal });
        return;
      } catch (error) {
        lastError = error;
      }
    }
  }
}
