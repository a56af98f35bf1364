import { CUE_PATTERNS, CUE_WORDS } from '../cues';
import { GLOSSARY_WORDS } from '../glossary';
import { MONTHS } from '../../language/dates-in-text';
import { ROLE_VOCABULARY } from '../../language/roles';
import { STATUS_PATTERNS } from './kind';

/**
 * The words that decide what a question asks (its kind, the meeting meant, the role asked for),
 * read off the very patterns that detect them, so a new cue word is typo-tolerant without further
 * ado: whole words ("vertretung", "deadline") and word beginnings written `stem\w*` ("zustaendig…",
 * "koordin…"). Only words of five letters or more: shorter ones are too close to everyday words.
 */
export interface CueVocabulary {
  /** Whole cue words. */
  words: ReadonlySet<string>;
  /** Beginnings any ending may follow ("vorsitz" of vorsitz\w*): a word beginning so is a cue. */
  stems: readonly string[];
  /** What a slip is compared with: the words, and each stem with the usual endings, by length. */
  forms: ReadonlyMap<number, readonly CueForm[]>;
}

export interface CueForm {
  form: string;
  /** As spelled with umlauts ("naechsten" -> "nächsten"): a doubled or moved umlaut is one slip. */
  spelled: string;
  /** Which letters its spelled form has. */
  spelledLetters: number;
  /** A stem with an ending: only one slip from it counts (two make other words). */
  fromStem: boolean;
  /** Which letters it has (bit 0 = a): a slip changes at most two of them per edit. */
  letters: number;
}

export const MIN_CUE_LENGTH = 5;

/** Folded umlauts back to one letter each, for counting slips. */
export function spelledOf(word: string): string {
  return word.replace(/ae/g, 'ä').replace(/oe/g, 'ö').replace(/ue/g, 'ü');
}

export function lettersOf(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i += 1) mask |= 1 << (word.charCodeAt(i) % 32);
  return mask;
}

/** German and English inflection and derivation endings a stem is typed with. */
const ENDINGS = (
  ' e en er es em n s t te ten et st ung ungen in innen lich liche lichen keit ' +
  'ed ing ings ion ions or ors ive ate ates es'
).split(' ');

/** Meeting, occasion and agenda words the patterns spell with character classes or not at all. */
const MEETING_WORDS = [
  ...'leitet leiten geleitet vorsitz vorsitzende vorsitzender chairs chaired chairing'.split(' '),
  ...'agenda tagesordnung tagesordnungspunkte themen'.split(' '),
  ...'schuljahr schuljahres school'.split(' '),
  ...'uebernaechste uebernaechsten uebernaechster uebernaechstes naechste naechsten naechster naechstes'.split(
    ' ',
  ),
  ...'letzte letzten letzter letztes zuletzt vorletzte vorige previous'.split(' '),
  ...'sitzung sitzungen termin termine treffen trifft getagt meeting meetings'.split(' '),
  ...'online einwaehlen teilnehmen'.split(' '),
];

/**
 * The literal words of a pattern's alternatives: a run of letters between separators (space, `|`,
 * a bracket, a word boundary), with `s?` read as both forms and `\w*` as a beginning. Letters
 * next to a character class, an optional group or a wildcard are fragments, not words, and skipped.
 */
export function wordsOfPattern(pattern: RegExp): { words: string[]; stems: string[] } {
  const source = pattern.source
    .replace(/\\w\*/g, '*')
    .replace(/\\[a-zA-Z]/g, ' ')
    .replace(/\[[^\]]*\]\??/g, '#')
    .replace(/\([^()|]*\)\?/g, '#')
    .replace(/\.\{\d*,?\d*\}|\.\*|\.\+|\{\d*,?\d*\}/g, '#');
  const words: string[] = [];
  const stems: string[] = [];
  for (const match of source.matchAll(/(?<=^|[\s|()^:!=])([a-z]+)(s\?|\*)?(?=$|[\s|()$])/g)) {
    const [, word, ending] = match as unknown as [string, string, string | undefined];
    if (ending === '*') stems.push(word);
    else words.push(word, ...(ending === 's?' ? [`${word}s`] : []));
  }
  return { words, stems };
}

function build(): CueVocabulary {
  const words = new Set<string>();
  const stems = new Set<string>();
  for (const pattern of [...CUE_PATTERNS, ...STATUS_PATTERNS, ...ROLE_VOCABULARY.patterns]) {
    const found = wordsOfPattern(pattern);
    for (const word of found.words) words.add(word);
    for (const stem of found.stems) stems.add(stem);
  }
  for (const word of [
    ...CUE_WORDS,
    ...MEETING_WORDS,
    ...ROLE_VOCABULARY.words,
    ...GLOSSARY_WORDS,
    ...Object.keys(MONTHS),
  ])
    words.add(word);
  const long = [...words].filter((word) => word.length >= MIN_CUE_LENGTH);
  // A stem of five letters is only a cue as typed ("berat" is a swap from "breat…").
  const stemForms = [...stems]
    .filter((stem) => stem.length > MIN_CUE_LENGTH)
    .flatMap((stem) => ENDINGS.map((ending) => stem + ending));
  const forms = new Map<number, CueForm[]>();
  const whole = new Set(long);
  for (const form of new Set([...long, ...stemForms])) {
    if (!/^[a-z]+$/.test(form)) continue;
    const spelled = spelledOf(form);
    const entry = {
      form,
      spelled,
      letters: lettersOf(form),
      spelledLetters: lettersOf(spelled),
      fromStem: !whole.has(form),
    };
    for (const length of new Set([form.length, spelled.length]))
      forms.set(length, [...(forms.get(length) ?? []), entry]);
  }
  return {
    words: new Set(long),
    stems: [...stems].filter((stem) => stem.length >= MIN_CUE_LENGTH),
    forms,
  };
}

export const CUE_VOCABULARY: CueVocabulary = build();
