/*
 * The short forms people use for an institution that the directory does not list as an alias:
 * „Berufskolleg Bruchhausen“ for the „Hildegard-von-Bingen-Berufskolleg Bruchhausen“ (the school's
 * type and place without the name it honours), and „Berufskolleg Bruchhausen“ for the alias
 * „BK Bruchhausen“ (a type abbreviation written out). Each variant is one more name of the same
 * record, so a question that uses it names the record as completely as its alias would.
 */
import { fold, STOP_WORDS, tokens } from './text';

/** Abbreviations of institution types common in NRW, folded, with the words they stand for. */
const TYPE_ABBREVIATIONS: Record<string, string> = {
  bk: 'berufskolleg',
  ge: 'gesamtschule',
  gy: 'gymnasium',
  gym: 'gymnasium',
  rs: 'realschule',
  hs: 'hauptschule',
  sek: 'sekundarschule',
  gs: 'grundschule',
  fs: 'foerderschule',
  foes: 'foerderschule',
  ja: 'jugendamt',
  jc: 'jobcenter',
  aa: 'agentur fuer arbeit',
  afa: 'agentur fuer arbeit',
  ki: 'kommunales integrationszentrum',
  kh: 'kreishandwerkerschaft',
  hwk: 'handwerkskammer',
  ag: 'arbeitsgruppe',
  ak: 'arbeitskreis',
  fag: 'facharbeitsgruppe',
  sg: 'steuerungsgruppe',
};

/** The body and school types a name may open with, to the abbreviation people write. */
const ABBREVIATION_OF: Record<string, string> = {
  arbeitskreis: 'ak',
  arbeitsgruppe: 'ag',
  arbeitsgemeinschaft: 'ag',
  facharbeitsgruppe: 'fag',
  steuerungsgruppe: 'sg',
  berufskolleg: 'bk',
  gesamtschule: 'ge',
};

/** School and institution types that a longer name puts behind the name it honours. */
const TYPE_WORD =
  /(berufskolleg|gymnasium|gesamtschule|realschule|hauptschule|sekundarschule|grundschule|foerderschule|foerderzentrum|kolleg)$/;

/** Further names a record answers to, derived from its name and aliases (none repeated). */
export function nameVariants(names: readonly string[]): string[] {
  const known = new Set(names.map((name) => fold(name)));
  const variants: string[] = [];
  const add = (variant: string) => {
    if (variant && !known.has(variant)) {
      known.add(variant);
      variants.push(variant);
    }
  };
  for (const name of names) {
    add(expandedAbbreviations(name));
    add(withoutHonouredName(name));
    add(abbreviatedType(name));
  }
  return variants;
}

/** „BK Bruchhausen“ → „berufskolleg bruchhausen“ (only when a word of the name's own remains). */
function expandedAbbreviations(name: string): string {
  const words = tokens(fold(name));
  if (words.length < 2 || !words.some((word) => TYPE_ABBREVIATIONS[word] !== undefined)) return '';
  // „FAG 3“, „FAG DA“: without a word of its own left, the expansion would be the bare type.
  const own = words.filter((word) => TYPE_ABBREVIATIONS[word] === undefined);
  if (!own.some((word) => word.length >= 3 && !/\d/.test(word) && !STOP_WORDS.has(word))) return '';
  return words.map((word) => TYPE_ABBREVIATIONS[word] ?? word).join(' ');
}

/** „Arbeitskreis Berufskollegs“ → „ak berufskollegs“: the opening type word abbreviated. */
function abbreviatedType(name: string): string {
  const [first, ...rest] = tokens(fold(name));
  const short = first === undefined ? undefined : ABBREVIATION_OF[first];
  return short === undefined || rest.length === 0 ? '' : [short, ...rest].join(' ');
}

/**
 * „Hildegard-von-Bingen-Berufskolleg Bruchhausen“ → „berufskolleg bruchhausen“: the hyphenated
 * compound's last part is the type, and a place (or another word) follows it. A name that is only
 * the compound („Carl-Benz-Berufskolleg“) keeps its honoured name: the type alone names no school.
 */
function withoutHonouredName(name: string): string {
  const parts = name.trim().split(/\s+/);
  const compound = parts.findIndex((part) => part.includes('-'));
  if (compound < 0 || compound === parts.length - 1) return '';
  const last = fold(parts[compound]!.split('-').pop() ?? '');
  if (!TYPE_WORD.test(last)) return '';
  return fold([last, ...parts.slice(compound + 1)].join(' '));
}
