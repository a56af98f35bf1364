import { RateLimiterMemory } from 'rate-limiter-flexible';

/**
 * Teams' limits for bot messages (docs/reminders.md): per conversation 7 per second, 8 per 2 s,
 * 60 per 30 s, 1,800 per hour; per app and tenant 50 per second. One limiter is shared by the whole
 * fan-out of an instance; a send waits until every bucket it needs has room.
 */
export interface RateLimits {
  perTenantPerSecond: number;
  perConversation: { points: number; seconds: number }[];
}

export const TEAMS_LIMITS: RateLimits = {
  perTenantPerSecond: 50,
  perConversation: [
    { points: 7, seconds: 1 },
    { points: 8, seconds: 2 },
    { points: 60, seconds: 30 },
    { points: 1800, seconds: 3600 },
  ],
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class SendRateLimiter {
  private readonly tenant: RateLimiterMemory;
  private readonly conversation: RateLimiterMemory[];

  constructor(limits: RateLimits = TEAMS_LIMITS) {
    // The per-second budget in tenths of a second, so no sliding second sees a double burst at a
    // window boundary.
    this.tenant = new RateLimiterMemory({
      points: Math.max(1, Math.floor(limits.perTenantPerSecond / 10)),
      duration: 0.1,
    });
    this.conversation = limits.perConversation.map(
      ({ points, seconds }) => new RateLimiterMemory({ points, duration: seconds }),
    );
  }

  /** Resolves when one more message to this conversation keeps within every limit. */
  async acquire(conversationId: string): Promise<void> {
    for (;;) {
      const waits = await Promise.all(
        this.conversation.map((limiter) =>
          limiter
            .get(conversationId)
            .then((res) => (res && res.remainingPoints <= 0 ? res.msBeforeNext : 0)),
        ),
      );
      const conversationWait = Math.max(0, ...waits);
      if (conversationWait > 0) {
        await sleep(conversationWait);
        continue;
      }
      try {
        await this.tenant.consume('tenant', 1);
      } catch (rejection) {
        await sleep(Math.max(1, (rejection as { msBeforeNext?: number }).msBeforeNext ?? 20));
        continue;
      }
      await Promise.all(
        this.conversation.map((limiter) =>
          limiter.consume(conversationId, 1).catch(() => undefined),
        ),
      );
      return;
    }
  }
}
