import type { ChildProcess } from 'node:child_process';

/**
 * The IPC protocol between bench/load.ts and the processes it forks (kokobot, the echo bot, the
 * connector sink): a child reports `ready` with its port, answers `stats` with its memory, and
 * leaves on `stop` (process.exit, so that `--cpu-prof` still writes its profile).
 */
export type ToChild = { type: 'stats' } | { type: 'stop' };
export type FromChild =
  | { type: 'ready'; port: number }
  | {
      type: 'stats';
      maxRssBytes: number;
      rssBytes: number;
      heapUsedBytes: number;
      /** The connector sink: activities it has accepted so far. */
      received?: number;
    }
  | { type: 'failed'; message: string };

/** In the child: wire up `stats` and `stop`, then tell the parent the port. */
export function serveChild(
  port: number,
  close: () => Promise<void>,
  extra: () => { received?: number } = () => ({}),
): void {
  process.on('message', (message: ToChild) => {
    if (message.type === 'stats') {
      process.send?.({
        type: 'stats',
        // resourceUsage().maxRSS is in kilobytes: the peak resident set of this process.
        maxRssBytes: process.resourceUsage().maxRSS * 1024,
        rssBytes: process.memoryUsage().rss,
        heapUsedBytes: process.memoryUsage().heapUsed,
        ...extra(),
      } satisfies FromChild);
    } else if (message.type === 'stop') {
      const force = setTimeout(() => process.exit(0), 3000);
      close().finally(() => {
        clearTimeout(force);
        process.exit(0);
      });
    }
  });
  // The parent went away: do not linger.
  process.on('disconnect', () => process.exit(0));
  process.send?.({ type: 'ready', port } satisfies FromChild);
}

export function failChild(error: unknown): void {
  process.send?.(
    { type: 'failed', message: (error as Error)?.stack ?? String(error) } satisfies FromChild,
    () => process.exit(1),
  );
}

/** In the parent: the next message of a type from a child. */
export function nextMessage<T extends FromChild['type']>(
  child: ChildProcess,
  type: T,
  timeoutMs = 30_000,
): Promise<Extract<FromChild, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`child ${child.pid} sent no '${type}' within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (message: FromChild) => {
      if (message.type === 'failed') {
        cleanup();
        reject(new Error(`child ${child.pid} failed: ${message.message}`));
      } else if (message.type === type) {
        cleanup();
        resolve(message as Extract<FromChild, { type: T }>);
      }
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`child ${child.pid} exited (${code}) before '${type}'`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}
