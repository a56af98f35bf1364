import type { NameCandidate } from './name-index';

/**
 * A person named with their institution — „Frau Arslan vom Hertz-BK“, „Herr Brinkmann vom
 * Jobcenter“, "Jan Brinkmann (Jobcenter)" — names one person, not also an institution. When the
 * institution's name follows a person's closely (at most three words on: „von der“, "at the") and
 * the institution is where that person works, the institution gives way, and so do the people of
 * the same name who work elsewhere. Only when it decides something: the person's name fits several
 * people, or the question names another record too (a body); „Arbeitet Frau X bei der Agentur?“
 * keeps both.
 */
const section = (ref: string) => ref.slice(0, ref.indexOf('/'));
const idOf = (ref: string) => ref.slice(ref.indexOf('/') + 1);

export function withAffiliation(
  actorOfPerson: (personId: string) => string | undefined,
  candidates: NameCandidate[],
): NameCandidate[] {
  const actorOf = (ref: string) => actorOfPerson(idOf(ref));
  const people = candidates.filter((c) => section(c.ref) === 'people' && c.score >= 0.5);
  if (people.length === 0) return candidates;
  for (const actor of candidates) {
    if (section(actor.ref) !== 'actors' || actor.score < 0.4) continue;
    const start = Math.min(...actor.positions);
    const affiliated = people.filter((person) => {
      const end = Math.max(...person.positions);
      return end < start && start - end <= 3 && `actors/${actorOf(person.ref)}` === actor.ref;
    });
    if (affiliated.length === 0) continue;
    const at = new Set(affiliated.flatMap((person) => person.positions));
    const namesakes = people.filter(
      (person) => !affiliated.includes(person) && person.positions.some((p) => at.has(p)),
    );
    const other = candidates.some(
      (c) =>
        c !== actor &&
        section(c.ref) !== 'people' &&
        c.score >= 0.6 &&
        !c.positions.some((p) => at.has(p) || actor.positions.includes(p)),
    );
    if (namesakes.length === 0 && !other) continue;
    const dropped = new Set<NameCandidate>([actor, ...namesakes]);
    // Other readings of the institution's words (another institution of the same name) go too.
    for (const c of candidates)
      if (section(c.ref) === 'actors' && c.positions.every((p) => actor.positions.includes(p)))
        dropped.add(c);
    return candidates.filter((c) => !dropped.has(c));
  }
  return candidates;
}
