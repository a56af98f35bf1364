/*
 * A person asked by role or job title, with or without an institution: "Wer ist die
 * Berufsberaterin für die Berufskollegs?", "Ich suche die Dezernentin bei der Bezirksregierung",
 * "wer ist bei der KH der Geschäftsführer?". The role words win over a name they happen to
 * resemble ("Berufsberaterin" is not the Agentur für Arbeit, "Gewerkschaftssekretärin" not the
 * DGB): when a word of the question is the very word of a person's role, that person is meant.
 */
import { detectCues, type Cue } from '../cues';
import { applyGlossary } from '../glossary';
import { directoryLexicon } from '../../language/directory-lexicon';
import {
  parseRef,
  refKey,
  type DirectoryIndex,
  type NameCandidate,
  type QueryToken,
} from '../../language/directory-index';
import { editDistance } from '../../language/edit-distance';
import { queryRoleWord, roleWords } from '../../language/roles';
import { fold, tokens } from '../../language/text';
import { mendCueTypos } from './cue-typos';
import { kindFor } from './kind';
import type { PeopleReading } from './people';

/** Cues of the question sentence that ask something else than who holds a role. */
const OTHER_QUESTION: Cue[] = [
  'partners',
  'bodiesOf',
  'goals',
  'whereIs',
  'when',
  'where',
  'why',
  'meet',
  'deputy',
  'agenda',
  'due',
  'status',
  'attend',
  'upcoming',
  'decided',
  'coordinators',
  'online',
];

/** "Ich suche die …", "Wie heißt …", "I am looking for the …": asks who, without "wer". */
const ASKS_WHO =
  /\b(wer|who|whom|ich suche|suche ich|gesucht|wie heisst|wie heissen|looking for|name of|whats the name|what is the name|welche\b.{0,40}\bgibt es|which\b.{0,40}\b(are there|do we have))\b/;

/** A noun for a person who does something („Berufsberater“, „Dezernentin“, „Schulrat“). */
const AGENT_NOUN = /(er|erin|erinnen|or|orin|orinnen|ent|entin|rat|raetin|raete)$/;

/** The question asks for everyone with the role, not for one person. */
const PLURAL = /\b(wer sind|welche|alle|gibt es|who are|which|all|list)\b/;

/** Cues asking for a detail of the person, not who they are ("kontakt dezernentin"). */
const DETAIL: Cue[] = ['email', 'phone', 'contact'];

/** The sentence that asks: up to the first question mark, else the first sentence. */
export function questionSentence(text: string): string {
  const asked = text.match(/^[^?]*\?/);
  if (asked) return asked[0];
  const first = text.match(/^.*?[.!](\s|$)/);
  return first ? first[0] : text;
}

function folded(index: DirectoryIndex, text: string): string {
  return applyGlossary(mendCueTypos(fold(text), directoryLexicon(index)));
}

/** A role word and its singular forms: „Schulräte“ → „schulrat“, „Koordinatorinnen“ → „…in“. */
function singularForms(word: string): string[] {
  const forms = [
    word,
    word.replace(/innen$/, 'in'),
    word.replace(/aete$/, 'at'),
    word.replace(/aetinnen$/, 'aetin'),
    word.replace(/(en|e|n|s)$/, ''),
  ];
  return [...new Set(forms)].filter((form) => form.length >= 4);
}

/** Whether a question word is, or is a slip of, a word written in some person's role. */
function inSomeRole(index: DirectoryIndex, word: string, roles: Set<string>): boolean {
  return singularForms(word).some((form) => inSomeRoleAsIs(index, form, roles));
}

function inSomeRoleAsIs(index: DirectoryIndex, word: string, roles: Set<string>): boolean {
  if (queryRoleWord(word) === undefined || word.length < 4) return false;
  if (roles.has(word)) return true;
  if (word.length < 7) return false;
  for (const written of roles)
    if (Math.abs(written.length - word.length) <= 1 && editDistance(word, written, 1) <= 1)
      return true;
  return false;
}

const rolesMemo = new WeakMap<DirectoryIndex, Set<string>>();
function roleVocabulary(index: DirectoryIndex): Set<string> {
  let words = rolesMemo.get(index);
  if (!words) {
    words = new Set(
      index.directory.people.flatMap((person) => roleWords(person.role)).map((w) => w.word),
    );
    rolesMemo.set(index, words);
  }
  return words;
}

/**
 * The person the question sentence describes by the very words of their role, at the institution
 * it names if any; undefined when it asks something else, names a body or person, or no role fits.
 */
