/*
 * Yes/no questions about one person and what they are: "Ist Paul Keßler Koordinator?",
 * "Is Merve Aksoy one of the coordinators?", „Ist Jana Haase eine der Koordinatorinnen der
 * Koordinierungsstelle?“. One person named (their institution may be named too) and a word for
 * coordinating; the answer says whether the directory has them as a coordinator.
 */
import {
  parseRef,
  type DirectoryIndex,
  type QueryToken,
  type RefKey,
} from '../../language/directory-index';
import type { YesNo } from './yes-no';

const COORDINATOR = /\b(koordinator\w*|koordination|coordinators?|coordinating)\b/;

export function coordinatorQuestion(
  index: DirectoryIndex,
  input: { folded: string; queryTokens: QueryToken[]; given?: RefKey },
): YesNo | undefined {
  if (!COORDINATOR.test(input.folded)) return undefined;
  const named = index.findByName(input.queryTokens).filter((candidate) => candidate.score >= 0.6);
  const people = named.filter((candidate) => parseRef(candidate.ref).section === 'people');
  const person = people[0];
  if (!person || person.score < 0.8) return undefined;
  // Another person as strongly named, or a record other than the person's institution: not this.
  const actorOf = index.people.get(parseRef(person.ref).id)?.actor;
  const others = named.filter(
    (candidate) =>
      candidate.ref !== person.ref &&
      !candidate.positions.every((position) => person.positions.includes(position)) &&
      !(parseRef(candidate.ref).section === 'actors' && parseRef(candidate.ref).id === actorOf),
  );
  if (others.some((candidate) => candidate.score >= 0.8)) return undefined;
  if (input.given && input.given !== person.ref) return undefined;
  return { relation: 'coordinator', asked: person.ref, of: person.ref };
}
