/**
 * "Throttled until": when Teams answers 429, the whole fan-out pauses — on every instance — until
 * the time it gave in Retry-After. The table implementation (`src/storage/table-pause-gate.ts`)
 * keeps it in table storage and reads it at most once a second.
 */
export interface PauseGate {
  pausedUntil(now: number): Promise<number>;
  /** The pause this instance knows of already, without reading storage. */
  known(): number;
  pause(until: number): Promise<void>;
}
