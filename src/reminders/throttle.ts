import { RateLimiterMemory } from 'rate-limiter-flexible';

/**
 * Teams' limits for bot messages (docs/reminders.md): per conversation 7 per second, 8 per 2 s,
 * 60 per 30 s, 1,800 per hour; per app and tenant 50 per second. The per-conversation limits are
 * kept by each instance (a conversation's messages come from one fan-out); the tenant's budget is
 * shared by all instances through send slots in table storage (SendSlots).
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

/** A tenant's message budget shared by every instance (src/storage/table-send-slots.ts). */
export interface SendSlots {
  /** Resolves at the moment one more message to this tenant keeps every sliding second within `perSecond`. */
  claim(options: { tenant: string; perSecond: number }): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class SendRateLimiter {
  private readonly conversation: RateLimiterMemory[];

  constructor(
    private readonly options: { limits?: RateLimits; slots: SendSlots },
    private readonly limits: RateLimits = options.limits ?? TEAMS_LIMITS,
  ) {
    this.conversation = this.limits.perConversation.map(
      ({ points, seconds }) => new RateLimiterMemory({ points, duration: seconds }),
    );
  }

  /** Resolves when one more message to this conversation keeps within every limit. */
  async acquire(target: { conversationId: string; tenantId?: string }): Promise<void> {
    const { conversationId } = target;
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
      await this.options.slots.claim({
        tenant: target.tenantId ?? '',
        perSecond: this.limits.perTenantPerSecond,
      });
      await Promise.all(
        this.conversation.map((limiter) =>
          limiter.consume(conversationId, 1).catch(() => undefined),
        ),
      );
      return;
    }
  }
}
