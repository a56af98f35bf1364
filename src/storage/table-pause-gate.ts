import type { PauseGate } from '../reminders/pause';
import type { TableStore } from './table-store';
import { TABLES } from './tables';

/* settings: PK "throttle", RK "connector" -> { until }: the pause every instance honours. */
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
