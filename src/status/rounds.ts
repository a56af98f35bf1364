import { DateTime } from 'luxon';
import type { Directory } from '../directory/model';
import { Memo } from '../memo';
import {
  meetingById,
  scheduledMeetings,
  type MeetingChange,
  type ScheduledMeeting,
} from '../meetings/occurrences';
import { dueTime, STATUS_ROUND_OFFSET } from '../reminders/plan';

/** When a body's round opens (its `statusRound.opens`, 10 days by default). */
export function roundOffset(directory: Directory, bodyId: string): string {
  return (
    directory.bodies.find((body) => body.id === bodyId)?.statusRound?.opens ?? STATUS_ROUND_OFFSET
  );
}

/**
 * Status rounds, pure. A round belongs to one meeting of a body that steers goals (its id is the
 * meeting's id): it opens when the status-check cards go out (by default 10 days before, on a
 * working day) and closes when the meeting starts. Answers and edits count only while it is open.
 */
export type RoundState = 'upcoming' | 'open' | 'closed';

export interface StatusRound {
  id: string;
  bodyId: string;
  meeting: ScheduledMeeting;
  /** ISO instants (UTC). */
  opensAt: string;
  closesAt: string;
  state: RoundState;
}

/**
 * When rounds open and close depends only on the organisation's time zone and state, the meeting's
 * start and the offset, and takes working days and holidays to work out: computed once per
 * combination (a status question looks at every meeting of three years). Bounded.
 */
const roundTimes = new Memo<{ opensAt: string; closesAt: string }>(5000);

function roundTimesOf(directory: Directory, start: string, offset: string) {
  const { timezone: zone, state } = directory.organisation;
  return roundTimes.get(`${zone}|${state}|${start}|${offset}`, () => ({
    opensAt: dueTime(directory, start, offset).toUTC().toISO()!,
    closesAt: DateTime.fromISO(start, { zone }).toUTC().toISO()!,
  }));
}

export function roundOf(directory: Directory, meeting: ScheduledMeeting, now: Date): StatusRound {
  const offset = roundOffset(directory, meeting.body);
  const { opensAt, closesAt } = roundTimesOf(directory, meeting.start, offset);
  const at = now.toISOString();
  const state: RoundState =
    meeting.cancelled || at >= closesAt ? 'closed' : at >= opensAt ? 'open' : 'upcoming';
  return { id: meeting.id, bodyId: meeting.body, meeting, opensAt, closesAt, state };
}

/** The round of a meeting id; undefined when no such meeting takes place. */
export function roundById(
  directory: Directory,
  roundId: string,
  changes: MeetingChange[],
  now: Date,
): StatusRound | undefined {
  const meeting = meetingById(directory, roundId, changes);
  return meeting ? roundOf(directory, meeting, now) : undefined;
}

/**
 * The round a body's goals are in now: the open one; between rounds the one that closed last (its
 * Zwischenbilanz is what the body last saw); before any meeting, the next one.
 */
export function currentRound(
  directory: Directory,
  bodyId: string,
  changes: MeetingChange[],
  now: Date,
): StatusRound | undefined {
  const rounds = meetingsAround(directory, bodyId, changes, now).map((meeting) =>
    roundOf(directory, meeting, now),
  );
  return (
    rounds.find((round) => round.state === 'open') ??
    [...rounds].reverse().find((round) => round.state === 'closed') ??
    rounds.find((round) => round.state === 'upcoming')
  );
}

/**
 * A body's meetings from two years ago to a year ahead that take place: the same for a directory,
 * a day and the coordinators' changes, so worked out once for them (a status question asks for the
 * rounds of every steering body).
 */
function meetingsAround(
  directory: Directory,
  bodyId: string,
  changes: MeetingChange[],
  now: Date,
): ScheduledMeeting[] {
  const today = DateTime.fromJSDate(now, { zone: directory.organisation.timezone });
  let memo = meetingsMemo.get(directory);
  if (!memo) {
    memo = new Memo<ScheduledMeeting[]>(100);
    meetingsMemo.set(directory, memo);
  }
  const key = `${today.toISODate()}|${bodyId}|${JSON.stringify(changes)}`;
  return memo.get(key, () =>
    scheduledMeetings(
      directory,
      { from: today.minus({ years: 2 }).toISODate()!, to: today.plus({ years: 1 }).toISODate()! },
      changes,
    ).filter((meeting) => meeting.body === bodyId && !meeting.cancelled),
  );
}

const meetingsMemo = new WeakMap<Directory, Memo<ScheduledMeeting[]>>();

/** The bodies that steer at least one goal, in directory order. */
export function steeringBodies(directory: Directory): string[] {
  return directory.bodies
    .filter((body) => directory.goals.some((goal) => goal.body === body.id))
    .map((body) => body.id);
}
