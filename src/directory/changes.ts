import { DateTime } from 'luxon';
import { chairsOn } from './chairs';
import { SECTIONS, type Body, type Directory, type Section } from './model';

/*
 * What a new directory changes against the one in force, for the preview a coordinator sees before
 * confirming an upload (issue 17): records counted per section, and the few changes people notice
 * (a chair, someone leaving, a meeting moved). Pure; the wording is in changes-words.ts.
 */

export { describeChanges } from './changes-words';

export interface SectionCounts {
  added: number;
  removed: number;
  changed: number;
}

export type NotableChange =
  | {
      kind: 'chair';
      bodyId: string;
      bodyName: string;
      /** Who chairs from `from` on in the old directory (on `today`: who chairs now). */
      before?: string;
      after?: string;
      /** When the new chair's term starts (ISO date); a term in force today may have started earlier. */
      from: string;
    }
  | {
      kind: 'person-left';
      personId: string;
      name: string;
      /** What the old directory gave them: goals as "Z1.1 Title", body names, names of the people. */
      owns: { goals: string[]; chairs: string[]; deputyFor: string[] };
    }
  | { kind: 'person-added'; name: string; actorName: string }
  | { kind: 'meeting-moved'; meetingId: string; bodyName: string; before: string; after: string }
  | { kind: 'meeting-added'; bodyName: string; start: string }
  | { kind: 'meeting-cancelled'; meetingId: string; bodyName: string; start: string }
  | { kind: 'goal-removed'; goalId: string; title: string }
  | { kind: 'goal-owner'; goalId: string; title: string; before: string; after: string };

export interface DirectoryChanges {
  counts: Record<Section, SectionCounts>;
  organisationChanged: boolean;
  notable: NotableChange[];
  none: boolean;
}

/**
 * The changes from `before` to `after`, judged on `today` (ISO date, the organisation's zone):
 * chairs and meetings that are history are not notable. Without `before` (the first directory)
 * everything counts as added and nothing is singled out.
 */
export function directoryChanges(
  before: Directory | undefined,
  after: Directory,
  today: string,
): DirectoryChanges {
  const counts = Object.fromEntries(
    SECTIONS.map((section) => [section, countSection(before?.[section] ?? [], after[section])]),
  ) as Record<Section, SectionCounts>;
  const organisationChanged =
    before !== undefined && canonical(before.organisation) !== canonical(after.organisation);
  const notable = before
    ? [
        ...chairChanges(before, after, today),
        ...peopleChanges(before, after, today),
        ...meetingChanges(before, after, today),
        ...goalChanges(before, after),
      ]
    : [];
  const none =
    !organisationChanged &&
    SECTIONS.every(
      (section) => counts[section].added + counts[section].removed + counts[section].changed === 0,
    );
  return { counts, organisationChanged, notable, none };
}

function countSection(before: { id: string }[], after: { id: string }[]): SectionCounts {
  const old = new Map(before.map((record) => [record.id, canonical(record)]));
  const ids = new Set(after.map((record) => record.id));
  let added = 0;
  let changed = 0;
  for (const record of after) {
    const was = old.get(record.id);
    if (was === undefined) added += 1;
    else if (was !== canonical(record)) changed += 1;
  }
  const removed = [...old.keys()].filter((id) => !ids.has(id)).length;
  return { added, removed, changed };
}

/** JSON with keys sorted, so that two records with the same content compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

function byId<T extends { id: string }>(records: T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

function nameOf(directory: Directory, id: string): string {
  return directory.people.find((person) => person.id === id)?.name ?? id;
}

function bodyNameOf(directory: Directory, id: string): string {
  return directory.bodies.find((body) => body.id === id)?.name ?? id;
}

function nextDay(isoDate: string): string {
  return DateTime.fromISO(isoDate, { zone: 'utc' }).plus({ days: 1 }).toISODate() ?? isoDate;
}

function chairKey(body: Body | undefined, date: string): string {
  return body
    ? chairsOn(body, date)
        .map((chair) => chair.person)
        .sort()
        .join('|')
    : '';
}

function chairNames(directory: Directory, body: Body, date: string): string | undefined {
  const names = chairsOn(body, date).map((chair) => nameOf(directory, chair.person));
  return names.length > 0 ? names.join(', ') : undefined;
}

/**
 * For each body in both directories, the days from today on where either directory's chair
 * changes; a day is reported when the two disagree from then on and the disagreement is new.
 */
