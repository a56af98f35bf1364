import type { ScheduledMeeting } from '../meetings/occurrences';
import {
  outboxRowKey,
  withAttempt,
  type OutboxEntry,
  type OutboxKind,
  type OutboxRepository,
} from './outbox';
import { graceMs, type PlannedReminder } from './plan';

/**
 * Brings the outbox in line with the plan after an import, a move or a cancellation: new members
 * and moved meetings get new rows, removed members' pending rows are skipped, and people already
 * reminded of a meeting that moved or was cancelled get a short notice. Safe to run on every
 * instance at once (inserts that exist are skipped; updates are conditional).
 */
/** The kinds of row the planner makes (and so the reconciler keeps in line with the plan). */
const PLANNED_KINDS = new Set<OutboxKind>([
  'reminder',
  'status',
  'status-reminder',
  'status-report',
]);

export interface ReconcileResult {
  added: number;
  skipped: number;
  notices: number;
}

export function entryOf(
  planned: PlannedReminder,
  kind: OutboxKind = 'reminder',
  dueAt = planned.dueAt,
): OutboxEntry {
  return {
    meetingId: planned.meetingId,
    bodyId: planned.bodyId,
    offset: planned.offset,
    recipient: planned.recipient,
    personId: planned.personId,
    kind,
    state: 'pending',
    dueAt,
    nextAttemptAt: dueAt,
    meetingStart: planned.meetingStart,
    startsAt: planned.startsAt,
    attempts: 0,
    history: [],
  };
}

export async function reconcileOutbox(options: {
  outbox: OutboxRepository;
  planned: PlannedReminder[];
  meetings: ScheduledMeeting[];
  now: Date;
  instanceId: string;
  /** The organisation's time zone (to turn a meeting's local start into an instant). */
  startsAt: (meeting: ScheduledMeeting) => string;
}): Promise<ReconcileResult> {
  const { outbox, planned, meetings, now } = options;
  const nowIso = now.toISOString();
  const result: ReconcileResult = { added: 0, skipped: 0, notices: 0 };
  // Only reminders still ahead are created; the past is not replayed after an import. A round's
  // status card is still wanted while the round is open (the service was down when it opened).
  const ahead = planned.filter(
    (entry) =>
      entry.dueAt > new Date(now.getTime() - 60_000).toISOString() ||
      (entry.kind === 'status' && entry.startsAt > nowIso),
  );
  result.added = await outbox.addMissing(
    ahead.map((entry) => entryOf(entry, entry.kind ?? 'reminder')),
  );

  const wanted = new Set(
    planned.map((entry) => outboxRowKey({ ...entry, kind: entry.kind ?? 'reminder' })),
  );
  for (const meeting of meetings) {
    const rows = await outbox.forMeeting(meeting.id);
    if (rows.length === 0) continue;
    const notices: OutboxEntry[] = [];
    const reminded = new Set<string>();
    for (const row of rows) {
      if (!PLANNED_KINDS.has(row.kind)) continue;
      if (row.kind !== 'reminder' && row.state !== 'pending') continue;
      if (row.kind === 'reminder' && row.state === 'sent' && row.personId)
        reminded.add(row.personId);
      if (
        row.state === 'skipped' &&
        row.reason === 'no longer planned' &&
        wanted.has(outboxRowKey(row)) &&
        Date.parse(row.dueAt) + graceMs(row.offset) > now.getTime()
      ) {
        // Planned again (reminders switched back on, member re-added): revive it.
        row.state = 'pending';
        row.reason = undefined;
        row.history = withAttempt(row, {
          at: nowIso,
          by: options.instanceId,
          outcome: 'retry',
          detail: 'planned again',
        });
        await outbox.update(row);
        continue;
      }
      if (row.state !== 'pending' || wanted.has(outboxRowKey(row))) continue;
      row.state = 'skipped';
      row.reason = meeting.cancelled
        ? 'meeting cancelled'
        : row.meetingStart !== meeting.start
          ? 'meeting moved'
          : 'no longer planned';
      row.history = withAttempt(row, {
        at: nowIso,
        by: options.instanceId,
        outcome: 'skipped',
        detail: row.reason,
      });
      if (await outbox.update(row)) result.skipped += 1;
    }
    const changed = meeting.cancelled ? 'cancelled' : meeting.moved ? 'moved' : undefined;
    if (changed) {
      for (const personId of reminded) {
        notices.push(
          entryOf(
            {
              meetingId: meeting.id,
              bodyId: meeting.body,
              offset: 'P0D',
              recipient: `person:${personId}`,
              personId,
              dueAt: nowIso,
              meetingStart: meeting.start,
              startsAt: options.startsAt(meeting),
            },
            changed,
            nowIso,
          ),
        );
      }
      result.notices += await outbox.addMissing(notices);
    }
  }
  return result;
}
