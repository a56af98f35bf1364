import { detectCues } from '../cues';
import type { DirectoryLexicon } from '../../language/directory-lexicon';
import { editDistance } from '../../language/edit-distance';
import { isEverydayWord } from '../../language/everyday-words';
import { CUE_VOCABULARY, lettersOf, MIN_CUE_LENGTH, spelledOf } from './cue-vocabulary';

/**
 * Slips in the words that decide what a question asks ("Deaddline", "Vetretung", "koodriniert",
 * "persson", "tansition"), mended before the cues are read, so the question is not answered as a
 * different kind. One mechanism for every cue word, both languages, role words included: an unknown
 * word is looked up in the cue vocabulary (cue-vocabulary.ts) with an edit distance that grows with
 * its length, a swap of neighbours counting as one edit. A word is never mended when it is itself a
 * word of the directory or an everyday word, when a name of the directory is as close, or when two
 * cue words that say different things are equally close.
 */
export type Lexicon = DirectoryLexicon;

/** How many edits a word of this length may be from a cue word (which ones: see `slip`). */
export function allowedEdits(length: number): number {
  if (length >= 12) return 2;
  return length >= MIN_CUE_LENGTH ? 1 : 0;
}

export function mendCueTypos(folded: string, lexicon: Lexicon): string {
  return folded
    .split(' ')
    .map((word) => mendWord(word, lexicon))
    .join(' ');
}

const mended = new WeakMap<Lexicon, Map<string, string>>();

function mendWord(word: string, lexicon: Lexicon): string {
  if (word.length < MIN_CUE_LENGTH || !/^[a-z]+$/.test(word) || CUE_VOCABULARY.words.has(word))
    return word;
  let memo = mended.get(lexicon);
  if (!memo) {
    memo = new Map();
    mended.set(lexicon, memo);
  }
  let result = memo.get(word);
  if (result === undefined) {
    result = isEverydayWord(word) || lexicon.knows(word) ? word : nearestCue(word, lexicon);
    if (memo.size > 20_000) memo.clear();
    memo.set(word, result);
  }
  return result;
}

/**
 * The cue word a slip most likely meant, or the word itself. The first letter is taken as typed:
 * slips there are rare, and a different first letter makes other words ("geschlossen").
 */
function nearestCue(word: string, lexicon: Lexicon): string {
  const allowed = allowedEdits(word.length);
  let best = allowed + 1;
  let found: string[] = [];
  const spelled = spelledOf(word);
  const letters = lettersOf(word);
  const spelledLetters = lettersOf(spelled);
  const lengths = new Set<number>();
  for (let d = -allowed; d <= allowed; d += 1) lengths.add(word.length + d).add(spelled.length + d);
  for (const length of lengths) {
    for (const form of CUE_VOCABULARY.forms.get(length) ?? []) {
      const cue = form.form;
      if (cue[0] !== word[0] || found.includes(cue)) continue;
      // An inflected form typed on purpose ("offices", "zusage") is not a slip.
      if (isEnding(word, cue) || isEnding(cue, word)) return word;
      const limit = form.fromStem ? 1 : allowed;
      // As folded ("aegnda" is a swap from "agenda") or with umlauts ("naeaechsten" from "nächsten").
      const asFolded =
        bitCount(letters ^ form.letters) <= 2 * limit ? slip(word, cue, limit) : limit + 1;
      const asSpelled =
        spelled !== word && bitCount(spelledLetters ^ form.spelledLetters) <= 2 * limit
          ? slip(spelled, form.spelled, limit)
          : limit + 1;
      const edits = Math.min(asFolded, asSpelled);
      if (edits > limit) continue;
      if (edits < best) [best, found] = [edits, [cue]];
      else if (edits === best) found.push(cue);
    }
  }
  if (found.length === 0 || best >= lexicon.nameDistance(word)) return word;
  if (found.length === 1) return found[0]!;
  // Equally close cue words are fine when they say the same ("vertreter" / "vertretern").
  const said = found.map((candidate) => [...detectCues(candidate)].sort().join(' '));
  return said.every((cues) => cues === said[0]) ? found[0]! : word;
}

/**
 * Edits between a typed word and a cue word, scaled by length: in words of five letters only a
 * swap of neighbours counts ("waurm"), up to seven letters also a dropped or doubled letter, but
 * not another letter in place of one: there, that makes everyday words ("leiden" / "leiten").
 */
function slip(typed: string, cue: string, allowed: number): number {
  const edits = editDistance(typed, cue, allowed);
  const shorter = Math.min(typed.length, cue.length);
  if (edits !== 1 || shorter > 7) return edits;
  if (typed.length === cue.length) return isSwap(typed, cue) ? 1 : allowed + 1;
  // A letter dropped from a cue word of six letters ("litet") is a slip; one added to five is not.
  return cue.length > MIN_CUE_LENGTH ? 1 : allowed + 1;
}

function isSwap(a: string, b: string): boolean {
  const diff = [...a].map((char, i) => (char === b[i] ? -1 : i)).filter((i) => i >= 0);
  return diff.length === 2 && diff[1] === diff[0]! + 1;
}

function bitCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count += 1;
  return count;
}

/** The typed word is the cue word with an ending added (one or two letters). */
function isEnding(typed: string, cue: string): boolean {
  return typed.length > cue.length && typed.length - cue.length <= 2 && typed.startsWith(cue);
}