function chairChanges(before: Directory, after: Directory, today: string): NotableChange[] {
  const oldBodies = byId(before.bodies);
  const changes: NotableChange[] = [];
  for (const body of after.bodies) {
    const old = oldBodies.get(body.id);
    if (!old) continue;
    const days = new Set([today]);
    for (const chair of [...old.chairs, ...body.chairs]) {
      for (const day of [chair.from, nextDay(chair.to)]) if (day > today) days.add(day);
    }
    let previous = '';
    for (const day of [...days].sort()) {
      const was = chairKey(old, day);
      const is = chairKey(body, day);
      const state = `${was}/${is}`;
      if (was !== is && state !== previous) {
        const started = chairsOn(body, day).map((chair) => chair.from);
        changes.push({
          kind: 'chair',
          bodyId: body.id,
          bodyName: body.name,
          before: chairNames(before, old, day),
          after: chairNames(after, body, day),
          from: day === today && started.length > 0 ? started.sort().at(-1)! : day,
        });
      }
      previous = was === is ? '' : state;
    }
  }
  return changes;
}

function peopleChanges(before: Directory, after: Directory, today: string): NotableChange[] {
  const remaining = byId(after.people);
  const earlier = byId(before.people);
  const left: NotableChange[] = before.people
    .filter((person) => !remaining.has(person.id))
    .map((person) => ({
      kind: 'person-left',
      personId: person.id,
      name: person.name,
      owns: {
        goals: before.goals
          .filter((goal) => goal.owner === person.id)
          .map((goal) => `${goal.id} ${goal.title}`),
        chairs: before.bodies
          .filter((body) =>
            body.chairs.some((chair) => chair.person === person.id && chair.to >= today),
          )
          .map((body) => body.name),
        deputyFor: before.people
          .filter((other) => other.deputy === person.id)
          .map((other) => other.name),
      },
    }));
  const added: NotableChange[] = after.people
    .filter((person) => !earlier.has(person.id))
    .map((person) => ({
      kind: 'person-added',
      name: person.name,
      actorName: after.actors.find((actor) => actor.id === person.actor)?.name ?? person.actor,
    }));
  return [...left, ...added];
}

/** Meetings still ahead (ending today or later); past meetings are history, whatever the file says. */
function meetingChanges(before: Directory, after: Directory, today: string): NotableChange[] {
  const ahead = (meeting: { end: string }) => meeting.end.slice(0, 10) >= today;
  const oldMeetings = byId(before.meetings);
  const newMeetings = byId(after.meetings);
  const changes: { start: string; change: NotableChange }[] = [];
  for (const meeting of after.meetings) {
    const old = oldMeetings.get(meeting.id);
    if (!old && ahead(meeting)) {
      const bodyName = bodyNameOf(after, meeting.body);
      changes.push({
        start: meeting.start,
        change: { kind: 'meeting-added', bodyName, start: meeting.start },
      });
    } else if (old && old.start !== meeting.start && (ahead(old) || ahead(meeting))) {
      changes.push({
        start: meeting.start,
        change: {
          kind: 'meeting-moved',
          meetingId: meeting.id,
          bodyName: bodyNameOf(after, meeting.body),
          before: old.start,
          after: meeting.start,
        },
      });
    }
  }
  for (const old of before.meetings) {
    if (newMeetings.has(old.id) || !ahead(old)) continue;
    changes.push({
      start: old.start,
      change: {
        kind: 'meeting-cancelled',
        meetingId: old.id,
        bodyName: bodyNameOf(before, old.body),
        start: old.start,
      },
    });
  }
  return changes
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
    .map(({ change }) => change);
}

function goalChanges(before: Directory, after: Directory): NotableChange[] {
  const newGoals = byId(after.goals);
  const changes: NotableChange[] = [];
  for (const goal of before.goals) {
    const now = newGoals.get(goal.id);
    if (!now) changes.push({ kind: 'goal-removed', goalId: goal.id, title: goal.title });
  }
  for (const goal of before.goals) {
    const now = newGoals.get(goal.id);
    if (now && now.owner !== goal.owner)
      changes.push({
        kind: 'goal-owner',
        goalId: goal.id,
        title: now.title,
        before: nameOf(before, goal.owner),
        after: nameOf(after, now.owner),
      });
  }
  return changes;
}
