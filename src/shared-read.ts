/**
 * One read of something stored, shared for a while: callers within `maxAgeMs` of a read, or while it
 * is on its way, get that read's result instead of reading again. `invalidate()` — called when this
 * instance has written — makes the next call read again, and a read that began before it is never
 * reused after it (it may not contain the write). A failed read is not kept. What another instance
 * writes is seen at most `maxAgeMs` later.
 */
export class SharedRead<T> {
  private last?: { value: Promise<T>; startedAt: number; generation: number; done: boolean };
  /** Counts invalidations: a read is reusable only in the generation it began in. */
  private generation = 0;

  constructor(
    private readonly read: () => Promise<T>,
    private readonly options: { maxAgeMs: number; now?: () => number },
  ) {}

  get(): Promise<T> {
    const now = (this.options.now ?? Date.now)();
    const last = this.last;
    if (
      last &&
      last.generation === this.generation &&
      (!last.done || now - last.startedAt < this.options.maxAgeMs)
    )
      return last.value;
    const current = {
      value: this.read(),
      startedAt: now,
      generation: this.generation,
      done: false,
    };
    this.last = current;
    current.value.then(
      () => (current.done = true),
      () => {
        if (this.last === current) this.last = undefined;
      },
    );
    return current.value;
  }

  /** This instance wrote: reads from before now are not reused. */
  invalidate(): void {
    this.generation += 1;
  }
}