export function roleFirst(
  index: DirectoryIndex,
  input: { text: string; named: NameCandidate[] },
): PeopleReading | undefined {
  const asked = questionSentence(input.text);
  const sentence = folded(index, asked);
  const cues = detectCues(sentence);
  const detail = DETAIL.find((cue) => cues.has(cue));
  if (!(ASKS_WHO.test(sentence) || detail) || OTHER_QUESTION.some((cue) => cues.has(cue)))
    return undefined;
  // The words as typed: a slip of a role word is mended toward roles, not toward names.
  const mended = tokens(sentence);
  const unmended = tokens(applyGlossary(fold(asked)));
  const words = unmended.length === mended.length ? unmended : mended;
  const roles = roleVocabulary(index);
  // A word of a record's name ("Schulamt") names that record, not a role.
  const roleAt = new Set(
    words.flatMap((word, position) =>
      inSomeRole(index, word, roles) &&
      // „Berufsberater“ is written in a role; „Berufsberatung“, a name's word, only shares its stem.
      (!(index.knowsTerm(word) || index.knowsTerm(mended[position] ?? word)) ||
        (roles.has(word) && AGENT_NOUN.test(word) && !index.hasNameWord(word))) &&
      // A slip of a role word that is as near a name's word ("Ausbldung") is that name's.
      (roles.has(word) || ![...index.termMatches(word).values()].some((weight) => weight >= 0.8))
        ? [position]
        : [],
    ),
  );
  if (roleAt.size === 0) return undefined;
  // The sentence's own names (positions count from its start, as the question's do).
  const named = [
    ...input.named.filter((candidate) =>
      candidate.positions.every((position) => position < words.length),
    ),
    ...index.findByName(words.map((word, position) => ({ folded: word, position }))),
  ]
    .filter((candidate) => candidate.score >= 0.5)
    .sort((a, b) => b.score - a.score);
  // Only a slip of a role word ("Ausbldung") beside a body's name: the body is meant.
  const exact = [...roleAt].some((position) => roles.has(words[position]!));
  const beside = (candidate: NameCandidate) =>
    candidate.positions.some((position) => !roleAt.has(position));
  // A person named, or a body named beside the role words ("Wer ist Sprecher der AG BO?").
  if (
    named.some(
      (candidate) =>
        beside(candidate) &&
        ((parseRef(candidate.ref).section === 'people' && candidate.score >= 0.6) ||
          (parseRef(candidate.ref).section === 'bodies' && (candidate.score >= 0.8 || !exact)) ||
          (parseRef(candidate.ref).section === 'goals' && candidate.score >= 0.8)),
    )
  )
    return undefined;
  const actor = named.find(
    (candidate) => parseRef(candidate.ref).section === 'actors' && candidate.score >= 0.6,
  );
  const query: QueryToken[] = words
    .map((word, position) => ({ folded: word, position }))
    .filter((token) => roleAt.has(token.position) || !actor?.positions.includes(token.position));
  const attempts: { actor?: string; threshold: number }[] = actor
    ? [
        { actor: parseRef(actor.ref).id, threshold: 1 },
        // The institution matched on a role word only: maybe not where the person works.
        ...(beside(actor) ? [] : [{ threshold: 2 }]),
      ]
    : [{ threshold: 2 }];
  // One long word of a role ("Bildungsmonitoring", "Dezernentin") tells it on its own.
  const long = [...roleAt].some((position) => words[position]!.length >= 8);
  // An institution named beside the role words is where the person is, or nobody is meant.
  if (long && !(actor && beside(actor))) attempts.push({ threshold: 1 });
  for (const attempt of attempts) {
    // Only people whose role has the very word asked (not only its stem: a „Bereichsleiter
    // Berufsberatung“ is no „Berufsberater“).
    const ranked = index
      .findByRole(query, { actor: attempt.actor })
      .filter((candidate) => verbatim(index, candidate.personId, words, roleAt));
    const top = ranked[0];
    if (!top || top.score < attempt.threshold) continue;
    const tied = ranked.filter((candidate) => candidate.score >= top.score - 0.01);
    // „Wer sind die Berufsberater?“, „Welche Schulrätinnen gibt es?“: all of them, not a choice.
    if (tied.length > 1 && !detail && PLURAL.test(sentence))
      return {
        type: 'answer',
        kind: 'by-role',
        subject: refKey('people', top.personId),
        people: tied.slice(0, 20).map((candidate) => refKey('people', candidate.personId)),
      };
    if (tied.length === 1)
      return {
        type: 'answer',
        kind: detail ? kindFor('people', cues) : 'by-role',
        subject: refKey('people', top.personId),
      };
    return {
      type: 'clarify',
      kind: 'by-role',
      candidates: tied.slice(0, 6).map((candidate) => refKey('people', candidate.personId)),
    };
  }
  return undefined;
}

/** Whether one of the question's role words is written in this person's role (or a slip of it). */
function verbatim(
  index: DirectoryIndex,
  personId: string,
  words: string[],
  roleAt: Set<number>,
): boolean {
  const person = index.directory.people.find((candidate) => candidate.id === personId);
  if (!person) return false;
  const own = new Set(roleWords(person.role).map((word) => word.word));
  // „Berufsberater“ asked in the plural or the masculine also means a „Berufsberaterin“.
  return [...roleAt].some((position) => {
    const word = words[position]!;
    return (
      inSomeRole(index, word, own) ||
      singularForms(word).some((form) => own.has(`${form}in`) || own.has(`${form}innen`))
    );
  });
}
