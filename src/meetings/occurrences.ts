import { rrulestr } from 'rrule';
import type { Directory, Meeting } from '../directory/model';

/**
 * The meetings that take place: the explicit ones of the directory plus the occurrences of each
 * body's recurring `schedule` (an explicit meeting wins on the same day), with coordinators' moves
 * and cancellations applied. Pure.
 */
export interface MeetingChange {
  meetingId: string;
  kind: 'moved' | 'cancelled';
  /** For moves: the new local start and end. */
  start?: string;
  end?: string;
}

export interface ScheduledMeeting extends Meeting {
  /** From a recurring schedule rather than listed explicitly. */
  recurring: boolean;
  cancelled: boolean;
  moved: boolean;
}

/** Occurrence ids of a schedule: "<body>@<date>". */
export const occurrenceId = (bodyId: string, date: string) => `${bodyId}@${date}`;

export function scheduledMeetings(
  directory: Directory,
  window: { from: string; to: string },
  changes: MeetingChange[] = [],
): ScheduledMeeting[] {
  const inWindow = (date: string) => date >= window.from && date <= window.to;
  const meetings: ScheduledMeeting[] = directory.meetings
    .filter((meeting) => inWindow(meeting.start.slice(0, 10)))
    .map((meeting) => ({ ...meeting, recurring: false, cancelled: false, moved: false }));
  const explicitDays = new Set(
    directory.meetings.map((meeting) => `${meeting.body}|${meeting.start.slice(0, 10)}`),
  );
  for (const body of directory.bodies) {
    const schedule = body.schedule;
    if (!schedule) continue;
    const from = schedule.from > window.from ? schedule.from : window.from;
    const to = schedule.until && schedule.until < window.to ? schedule.until : window.to;
    if (from > to) continue;
    // Dates are generated as floating days (UTC midnight), then given the local clock times.
    const rule = rrulestr(
      `DTSTART:${schedule.from.replace(/-/g, '')}T000000Z\nRRULE:${schedule.rrule.replace(/^RRULE:/i, '')}`,
    );
    const days = rule.between(new Date(`${from}T00:00:00Z`), new Date(`${to}T23:59:59Z`), true);
    for (const day of days) {
      const date = day.toISOString().slice(0, 10);
      if (explicitDays.has(`${body.id}|${date}`)) continue;
      meetings.push({
        id: occurrenceId(body.id, date),
        body: body.id,
        start: `${date}T${schedule.start}`,
        end: `${date}T${schedule.end}`,
        location: schedule.location,
        online: schedule.online,
        agenda: schedule.agenda,
        recurring: true,
        cancelled: false,
        moved: false,
      });
    }
  }
  const byId = new Map(changes.map((change) => [change.meetingId, change]));
  return meetings
    .map((meeting) => {
      const change = byId.get(meeting.id);
      if (!change) return meeting;
      if (change.kind === 'cancelled') return { ...meeting, cancelled: true };
      return {
        ...meeting,
        start: change.start ?? meeting.start,
        end: change.end ?? meeting.end,
        moved: true,
      };
    })
    .sort((a, b) => a.start.localeCompare(b.start));
}

/** One meeting by id — explicit or an occurrence of a schedule — with changes applied. */
export function meetingById(
  directory: Directory,
  id: string,
  changes: MeetingChange[] = [],
): ScheduledMeeting | undefined {
  const at = id.lastIndexOf('@');
  const day = at > 0 ? id.slice(at + 1) : undefined;
  const window = day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? { from: day, to: day } : undefined;
  const explicit = directory.meetings.find((meeting) => meeting.id === id);
  if (explicit) {
    const date = explicit.start.slice(0, 10);
    return scheduledMeetings(
      { ...directory, bodies: [], meetings: [explicit] },
      { from: date, to: date },
      changes,
    )[0];
  }
  if (!window) return undefined;
  return scheduledMeetings(directory, window, changes).find((meeting) => meeting.id === id);
}

/**
 * The directory as questions see it: its meetings replaced by those that take place — explicit ones,
 * a year of each schedule's occurrences from `today`, coordinators' moves applied, cancellations gone.
 */
export function directoryInEffect(
  directory: Directory,
  changes: MeetingChange[],
  today: string,
): Directory {
  if (changes.length === 0 && directory.bodies.every((body) => !body.schedule)) return directory;
  const lastExplicit = directory.meetings.reduce(
    (last, meeting) => (meeting.start > last ? meeting.start : last),
    today,
  );
  const yearAhead = `${Number(today.slice(0, 4)) + 1}${today.slice(4, 10)}`;
  const window = {
    from: '0001-01-01',
    to: lastExplicit.slice(0, 10) > yearAhead ? lastExplicit.slice(0, 10) : yearAhead,
  };
  const meetings: Meeting[] = scheduledMeetings(directory, window, changes)
    .filter((meeting) => !meeting.cancelled)
    .map(({ recurring: _recurring, cancelled: _cancelled, moved: _moved, ...meeting }) => meeting);
  return { ...directory, meetings };
}
