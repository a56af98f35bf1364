import { withAttempt, type OutboxRepository } from './outbox';

export interface WaitingCardsOptions {
  outbox: OutboxRepository;
  /** Recorded in the rows' history as who woke them. */
  instanceId: string;
  clock?: () => Date;
  /** Rows became due now: the scheduler may run a pass at once rather than at its next poll. */
  onDue?: () => void;
}

/**
 * Status cards put aside because their recipient had no chat with the bot (WAITING_FOR_CHAT) are
 * made due the moment that person becomes reachable. Each row is woken with a conditional update
 * (its ETag) and still sent by whichever scheduler claims it, so a card goes out once however many
 * instances see the person arrive.
 */
export class WaitingCards {
  constructor(private readonly options: WaitingCardsOptions) {}

  async reachable(personId: string): Promise<number> {
    const now = this.options.clock?.() ?? new Date();
    const at = now.toISOString();
    let woken = 0;
    for (const entry of await this.options.outbox.waitingFor(personId)) {
      // Once the meeting has started the scheduler finishes the row as skipped at its own time.
      if (entry.startsAt <= at) continue;
      entry.nextAttemptAt = at;
      entry.reason = undefined;
      entry.history = withAttempt(entry, {
        at,
        by: this.options.instanceId,
        outcome: 'retry',
        detail: 'the recipient has a chat with the bot now',
      });
      if (await this.options.outbox.update(entry)) woken += 1;
    }
    if (woken > 0) this.options.onDue?.();
    return woken;
  }
}
