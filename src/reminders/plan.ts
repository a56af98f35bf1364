import { DateTime, Duration } from 'luxon';
import type { Directory } from '../directory/model';
import type { ScheduledMeeting } from '../meetings/occurrences';
import { workingDayOnOrBefore } from './working-days';
import { chairsOn } from '../directory/chairs';
import { membersOf } from '../directory/members';
import { WAITING_FOR_CHAT, type OutboxEntry } from './outbox';

/**
 * Reminder planning, pure: which reminder goes to whom and when. A member is every person a body
 * lists, plus the people of every institution it lists. Day-long offsets go out at 09:00 local time
 * on the day they fall due, moved to the working day before a weekend or public holiday of the
 * organisation's state; shorter offsets go out exactly that long before the start.
 */
export const REMINDER_HOUR = 9;

export interface PersonPreferences {
  remindersOff?: boolean;
  /** ISO date: no reminders due on or before it. */
  awayUntil?: string;
}

export interface PlanInput {
  directory: Directory;
  meetings: ScheduledMeeting[];
  preferences?: Map<string, PersonPreferences>;
  /** `${meetingId}|${personId}` of members who declined. */
  declined?: Set<string>;
  /** Bodies with a registered team channel. */
  channels?: Set<string>;
}

export interface PlannedReminder {
  /** 'reminder' unless it is a status-check card or its reminder (they share the outbox). */
  kind?: 'reminder' | 'status' | 'status-reminder' | 'status-report';
  meetingId: string;
  bodyId: string;
  offset: string;
  /** `person:<id>` or `channel:<bodyId>`. */
  recipient: string;
  personId?: string;
  /** When it is due, as an ISO instant (UTC). */
  dueAt: string;
  /** The meeting's local start it was planned for (a moved meeting gets new reminders). */
  meetingStart: string;
  /** The same start as an ISO instant. */
  startsAt: string;
}

export function dueTime(directory: Directory, meetingStart: string, offset: string): DateTime {
  const { timezone, state } = directory.organisation;
  const start = DateTime.fromISO(meetingStart, { zone: timezone });
  const duration = Duration.fromISO(offset);
  if (duration.as('hours') < 24) return start.minus(duration);
  const day = workingDayOnOrBefore(start.minus(duration).startOf('day'), state);
  return day.set({ hour: REMINDER_HOUR, minute: 0, second: 0, millisecond: 0 });
}

export function planReminders(input: PlanInput): PlannedReminder[] {
  const { directory } = input;
  const planned: PlannedReminder[] = [];
  for (const meeting of input.meetings) {
    if (meeting.cancelled) continue;
    const body = directory.bodies.find((candidate) => candidate.id === meeting.body);
    if (!body) continue;
    const members = membersOf(directory, body.id);
    const startsAt = DateTime.fromISO(meeting.start, { zone: directory.organisation.timezone })
      .toUTC()
      .toISO()!;
    for (const offset of body.reminders) {
      const due = dueTime(directory, meeting.start, offset);
      const dueAt = due.toUTC().toISO()!;
      const dueDate = due.toISODate()!;
      for (const personId of members) {
        const preferences = input.preferences?.get(personId);
        if (preferences?.remindersOff) continue;
        if (preferences?.awayUntil && dueDate <= preferences.awayUntil) continue;
        if (input.declined?.has(`${meeting.id}|${personId}`)) continue;
        planned.push({
          meetingId: meeting.id,
          bodyId: body.id,
          offset,
          recipient: `person:${personId}`,
          personId,
          dueAt,
          meetingStart: meeting.start,
          startsAt,
        });
      }
      if (input.channels?.has(body.id)) {
        planned.push({
          meetingId: meeting.id,
          bodyId: body.id,
          offset,
          recipient: `channel:${body.id}`,
          dueAt,
          meetingStart: meeting.start,
          startsAt,
        });
      }
    }
  }
  return planned;
}

