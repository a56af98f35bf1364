import type { TableStore } from '../storage/table-store';
import { TABLES } from '../storage/tables';

/**
 * "Throttled until": when Teams answers 429, the whole fan-out pauses — on every instance — until
 * the time it gave in Retry-After. Kept in table storage; read at most once a second.
 */
export interface PauseGate {
  pausedUntil(now: number): Promise<number>;
  /** The pause this instance knows of already, without reading storage. */
  known(): number;
  pause(until: number): Promise<void>;
}

const KEYS = { partitionKey: 'throttle', rowKey: 'connector' };

export class TablePauseGate implements PauseGate {
  private cached = { until: 0, readAt: Number.NEGATIVE_INFINITY };

  constructor(private readonly store: TableStore) {}

  async pausedUntil(now: number): Promise<number> {
    if (now - this.cached.readAt < 1000) return this.cached.until;
    const row = await this.store.get(TABLES.settings, KEYS);
    const until = typeof row?.data.until === 'number' ? row.data.until : 0;
    this.cached = { until: Math.max(until, this.cached.until), readAt: now };
    return this.cached.until;
  }

  known(): number {
    return this.cached.until;
  }

  async pause(until: number): Promise<void> {
    this.cached = { until: Math.max(until, this.cached.until), readAt: this.cached.readAt };
    const row = await this.store.get(TABLES.settings, KEYS);
    const current = typeof row?.data.until === 'number' ? row.data.until : 0;
    if (current >= until) return;
    // Last writer wins only if later: a conditional replace keeps the furthest pause.
    try {
      if (row) await this.store.replace(TABLES.settings, KEYS, { until }, row.etag);
      else await this.store.insert(TABLES.settings, KEYS, { until });
    } catch {
      // Someone else paused at the same moment; their pause is at least as good.
    }
  }
}
