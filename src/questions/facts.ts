import { DateTime } from 'luxon';
import type { Actor, Body, Chair, Goal, Meeting, Person } from '../directory/model';
import type { DirectoryIndex } from '../language/directory-index';
import { chairsOn } from '../directory/chairs';

/**
 * Facts derived from the directory for a given moment: who chairs now and next, the next meeting,
 * who belongs where. Pure functions over the index; `now` is in the organisation's time zone.
 */

/** When a meeting of an index's directory starts, in the organisation's time zone. */
export function meetingStart(index: DirectoryIndex, meeting: Meeting): DateTime {
  return zonedTimes(index, meeting).start;
}

/** When it ends. */
export function meetingEnd(index: DirectoryIndex, meeting: Meeting): DateTime {
  return zonedTimes(index, meeting).end;
}

/** Worked out once per meeting (working out a zone's offset is costly; DateTime is immutable). */
function zonedTimes(index: DirectoryIndex, meeting: Meeting): { start: DateTime; end: DateTime } {
  let times = zoned.get(meeting);
  if (!times) {
    const zone = index.directory.organisation.timezone;
    times = {
      start: DateTime.fromISO(meeting.start, { zone }),
      end: DateTime.fromISO(meeting.end, { zone }),
    };
    zoned.set(meeting, times);
  }
  return times;
}

const zoned = new WeakMap<Meeting, { start: DateTime; end: DateTime }>();

export { chairsOn };

export function nextChair(body: Body, date: string): Chair | undefined {
  const current = new Set(chairsOn(body, date).map((chair) => chair.person));
  return [...body.chairs]
    .filter((chair) => chair.from > date && !current.has(chair.person))
    .sort((a, b) => a.from.localeCompare(b.from))[0];
}

export function chairsInYear(body: Body, year: number): Chair[] {
  return body.chairs.filter(
    (chair) => chair.from <= `${year}-12-31` && chair.to >= `${year}-01-01`,
  );
}

/** Meetings that have not started yet, soonest first. */
export function upcomingMeetings(index: DirectoryIndex, now: DateTime, bodyId?: string): Meeting[] {
  const nowMs = now.toMillis();
  return index.meetingsByStart
    .filter(
      (entry) => entry.start > nowMs && (bodyId === undefined || entry.meeting.body === bodyId),
    )
    .map((entry) => entry.meeting);
}

export function contactsOf(index: DirectoryIndex, actor: Actor): Person[] {
  const people = index.directory.people.filter((person) => person.actor === actor.id);
  // The head of an institution first, then in file order.
  const head = (person: Person) => (/leit|head|geschaeftsf|direkt|chef/i.test(person.role) ? 0 : 1);
  return [...people].sort((a, b) => head(a) - head(b));
}

/** Bodies a record sits in: listed as member, or (a person) through their institution or as chair. */
export function bodiesOf(
  index: DirectoryIndex,
  target: { actor?: Actor; person?: Person },
): Body[] {
  return index.directory.bodies.filter((body) => {
    if (target.actor) return body.members.includes(target.actor.id);
    const person = target.person!;
    return (
      body.members.includes(person.id) ||
      body.members.includes(person.actor) ||
      body.chairs.some((chair) => chair.person === person.id)
    );
  });
}

/** Partners both ways: those an institution lists, and those that list it. */
export function partnersOfActor(index: DirectoryIndex, actor: Actor): Actor[] {
  const ids = new Set(actor.partners);
  for (const other of index.directory.actors)
    if (other.partners.includes(actor.id)) ids.add(other.id);
  ids.delete(actor.id);
  return [...ids].map((id) => index.actors.get(id)).filter((other): other is Actor => !!other);
}

export function goalsOf(
  index: DirectoryIndex,
  target: { field?: string; body?: string; person?: string; actor?: string },
): Goal[] {
  return index.directory.goals.filter(
    (goal) =>
      (target.field !== undefined && goal.field === target.field) ||
      (target.body !== undefined && goal.body === target.body) ||
      (target.person !== undefined && goal.owner === target.person) ||
      (target.actor !== undefined &&
        [goal.owner, ...goal.partners].some(
          (id) => id === target.actor || index.people.get(id)?.actor === target.actor,
        )),
  );
}

/** The display name of an actor or person id. */
export function nameOf(index: DirectoryIndex, id: string): string {
  return index.people.get(id)?.name ?? index.actors.get(id)?.name ?? id;
}

/** "Jürgen Müller (Schulamt für die Stadt Bochum)". */
export function personWithActor(index: DirectoryIndex, personId: string): string {
  const person = index.people.get(personId);
  if (!person) return personId;
  const actor = index.actors.get(person.actor);
  return actor ? `${person.name} (${actor.name})` : person.name;
}