/** How late a reminder may still go out: half its offset, at least 15 minutes, at most a day. */
export function graceMs(offset: string): number {
  // Status rows carry the goal owner after the duration ("P10D:<owner>").
  const half = Duration.fromISO(offset.split(':')[0]!).as('milliseconds') / 2;
  return Math.min(24 * 3600_000, Math.max(15 * 60_000, half));
}

/** When a status round opens before a meeting, reminds non-responders, and reports (defaults). */
export const STATUS_ROUND_OFFSET = 'P10D';
export const STATUS_REMINDER_OFFSET = 'P3D';
export const STATUS_REPORT_OFFSET = 'P1D';

/**
 * Status rounds, pure: for each meeting of a body that steers goals, one card per goal owner (all
 * their goals of that body) when the round opens, one reminder later for whoever has not answered
 * (checked when it is sent), and the Zwischenbilanz to the body's chairs and the coordinators the
 * day before. An owner who is away gets the card sent to their deputy. Offsets come from the body's
 * `statusRound` (10, 3 and 1 days by default).
 */
export function planStatusRounds(input: PlanInput): PlannedReminder[] {
  const { directory } = input;
  const planned: PlannedReminder[] = [];
  for (const meeting of input.meetings) {
    if (meeting.cancelled) continue;
    const owners = [
      ...new Set(
        directory.goals.filter((goal) => goal.body === meeting.body).map((goal) => goal.owner),
      ),
    ];
    if (owners.length === 0) continue;
    const body = directory.bodies.find((candidate) => candidate.id === meeting.body);
    const settings = body?.statusRound;
    const startsAt = DateTime.fromISO(meeting.start, { zone: directory.organisation.timezone })
      .toUTC()
      .toISO()!;
    const base = {
      meetingId: meeting.id,
      bodyId: meeting.body,
      meetingStart: meeting.start,
      startsAt,
    };
    for (const [kind, offset] of [
      ['status', settings?.opens ?? STATUS_ROUND_OFFSET],
      ['status-reminder', settings?.reminder ?? STATUS_REMINDER_OFFSET],
    ] as const) {
      const due = dueTime(directory, meeting.start, offset);
      for (const ownerId of owners) {
        const owner = directory.people.find((person) => person.id === ownerId);
        const away = input.preferences?.get(ownerId)?.awayUntil;
        const recipient =
          away && due.toISODate()! <= away && owner?.deputy ? owner.deputy : ownerId;
        planned.push({
          ...base,
          kind,
          // The owner is part of the offset key, so a deputy standing in for two owners gets two cards.
          offset: `${offset}:${ownerId}`,
          recipient: `person:${recipient}`,
          personId: recipient,
          dueAt: due.toUTC().toISO()!,
        });
      }
    }
    const reportOffset = settings?.report ?? STATUS_REPORT_OFFSET;
    const reportDue = dueTime(directory, meeting.start, reportOffset);
    const readers = new Set([
      ...(body ? chairsOn(body, meeting.start.slice(0, 10)) : []).map((chair) => chair.person),
      ...directory.people.filter((person) => person.coordinator).map((person) => person.id),
    ]);
    for (const personId of readers) {
      if (!directory.people.some((person) => person.id === personId)) continue;
      planned.push({
        ...base,
        kind: 'status-report',
        offset: reportOffset,
        recipient: `person:${personId}`,
        personId,
        dueAt: reportDue.toUTC().toISO()!,
      });
    }
  }
  return planned;
}

/**
 * Whether a planned status card waits for its recipient's first chat with the bot: its round is
 * open, the person cannot be reached yet, and the card is not sent (or not yet in the outbox
 * because the service was down when the round opened). It goes out when they write.
 */
export function waitsForChat(
  planned: PlannedReminder,
  entry: OutboxEntry | undefined,
  options: { reachable: boolean; now: Date },
): boolean {
  if (planned.kind !== 'status' || options.reachable) return false;
  const now = options.now.toISOString();
  if (planned.startsAt <= now) return false;
  if (!entry) return planned.dueAt <= now;
  return entry.state === 'pending' && (entry.reason === WAITING_FOR_CHAT || entry.dueAt <= now);
}
