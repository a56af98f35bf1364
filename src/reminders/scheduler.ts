import { randomBytes } from 'node:crypto';
import type { Logger } from '../logging';
import { withAttempt, type OutboxEntry, type OutboxRepository } from './outbox';
import type { PauseGate } from './pause';
import { graceMs } from './plan';

/** What happened to one send. */
export type DeliveryResult =
  | { outcome: 'sent'; activityId?: string }
  | { outcome: 'retry'; status?: number; retryAfterMs?: number; detail: string }
  | { outcome: 'failed'; status?: number; detail: string }
  | { outcome: 'skipped'; detail: string }
  /** Not sendable yet and not a failure: put aside until `until` or until something wakes it. */
  | { outcome: 'wait'; detail: string; until: string };

export type Deliver = (entry: OutboxEntry, options: { late: boolean }) => Promise<DeliveryResult>;

export interface RetryPolicy {
  maxAttempts: number;
  baseMs: number;
  maxMs: number;
}

export interface ReminderSchedulerOptions {
  outbox: OutboxRepository;
  deliver: Deliver;
  pause: PauseGate;
  logger: Logger;
  clock?: () => Date;
  instanceId?: string;
  /** How long a claim holds before another instance may take the row over. */
  leaseMs?: number;
  batchSize?: number;
  /** Sends in flight at once (the rate limiter sets the pace). */
  concurrency?: number;
  retry?: Partial<RetryPolicy>;
  random?: () => number;
}

const LATE_AFTER_MS = 15 * 60_000;

/**
 * The scheduler loop of one instance: claims due outbox rows with a conditional update (so with N
 * instances each row is sent by exactly one), sends them, and records the outcome. A claim that is
 * never completed (the instance died) expires after `leaseMs` and is taken over.
 */
export class ReminderScheduler {
  readonly instanceId: string;
  private readonly clock: () => Date;
  private readonly leaseMs: number;
  private readonly batchSize: number;
  private readonly concurrency: number;
  private readonly retry: RetryPolicy;
  private readonly random: () => number;
  private stopped = false;

  constructor(private readonly options: ReminderSchedulerOptions) {
    this.instanceId = options.instanceId ?? `instance-${randomBytes(4).toString('hex')}`;
    this.clock = options.clock ?? (() => new Date());
    this.leaseMs = options.leaseMs ?? 120_000;
    this.batchSize = options.batchSize ?? 200;
    this.concurrency = options.concurrency ?? 16;
    this.retry = { maxAttempts: 6, baseMs: 2_000, maxMs: 10 * 60_000, ...options.retry };
    this.random = options.random ?? Math.random;
  }

  /** One pass over what is due now; resolves with how many rows it finished. */
  async tick(): Promise<number> {
    const now = this.clock().getTime();
    if ((await this.options.pause.pausedUntil(now)) > now) return 0;
    const due = await this.options.outbox.due(new Date(now).toISOString(), this.batchSize);
    let done = 0;
    let next = 0;
    const worker = async () => {
      while (next < due.length && !this.stopped) {
        const entry = due[next++]!;
        if (await this.process(entry)) done += 1;
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, due.length) }, worker));
    return done;
  }

  private async process(entry: OutboxEntry): Promise<boolean> {
    const now = this.clock();
    const nowMs = now.getTime();
    if ((await this.options.pause.pausedUntil(nowMs)) > nowMs) return false;
    const at = now.toISOString();
    if (entry.state === 'sending') {
      entry.history = withAttempt(entry, {
        at,
        by: this.instanceId,
        outcome: 'expired-claim',
        detail: entry.claimedBy,
      });
    }
    entry.state = 'sending';
    entry.claimedBy = this.instanceId;
    entry.leaseUntil = new Date(nowMs + this.leaseMs).toISOString();
    entry.attempts += 1;
    if (!(await this.options.outbox.update(entry))) return false; // another instance has it

    let result: DeliveryResult;
    const meetingStart = Date.parse(entry.startsAt);
    const lateBy = nowMs - Date.parse(entry.dueAt);
    // Reminders, status cards and the report are about a meeting still ahead; notices are not.
    const beforeMeeting = !['moved', 'cancelled', 'unreachable'].includes(entry.kind);
    if (beforeMeeting && !Number.isNaN(meetingStart) && nowMs >= meetingStart) {
      result = { outcome: 'skipped', detail: 'the meeting has started' };
    } else if (entry.kind === 'reminder' && lateBy > graceMs(entry.offset)) {
      result = { outcome: 'skipped', detail: `too late (${Math.round(lateBy / 60_000)} min)` };
    } else {
      try {
        result = await this.options.deliver(entry, { late: lateBy > LATE_AFTER_MS });
      } catch (error) {
        result = { outcome: 'retry', detail: `unexpected: ${(error as Error)?.name ?? 'error'}` };
      }
    }
    return this.record(entry, result);
  }

  private async record(entry: OutboxEntry, result: DeliveryResult): Promise<boolean> {
    const now = this.clock();
    const at = now.toISOString();
    entry.claimedBy = undefined;
    entry.leaseUntil = undefined;
    switch (result.outcome) {
      case 'sent':
        entry.state = 'sent';
        entry.sentAt = at;
        entry.activityId = result.activityId;
        entry.history = withAttempt(entry, { at, by: this.instanceId, outcome: 'sent' });
        break;
      case 'skipped':
      case 'failed':
        // Final either way: the reason is kept on the row and in its history.
        entry.state = result.outcome;
        entry.reason = result.detail;
        entry.history = withAttempt(entry, {
          at,
          by: this.instanceId,
          outcome: result.outcome,
          status: result.outcome === 'failed' ? result.status : undefined,
          detail: result.detail,
        });
        if (result.outcome === 'skipped')
          this.options.logger.info(
            { meeting: entry.meetingId, offset: entry.offset, reason: result.detail },
            'reminder skipped',
          );
        break;
      case 'wait':
        // Nothing was sent: the claim does not count as an attempt.
        entry.state = 'pending';
        entry.attempts = Math.max(0, entry.attempts - 1);
        entry.reason = result.detail;
        entry.nextAttemptAt = result.until;
        entry.history = withAttempt(entry, {
          at,
          by: this.instanceId,
          outcome: 'waiting',
          detail: result.detail,
        });
        break;
      case 'retry': {
        if (entry.attempts >= this.retry.maxAttempts) {
          entry.state = 'failed';
          entry.reason = `gave up after ${entry.attempts} attempts: ${result.detail}`;
          entry.history = withAttempt(entry, {
            at,
            by: this.instanceId,
            outcome: 'failed',
            status: result.status,
            detail: result.detail,
          });
          break;
        }
        // Exponential backoff with full jitter, never sooner than Retry-After.
        const backoff = Math.min(this.retry.maxMs, this.retry.baseMs * 2 ** (entry.attempts - 1));
        const wait = Math.max(
          result.retryAfterMs ?? 0,
          Math.round(backoff / 2 + (this.random() * backoff) / 2),
        );
        entry.state = 'pending';
        entry.nextAttemptAt = new Date(now.getTime() + wait).toISOString();
        entry.history = withAttempt(entry, {
          at,
          by: this.instanceId,
          outcome: 'retry',
          status: result.status,
          detail: result.detail,
        });
        break;
      }
    }
    const saved = await this.options.outbox.update(entry);
    if (!saved)
      this.options.logger.warn(
        { meeting: entry.meetingId, offset: entry.offset },
        'outbox row changed while sending (claim expired?)',
      );
    return saved;
  }

  /** Stops taking new rows; the service that runs the loop waits for the pass in flight. */
  stop(): void {
    this.stopped = true;
  }
}
