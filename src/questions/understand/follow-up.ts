import { detectCues, type Cue } from '../cues';
import { parseRef } from '../../language/directory-index';
import { kindFor } from './kind';
import type { NameCandidate, QueryToken, RefKey } from '../../language/directory-index';

/**
 * Whether a question without a subject of its own is about the last one. It must say so: a leading
 * "und" / "and" / "what about", a pronoun or "dort" pointing back ("Wann tagt sie?", "who heads
 * it?"), or nothing but question words, which is no question on its own ("Wo?", "bis wann?", "Wer
 * ist verantwortlich?"). A question complete without a subject ("nächste Sitzungen", "Welche
 * Sitzungen stehen an?") never is, however short.
 */
export function refersBack(
  words: string[],
  queryTokens: QueryToken[],
  cues: Set<Cue>,
  previous?: RefKey,
): boolean {
  if (cues.has('followUp')) return true;
  if (hasBackReference(words)) return true;
  // "nächster Termin?" after a body is its next meeting; after anything else, everyone's.
  const afterBody = !!previous && ['bodies', 'meetings'].includes(parseRef(previous).section);
  const completeAlone =
    cues.has('upcoming') ||
    (!afterBody && cues.has('meet') && (cues.has('next') || cues.has('when')));
  // A word that asks something on its own ("Frist?", "Gremien?", "agenda?") names no subject.
  const content = queryTokens.filter(
    (token) => token.folded.length > 1 && detectCues(token.folded).size === 0,
  );
  return content.length === 0 && !completeAlone;
}

/** Whether a pronoun or "dort" in the question points back to what was said before. */
export function hasBackReference(words: string[]): boolean {
  return words.some((_, position) => pointsBack(words, position));
}

/** Pronouns and adverbs that stand for something said before. */
const BACK_REFERENCES = new Set(
  (
    'sie er ihn ihm sein seine seiner seinen seinem seines ihre ihren ihrer ihrem dort da dabei dazu dafuer daran darum darueber davon damit dessen deren ' +
    'it its he him his she her they them their there'
  ).split(' '),
);
/** "das", "die" … stand for something said before only where no noun follows ("Warum gibt es das?"). */
const DEMONSTRATIVES = new Set('der die das den dem dies diese dieser dieses that this'.split(' '));
/** Words after a demonstrative that leave it a pronoun ("das eigentlich"). */
const FILLERS = new Set(
  'eigentlich denn genau nochmal dann so bitte noch schon mal jetzt'.split(' '),
);
/** Verbs before "Sie" that make it the polite "you" ("Können Sie …"), not "she" / "they". */
const POLITE_VERBS = new Set(
  'koennen koennten wuerden haben hatten wissen sagen nennen zeigen geben kennen'.split(' '),
);
/** "is there", "are there": no place was named. */
const EXISTENTIAL = new Set('is are was were any'.split(' '));

function pointsBack(words: string[], position: number): boolean {
  const word = words[position]!;
  const before = words[position - 1];
  if (word === 'sie' && before && POLITE_VERBS.has(before)) return false;
  if (
    word === 'there' &&
    ((before && EXISTENTIAL.has(before)) || EXISTENTIAL.has(words[position + 1] ?? ''))
  )
    return false;
  if (BACK_REFERENCES.has(word)) return true;
  if (!DEMONSTRATIVES.has(word)) return false;
  return words.slice(position + 1).every((next) => FILLERS.has(next));
}

/**
 * "who chairs it right now?" after the steering group: the pronoun points back, and a loose match
 * of another word ("right" for Richter) is no new subject. An exact name still is ("Ist sie in
 * der FAG BO?" names the FAG).
 */
export function looseNameOverBackReference(
  picked: { subject?: RefKey; clarify?: RefKey[] },
  named: NameCandidate[],
  words: string[],
  previous: RefKey | undefined,
): boolean {
  const refs = picked.subject ? [picked.subject] : (picked.clarify ?? []);
  if (!previous || refs.length === 0 || !hasBackReference(words)) return false;
  return refs.every((ref) => {
    const hit = named.find((candidate) => candidate.ref === ref);
    return !!hit && hit.score < 0.9;
  });
}

/**
 * Which of the two records of a yes/no question a follow-up is about: the one it was asked about
 * ("Ist die HWK in der SG?" – "Und wann tagt sie?": the SG), unless only the other one has what
 * is asked ("Ist Anja Weiß in der FAG BO?" – "Und ihre E-Mail?": Anja Weiß).
 */
export function followUpSubject(subject: RefKey, also: RefKey | undefined, cues: Set<Cue>): RefKey {
  // „Wer ist seine Vertretung?“ asks 'what' of a body but the deputy of its chair: the record
  // that has an answer to what is asked, the subject when both have (or neither).
  if (!also) return subject;
  const answers = (ref: RefKey) => kindFor(parseRef(ref).section, cues) !== 'what';
  return !answers(subject) && answers(also) ? also : subject;
}
