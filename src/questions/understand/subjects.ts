import type { Language } from '../../i18n';
import type { Interpretation } from './types';
import type { Section } from '../../directory/model';
import { CUE_WORDS, type Cue } from '../cues';
import { parseDay } from '../../language/dates-in-text';
import { dayOfDate } from './dates-named';
import {
  parseRef,
  refKey,
  type DirectoryIndex,
  type NameCandidate,
  type QueryToken,
  type RefKey,
} from '../../language/directory-index';
import { STOP_WORDS } from '../../language/text';
import { dayAsked } from './occasion';

const PREFERRED: Partial<Record<Cue, Section[]>> = {
  attend: ['bodies'],
  chair: ['bodies'],
  members: ['bodies'],
  agenda: ['bodies'],
  meet: ['bodies'],
  decided: ['bodies'],
  owner: ['goals'],
  due: ['goals'],
  deputy: ['people'],
  contact: ['actors'],
  bodiesOf: ['actors', 'people'],
  goals: ['fields', 'bodies', 'people', 'goals'],
};

const CLARIFY_MAX = 6;

/** The words of a question that may name a record: no stop words, no cue words. */
export function queryTokensOf(words: string[]): QueryToken[] {
  return (
    words
      .map((word, position) => ({ position, folded: word }))
      .filter((token) => !STOP_WORDS.has(token.folded) && !CUE_WORDS.has(token.folded))
      // The "e" of "E-Mail" names nothing ("e. V." is in many names).
      .filter((token) => token.folded !== 'e' || words[token.position + 1] !== 'mail')
      // The day of a date ("ab 1. August", "on August 1") is not "AG 1".
      .filter((token) => !dayOfDate(words, token.position))
  );
}

function preferredSections(cues: Set<Cue>): Set<Section> {
  const sections = new Set<Section>();
  for (const cue of cues) for (const section of PREFERRED[cue] ?? []) sections.add(section);
  return sections;
}

interface Ranked extends NameCandidate {
  adjusted: number;
}

const overlaps = (a: number[], b: number[]) => a.some((position) => b.includes(position));
const strictSuperset = (a: number[], b: number[]) =>
  a.length > b.length && b.every((position) => a.includes(position));

/** The record a question names, or the candidates to ask back about, or nothing. */
export function pickSubject(
  index: DirectoryIndex,
  candidates: NameCandidate[],
  cues: Set<Cue>,
): { subject?: RefKey; clarify?: RefKey[] } {
  const preferred = preferredSections(cues);
  let ranked: Ranked[] = candidates
    .filter((candidate) => candidate.score >= 0.2)
    .map((candidate) => ({
      ...candidate,
      adjusted:
        candidate.score *
        (preferred.size === 0 || preferred.has(parseRef(candidate.ref).section) ? 1 : 0.88),
    }));
  // A name that covers more of the question wins over a shorter name inside it (FAG Übergang > Übergang).
  ranked = ranked.filter(
    (candidate) =>
      !ranked.some(
        (other) =>
          other.ref !== candidate.ref &&
          other.score >= 0.5 &&
          strictSuperset(other.positions, candidate.positions),
      ),
  );
  ranked.sort((a, b) => b.adjusted - a.adjusted || b.positions.length - a.positions.length);
  let top = ranked[0];
  if (!top) return {};
  // "Thomas von der Agentur für Arbeit": a person named with their institution is the subject.
  if (parseRef(top.ref).section === 'actors') {
    const institution = top;
    const people = ranked.filter(
      (candidate) =>
        candidate.score >= 0.75 &&
        !overlaps(candidate.positions, institution.positions) &&
        isRelated(index, candidate.ref, institution.ref),
    );
    if (people.length === 1) return { subject: people[0]!.ref };
    if (people.length > 1) top = people[0]!;
  }
  const leader = top;
  const threshold = leader.adjusted >= 0.75 ? 0.92 : leader.adjusted >= 0.6 ? 0.85 : 0.6;
  let group = [
    leader,
    ...ranked.filter(
      (candidate) =>
        candidate.ref !== leader.ref &&
        overlaps(candidate.positions, leader.positions) &&
        candidate.adjusted >= leader.adjusted * threshold,
    ),
  ];
  if (group.length > 1) {
    // "Thomas von der KoKo": another name in the question tells the candidates apart.
    const others = ranked.filter(
      (candidate) => candidate.score >= 0.75 && !overlaps(candidate.positions, leader.positions),
    );
    const related = group.filter((candidate) =>
      others.some((other) => isRelated(index, candidate.ref, other.ref)),
    );
    if (related.length === 1) return { subject: related[0]!.ref };
    if (related.length > 1) group = related;
  }
  if (group.length > 1) {
    // A weak, generic word ("die Kammer", "die FAG") may only ask back between records of one kind.
    // A weak, common word ("Bochum") is no reason to ask back at all.
    if (
      leader.adjusted < 0.5 &&
      Math.min(...group.map((candidate) => candidate.spread)) > CLARIFY_MAX
    )
      return {};
    if (
      leader.adjusted < 0.4 &&
      new Set(group.map((candidate) => parseRef(candidate.ref).section)).size > 1
    )
      return {};
    return { clarify: group.slice(0, CLARIFY_MAX).map((candidate) => candidate.ref) };
  }
  if (leader.adjusted < 0.4) return {};
  return { subject: leader.ref };
}

