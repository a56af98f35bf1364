import { CUE_WORDS } from '../cues';
import { MONTHS } from '../../language/dates-in-text';
import { STOP_WORDS } from '../../language/text';

/**
 * One-letter slips in the words that say which meeting or which chair is asked about
 * ("Vorstiz", "Aegnda", "übernäcchstes", "Scchuljahr", "Feebruar"): mended before the cues are
 * read, so the question is not answered as a different kind. Only words of five letters or more
 * that are not themselves a known word or a term of a record's name, and only when exactly one
 * cue word is one edit (or one swap of neighbours) away.
 */
const CUE_VOCABULARY = [
  ...'leitet leiten geleitet vorsitz vorsitzende vorsitzender chairs chaired chairing'.split(' '),
  ...'agenda tagesordnung tagesordnungspunkte themen'.split(' '),
  ...'schuljahr schuljahres school'.split(' '),
  ...'uebernaechste uebernaechsten uebernaechster uebernaechstes naechste naechsten naechster naechstes'.split(
    ' ',
  ),
  ...'letzte letzten letzter letztes zuletzt vorletzte vorige previous'.split(' '),
  ...'sitzung sitzungen termin termine treffen trifft getagt meeting meetings'.split(' '),
  ...'online einwaehlen teilnehmen'.split(' '),
  ...Object.keys(MONTHS).filter((month) => month.length >= 5),
];
const VOCABULARY = new Set(CUE_VOCABULARY);

export function mendCueTypos(folded: string, knowsTerm: (word: string) => boolean): string {
  return folded
    .split(' ')
    .map((word) => {
      if (word.length < 5 || !/^[a-z]+$/.test(word) || VOCABULARY.has(word)) return word;
      if (CUE_WORDS.has(word) || STOP_WORDS.has(word) || knowsTerm(word)) return word;
      const near = CUE_VOCABULARY.filter(
        (cue) =>
          cue.length >= 5 && Math.abs(cue.length - word.length) <= 1 && oneEditApart(cue, word),
      );
      return near.length === 1 ? near[0]! : word;
    })
    .join(' ');
}

/** One insertion, deletion, substitution or swap of neighbouring letters apart. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    const diff = [...a].map((char, i) => (char === b[i] ? -1 : i)).filter((i) => i >= 0);
    if (diff.length === 1) return true;
    return (
      diff.length === 2 &&
      diff[1] === diff[0]! + 1 &&
      a[diff[0]!] === b[diff[1]!] &&
      a[diff[1]!] === b[diff[0]!]
    );
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i += 1;
  return short.slice(i) === long.slice(i + 1);
}
