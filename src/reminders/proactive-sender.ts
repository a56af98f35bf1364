import type { StoredReference } from '../conversations/model';
import type { Messenger } from '../teams/proactive';
import type { Reply } from '../teams/reply';
import type { PauseGate } from './pause';
import type { DeliveryResult } from './scheduler';
import type { SendRateLimiter } from './throttle';

/** Teams says these may be retried (docs/reminders.md); everything else is final. */
const RETRYABLE = new Set([412, 429, 502, 503, 504]);
const STALE = new Set([403, 404]);

class Timeout extends Error {}

export interface ProactiveSenderOptions {
  messenger: Messenger;
  limiter: SendRateLimiter;
  pause: PauseGate;
  clock?: () => Date;
  /** A send that takes longer than this counts as a timeout (retried). */
  timeoutMs?: number;
}

/**
 * The one way an outbox row reaches Teams: waits for the shared rate limit, honours a fan-out
 * pause (429), and turns what Teams answered into a DeliveryResult the scheduler records. Every
 * kind of row — reminders, status cards, forwarded questions, answers, card updates — goes here.
 */
export class ProactiveSender {
  constructor(private readonly options: ProactiveSenderOptions) {}

  /** A new message; `markStale` runs on 403/404 (the chat can no longer be written to). */
  send(
    reference: StoredReference,
    reply: Reply,
    markStale?: () => Promise<void>,
  ): Promise<DeliveryResult> {
    return this.attempt(reference, markStale, async () => ({
      outcome: 'sent',
      activityId: await this.options.messenger.send(reference, reply),
    }));
  }

  /**
   * A new version of a message sent before. A 404 here means that message is gone, not the chat,
   * so the chat is not marked stale.
   */
  update(reference: StoredReference, activityId: string, reply: Reply): Promise<DeliveryResult> {
    return this.attempt(reference, undefined, async () => {
      await this.options.messenger.update(reference, activityId, reply);
      return { outcome: 'sent', activityId };
    });
  }

  private async attempt(
    reference: StoredReference,
    markStale: (() => Promise<void>) | undefined,
    call: () => Promise<DeliveryResult>,
  ): Promise<DeliveryResult> {
    const now = () => (this.options.clock?.() ?? new Date()).getTime();
    const paused = (pausedUntil: number): DeliveryResult | undefined =>
      pausedUntil > now()
        ? { outcome: 'retry', retryAfterMs: pausedUntil - now(), detail: 'fan-out paused (429)' }
        : undefined;
    const before = paused(await this.options.pause.pausedUntil(now()));
    if (before) return before;
    await this.options.limiter.acquire({
      conversationId: reference.conversation.id,
      tenantId: reference.conversation.tenantId,
    });
    // Once its slot has begun the message goes at once (Teams counts when it arrives): only a
    // pause this instance already knows of holds it back, without another read of storage.
    const during = paused(this.options.pause.known());
    if (during) return during;
    try {
      return await withTimeout(call(), this.options.timeoutMs ?? 15_000);
    } catch (error) {
      if (error instanceof Timeout) return { outcome: 'retry', detail: 'timeout' };
      const status = statusOf(error);
      if (status === 429) {
        const retryAfterMs = retryAfterOf(error) ?? 5_000;
        await this.options.pause.pause(now() + retryAfterMs);
        return { outcome: 'retry', status, retryAfterMs, detail: 'throttled (429)' };
      }
      if (status !== undefined && RETRYABLE.has(status))
        return { outcome: 'retry', status, detail: `HTTP ${status}` };
      if (status !== undefined && STALE.has(status)) {
        await markStale?.();
        return {
          outcome: 'failed',
          status,
          detail: markStale
            ? `unreachable: HTTP ${status}, conversation marked stale`
            : `unreachable: HTTP ${status}`,
        };
      }
      if (status === undefined)
        return {
          outcome: 'retry',
          detail: `network: ${(error as { code?: string })?.code ?? 'error'}`,
        };
      return { outcome: 'failed', status, detail: `HTTP ${status}` };
    }
  }
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/** Retry-After (seconds or an HTTP date) from the connector's error response. */
function retryAfterOf(error: unknown): number | undefined {
  const headers = (
    error as { response?: { headers?: { get?: (name: string) => string | undefined } } }
  )?.response?.headers;
  const value = headers?.get?.('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Timeout()), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
