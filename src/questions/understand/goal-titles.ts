/*
 * A goal named by words of its title where another record has the same words in its name: „am Ziel
 * Jugendberufsagentur Hohenmark“ (a body is called „Jour fixe Jugendberufsagentur Hohenmark“),
 * „bis wann die Jugendberufsagentur aufgebaut sein soll“ (a date a body does not have), „wer ist
 * verantwortlich für inklusive BO an Förderschulen“ (a field has no owner; its goal has).
 */
import { parseRef, refKey, type DirectoryIndex, type RefKey } from '../../language/directory-index';
import { fold, stem, STOP_WORDS, tokens } from '../../language/text';
import { queryTokensOf } from './subjects';
import { CUE_WORDS, type Cue } from '../cues';
import { goalByWords, goalOfRecord, namesOneGoal } from './goals';

/** A target date asked of something to be built or reached: a goal's due date. */
const DUE_TARGET =
  /\b(bis wann|by when)\b.{0,80}\b(sein soll|sein sollen|soll\w* .{0,40}sein|erreicht|fertig|abgeschlossen|umgesetzt|aufgebaut|eingerichtet|completed|achieved|finished|set up|built|in place)\b/;

/** A list of goals asked („Welche Ziele …“): no one goal meant. */
const WHICH_GOALS = /\b(welch\w* ziele|which goals|wie viele|how many|alle ziele|all goals)\b/;

/** Facts of a goal that a field does not have. */
const NOT_OF_A_FIELD: Cue[] = ['owner', 'due', 'partners'];
/** Facts asked of a goal named as one („am Ziel …“). */
const GOAL_FACTS: Cue[] = ['owner', 'due', 'partners', 'why', 'status', 'when', 'members'];

function titleWords(title: string): string[] {
  return tokens(fold(title)).filter(
    (word) => word.length >= 5 && !STOP_WORDS.has(word) && !CUE_WORDS.has(word),
  );
}

/** How many of a goal's title words the question has (as typed or stemmed). */
function sharedWords(title: string, asked: Set<string>): number {
  return titleWords(title).filter((word) => asked.has(word) || asked.has(stem(word))).length;
}

/** The one goal whose title shares the most words (at least one) with the question, if one. */
export function goalByTitleWords(
  index: DirectoryIndex,
  words: string[],
): { goal: RefKey; shared: number } | undefined {
  const asked = new Set(words.flatMap((word) => [word, stem(word)]));
  let best: { id: string; shared: number } | undefined;
  let tie = false;
  for (const goal of index.directory.goals) {
    const shared = sharedWords(goal.title, asked);
    if (shared === 0 || (best && shared < best.shared)) continue;
    tie = !!best && shared === best.shared;
    if (!tie) best = { id: goal.id, shared };
  }
  return best && !tie ? { goal: refKey('goals', best.id), shared: best.shared } : undefined;
}

/**
 * The goal meant instead of the record picked by name (or when none was): when the question says
 * it is a goal and asks a fact of one, or asks a target date, or asks a field what only its goals
 * have. A goal picked is replaced only by one whose title the question has more words of.
 */
export function goalMeantByTitle(
  index: DirectoryIndex,
  subject: RefKey | undefined,
  input: { words: string[]; folded: string; cues: Set<Cue> },
): RefKey | undefined {
  const section = subject && parseRef(subject).section;
  if (section === 'meetings' || section === 'people') return undefined;
  const { folded, cues } = input;
  if (WHICH_GOALS.test(folded)) return undefined;
  const has = (cue: Cue) => cues.has(cue);
  const oneGoal = namesOneGoal(folded) || /\b(als|as a) (ziel|goal)\b/.test(folded);
  const meant =
    (section === 'fields' && NOT_OF_A_FIELD.some(has)) ||
    (section !== 'goals' && DUE_TARGET.test(folded)) ||
    (oneGoal && GOAL_FACTS.some(has));
  const best = meant ? goalByTitleWords(index, input.words) : undefined;
  if (!best || best.goal === subject) return undefined;
  if (section === 'goals') {
    const picked = index.goals.get(parseRef(subject!).id)!;
    const asked = new Set(input.words.flatMap((word) => [word, stem(word)]));
    if (sharedWords(picked.title, asked) >= best.shared) return undefined;
  }
  return best.goal;
}

/**
 * The goal a question means other than by its id: by its title where a record is named like it
 * (above), by words of its text only („das Ziel mit den Praktika“), or by who takes part. "und wer
 * kümmert sich darum?" (`backOnly`) is about the last subject, not a goal paraphrased.
 */
export function goalMeant(
  index: DirectoryIndex,
  subject: RefKey | undefined,
  input: { words: string[]; folded: string; cues: Set<Cue>; backOnly: boolean },
): { subject: RefKey } | { clarify: RefKey[] } | undefined {
  const titled = goalMeantByTitle(index, subject, input);
  if (titled) return { subject: titled };
  if (subject) return goalOfRecord(index, subject, input);
  return input.backOnly ? undefined : goalByWords(index, input);
}

/**
 * „Welche Ziele sind gefährdet? Ich möchte sie im Lenkungskreis ansprechen.“: a scope named only in
 * a sentence after the question (no question itself) narrows nothing; the question is about all.
 */
export function statusScope(
  index: DirectoryIndex,
  text: string,
  scope: RefKey,
): RefKey | undefined {
  if (parseRef(scope).section === 'goals') return scope;
  const end = text.indexOf('?');
  if (end < 0 || !text.slice(end + 1).trim() || text.slice(end + 1).includes('?')) return scope;
  const head = tokens(fold(text.slice(0, end)));
  const named = index.findByName(queryTokensOf(head)).some((candidate) => candidate.ref === scope);
  return named ? scope : undefined;
}
