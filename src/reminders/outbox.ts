/**
 * The durable outbox: every proactive message kokobot sends is a row here, claimed and sent by the
 * scheduler of whichever instance gets it first. Rows about meetings (one per meeting, offset and
 * recipient) are created ahead of time by the reconciler; a forwarded question's rows are written
 * in its own partition, in the same transaction as the question's state.
 */
export const OUTBOX_STATES = ['pending', 'sending', 'sent', 'failed', 'skipped'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

export const OUTBOX_KINDS = [
  'reminder',
  'moved',
  'cancelled',
  'unreachable',
  'status',
  'status-reminder',
  /** A coordinator's "send a reminder" to owners who have not answered (not planned, not reconciled). */
  'status-nudge',
  /** The Zwischenbilanz to the body's chairs and the coordinators the day before. */
  'status-report',
  /** A forwarded question's card to one coordinator (partition `forward-<id>`). */
  'forward',
  /** The coordinator's answer to the person who asked. */
  'forward-answer',
  /** A coordinator's card shown again as answered (an update of the `forward` card sent before). */
  'forward-update',
] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

export interface Attempt {
  at: string;
  by: string;
  outcome: 'sent' | 'retry' | 'failed' | 'skipped' | 'expired-claim' | 'waiting';
  status?: number;
  detail?: string;
}

export interface OutboxEntry {
  meetingId: string;
  bodyId: string;
  offset: string;
  recipient: string;
  personId?: string;
  kind: OutboxKind;
  state: OutboxState;
  /** When it was planned to go out (ISO instant). */
  dueAt: string;
  /** When the next attempt may start (ISO instant); the due time at first. */
  nextAttemptAt: string;
  /** The meeting's local start this row was planned for. */
  meetingStart: string;
  /** The same start as an ISO instant. */
  startsAt: string;
  attempts: number;
  /** A claim: the instance sending it, and until when its claim holds. */
  claimedBy?: string;
  leaseUntil?: string;
  sentAt?: string;
  activityId?: string;
  reason?: string;
  history: Attempt[];
  etag?: string;
}

export interface OutboxRepository {
  /** Inserts rows that are not there yet; returns how many were new. */
  addMissing(entries: OutboxEntry[]): Promise<number>;
  /** Rows that failed because the person cannot be reached (no chat, or stale). */
  unreachable(): Promise<OutboxEntry[]>;
  /** Rows to work on now: pending and due, or sending with an expired claim. */
  due(now: string, limit: number): Promise<OutboxEntry[]>;
  forMeeting(meetingId: string): Promise<OutboxEntry[]>;
  /** Pending rows put aside until this person has a chat with the bot (WAITING_FOR_CHAT). */
  waitingFor(personId: string): Promise<OutboxEntry[]>;
  all(): Promise<OutboxEntry[]>;
  /**
   * Writes the entry only if nobody changed it since it was read (its ETag); false when someone
   * did (another instance claimed or finished it). Updates `entry.etag` on success.
   */
  update(entry: OutboxEntry): Promise<boolean>;
}

export const HISTORY_MAX = 20;

/**
 * The reason on a pending status card whose recipient has no chat with the bot yet: it is put aside
 * until the meeting starts and sent as soon as they write to the bot (or install it) before then.
 */
export const WAITING_FOR_CHAT = 'waiting for a chat';

export function withAttempt(entry: OutboxEntry, attempt: Attempt): Attempt[] {
  return [...entry.history, attempt].slice(-HISTORY_MAX);
}

/** Row key within a meeting's partition: one row per offset, recipient and planned start. */
export function outboxRowKey(
  entry: Pick<OutboxEntry, 'kind' | 'offset' | 'recipient' | 'meetingStart'>,
): string {
  return `${entry.kind}|${entry.offset}|${entry.recipient}|${entry.meetingStart}`;
}