/** Whether `ref` belongs to `other`: a person to their institution, a body or goal to its field. */
function isRelated(index: DirectoryIndex, ref: RefKey, other: RefKey): boolean {
  const { section, id } = parseRef(ref);
  const target = parseRef(other);
  if (section === 'people')
    return target.section === 'actors' && index.people.get(id)?.actor === target.id;
  if (section === 'bodies')
    return target.section === 'fields' && index.bodies.get(id)?.field === target.id;
  if (section === 'goals') {
    const goal = index.goals.get(id);
    return (
      (target.section === 'fields' && goal?.field === target.id) ||
      (target.section === 'bodies' && goal?.body === target.id)
    );
  }
  return false;
}

/**
 * Answering a "did you mean" in words: "der von der Arbeitsagentur", "IHK", "die für duales System".
 * A candidate is chosen when the answer names it, or names its institution or field.
 */
export function chooseAmong(
  index: DirectoryIndex,
  candidates: RefKey[],
  queryTokens: QueryToken[],
): RefKey | undefined {
  const named = index.findByName(queryTokens).filter((candidate) => candidate.score >= 0.5);
  // A record named better than every candidate is a new question ("Was ist das Handlungsfeld …?").
  const best = Math.max(0, ...named.map((hit) => hit.score));
  for (const hit of named) if (candidates.includes(hit.ref) && hit.score >= best) return hit.ref;
  for (const hit of named) {
    const related = candidates.filter((candidate) => isRelated(index, candidate, hit.ref));
    if (related.length === 1) return related[0];
  }
  return undefined;
}

const CHOICE_POSITIONS: Record<string, number> = {
  erste: 1,
  ersten: 1,
  erster: 1,
  erstes: 1,
  first: 1,
  '1': 1,
  zweite: 2,
  zweiten: 2,
  zweiter: 2,
  zweites: 2,
  second: 2,
  '2': 2,
  dritte: 3,
  dritten: 3,
  dritter: 3,
  drittes: 3,
  third: 3,
  '3': 3,
  vierte: 4,
  vierten: 4,
  vierter: 4,
  viertes: 4,
  fourth: 4,
  '4': 4,
  letzte: -1,
  letzten: -1,
  letzter: -1,
  letztes: -1,
  last: -1,
};
const CHOICE_FILLERS = new Set(
  'der die das den dem the one bitte please nummer number option von vom of ok okay ja yes'.split(
    ' ',
  ),
);

/** "die erste", "the second one", "Nummer 2", "die letzte": a candidate by its place in the list. */
export function chosenByPosition(words: string[], candidates: RefKey[]): RefKey | undefined {
  const rest = words.filter((word) => !CHOICE_FILLERS.has(word));
  if (rest.length !== 1) return undefined;
  const position = CHOICE_POSITIONS[rest[0]!];
  if (!position) return undefined;
  return position < 0 ? candidates.at(-1) : candidates[position - 1];
}

/** The body whose purpose talks about the question's words ("Wo wird der Handlungsplan abgestimmt?"). */
export function decidingBody(index: DirectoryIndex, words: string[]): RefKey | undefined {
  const content = words.filter((word) => !STOP_WORDS.has(word) && !QUESTION_ONLY.has(word));
  const hit = index
    .findByText(content)
    .find((candidate) => parseRef(candidate.ref).section === 'bodies');
  return hit && hit.score >= 2 ? hit.ref : undefined;
}

const QUESTION_ONLY = new Set([
  'wo',
  'where',
  'wem',
  'wen',
  'wer',
  'who',
  'whom',
  'wird',
  'werden',
  'wurde',
  'wurden',
  'is',
  'are',
  'was',
  'were',
]);

/** The goal whose title or description the question paraphrases ("Azubi-Speed-Dating"). */
export function goalByText(index: DirectoryIndex, words: string[]): RefKey | undefined {
  const [first, second] = goalsByText(index, words);
  return first && !second ? first : undefined;
}

/**
 * The goals whose title or description the question's words talk about about equally well (the
 * best and those close to it), best first; none when no goal is talked about clearly.
 */
export function goalsByText(index: DirectoryIndex, words: string[]): RefKey[] {
  const content = words.filter(
    (word) => !STOP_WORDS.has(word) && !CUE_WORDS.has(word) && word.length > 2,
  );
  if (content.length === 0) return [];
  const hits = index
    .findByText(content)
    .filter((candidate) => parseRef(candidate.ref).section === 'goals');
  const [first] = hits;
  if (!first || first.score < 3) return [];
  return hits.filter((hit) => hit.score * 1.3 > first.score).map((hit) => hit.ref);
}

/** "Was ist am 1. November 2027?", "What's happening on 29 March 2027?": the meeting that day. */
export function meetingOnDate(
  index: DirectoryIndex,
  folded: string,
  today: string,
): RefKey | undefined {
  // "am 17.3." without a year: the coming one, or the last one when asked in the past tense.
  const date = dayAsked(folded, today) ?? parseDay(folded, today);
  if (!date) return undefined;
  const meetings = index.directory.meetings.filter(
    (meeting) => meeting.start.slice(0, 10) === date,
  );
  return meetings.length === 1 ? refKey('meetings', meetings[0]!.id) : undefined;
}

/** "Wo wird … abgestimmt?" answered with the body whose purpose says so. */
export function decidedIn(subject: RefKey, language: Language): Interpretation {
  return { type: 'answer', kind: 'where', language, subject, followUp: false, decided: true };
}
