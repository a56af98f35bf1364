/*
 * Count questions („Wie viele Ziele gibt es insgesamt?“, "how many goals are at risk?"): the answer
 * starts with the number, then the list. And the whole of one section asked for with no record named
 * („Welche Gremien gibt es?“, "how many goals are there?").
 */
import type { Cue } from '../cues';
import type { Interpretation } from './types';

/** "wie viele", "wieviele", "Anzahl", "how many", "number of". */
const COUNT = /\b(wie ?viele\w*|wievielen?|anzahl|how many|number of)\b/;

export function countAsked(folded: string): boolean {
  return COUNT.test(folded);
}

/** The sections a question can ask for in full. */
export type Listed = 'goals' | 'bodies' | 'fields' | 'actors';

const SECTION_WORDS: [Listed, RegExp][] = [
  ['fields', /\b(handlungsfeld\w*|fields?( of action)?|action fields?)\b/],
  ['goals', /\b(ziele|ziel|goals?|objectives?|vorhaben)\b/],
  [
    'bodies',
    /\b(gremien|gremium|committees?|bodies|arbeitsgruppen|arbeitskreise|working groups)\b/,
  ],
  [
    'actors',
    /\b(institutionen|einrichtungen|akteure|organisationen|institutions|organi[sz]ations)\b/,
  ],
];

/** „gibt es“, „insgesamt“, "are there", "in total": all of them, not those of one record. */
const ALL =
  /\b(gibt es|gibts|gibt's|existieren|insgesamt|ueberhaupt|alle|haben wir|hat (der|die|das) (kreis|stadt|kommune)|are there|exist|in total|overall|altogether|all( the)?|do we have)\b/;
const WHICH = /\b(welch\w*|which|what|list\w*|nenn\w*|zeig\w*|show)\b/;

/** Cues that ask something else of the records (who leads them, when they meet, their status). */
const OTHER: Cue[] = ['chair', 'meet', 'when', 'next', 'owner', 'due', 'status', 'where'];

/** The section asked for in full, with no record named, or undefined. */
export function allOfSectionAsked(folded: string, cues: Set<Cue>): Listed | undefined {
  if (!ALL.test(folded) || !(COUNT.test(folded) || WHICH.test(folded))) return undefined;
  if (OTHER.some((cue) => cues.has(cue))) return undefined;
  const found = SECTION_WORDS.filter(([, words]) => words.test(folded));
  // "Welche Ziele haben die Gremien?": two sections, one of another's; not asked in full.
  return found.length === 1 ? found[0]![0] : undefined;
}

/** An answer to a count question says so, for the composer to put the number first. */
export function withCount(interpretation: Interpretation, folded: string): Interpretation {
  return interpretation.type === 'answer' && countAsked(folded)
    ? { ...interpretation, count: true }
    : interpretation;
}
