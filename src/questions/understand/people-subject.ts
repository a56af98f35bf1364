/*
 * The person a question is about when it names an institution's head or speaks of the asker:
 * "der Leiter der Agentur für Arbeit" is that person, "Wer vertritt mich?" is about the asker.
 */
import type { Cue } from '../cues';
import { parseRef, refKey, type DirectoryIndex, type RefKey } from '../../language/directory-index';
import { fold } from '../../language/text';

const HEAD_OF = /\b(leiter\w*|leitung|chef\w*|head|director|direktor\w*|boss)\b/;
const ROLE_OF_HEAD = /(leitung|leiter|head|geschaeftsfuehr|direktor|chef|vorsitz|vorstand)/;

/** The subject, or the head of the institution named, or the asker ("mich", "I"). */
export function headOrAsker(
  index: DirectoryIndex,
  given: RefKey | undefined,
  input: { folded: string; cues: Set<Cue>; askerId?: string; asksForGoals: boolean },
): RefKey | undefined {
  const { folded, cues, askerId, asksForGoals } = input;
  let subject = given;
  // "der Leiter der Agentur für Arbeit", "the head of the coordination office": that person.
  if (
    subject &&
    parseRef(subject).section === 'actors' &&
    HEAD_OF.test(folded) &&
    ['deputy', 'what', 'who', 'email', 'phone', 'address'].some((cue) => cues.has(cue as Cue))
  ) {
    const actorId = parseRef(subject).id;
    const head = index.directory.people.find(
      (person) => person.actor === actorId && ROLE_OF_HEAD.test(fold(person.role)),
    );
    if (head) subject = refKey('people', head.id);
  }
  // "Wer vertritt mich?", "In welchen Gremien bin ich?"
  if (
    !subject &&
    cues.has('mine') &&
    askerId &&
    !asksForGoals &&
    (cues.has('deputy') ||
      cues.has('bodiesOf') ||
      cues.has('partners') ||
      (cues.has('members') && !cues.has('who')))
  ) {
    subject = refKey('people', askerId);
  }
  return subject;
}
