import type { StoredReference } from '../conversations/model';
import type { Language } from '../i18n/index';
import type { OutboxEntry, OutboxKind } from '../reminders/outbox';

/** A question forwarded to the coordination office. */
export interface ForwardedQuestion {
  id: string;
  question: string;
  askerName: string;
  askerReference: StoredReference;
  language: Language;
  status: 'open' | 'answered';
  answeredBy?: string;
  answer?: string;
  /**
   * Where the cards went, for questions forwarded before the cards were outbox rows (their
   * answers still update those cards); a forward of today keeps its cards in its outbox rows.
   */
  deliveries: { personId: string; reference: StoredReference; activityId?: string }[];
  etag?: string;
}

/** The outbox partition that holds a forward and every message it sends. */
export const forwardPartition = (forwardId: string) => `forward-${forwardId}`;

/** The forward id of one of its outbox rows. */
export const forwardIdOf = (entry: Pick<OutboxEntry, 'meetingId'>) =>
  entry.meetingId.slice('forward-'.length);

/** An outbox row of a forward: its card to a coordinator, the answer, or a card's update. */
export function forwardEntry(
  forwardId: string,
  kind: Extract<OutboxKind, 'forward' | 'forward-answer' | 'forward-update'>,
  now: string,
  personId?: string,
): OutboxEntry {
  return {
    meetingId: forwardPartition(forwardId),
    bodyId: '',
    offset: '',
    recipient: personId ? `person:${personId}` : 'asker',
    personId,
    kind,
    state: 'pending',
    dueAt: now,
    nextAttemptAt: now,
    meetingStart: '',
    startsAt: '',
    attempts: 0,
    history: [],
  };
}

export interface ForwardRepository {
  /**
   * Stores the forward and its outbox rows (the cards to the coordinators) in one transaction.
   * False when a forward with this id exists already (a repeated click): nothing is written.
   */
  create(forward: ForwardedQuestion, outbox: OutboxEntry[]): Promise<boolean>;
  get(id: string): Promise<ForwardedQuestion | undefined>;
  /**
   * Marks it answered and queues the answer and the card updates, in one transaction, only if
   * nobody changed it since it was read (ETag); false if someone did. So "answered" is never
   * recorded without its queued answer, nor the answer queued twice.
   */
  markAnswered(
    forward: ForwardedQuestion,
    answer: { answeredBy: string; answer: string },
    outbox: OutboxEntry[],
  ): Promise<boolean>;
}
