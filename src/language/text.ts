import type { Language } from '../i18n';
import { Memo } from '../memo';

// The package ships ESM types only; its CommonJS build is what runs here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { stemmer: germanStem } = require('@orama/stemmers/german') as {
  stemmer: (word: string) => string;
};

/**
 * Text normalisation shared by the index and the questions, so both sides fold the same way:
 * lower case, umlauts and ß folded (Müller = Mueller, Straße = Strasse), other diacritics dropped,
 * punctuation removed except inside ids and dates (Z2.1, 15.01.2027).
 */
export function fold(text: string): string {
  return folds.get(text, () => foldNow(text));
}

/** Every feature folds the same message: once is enough. */
const folds = new Memo<string>(5_000);

function foldNow(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z])\.(?=[a-z]\.)/g, '$1') // G.I.B. -> gib.
    .replace(/([a-z])\.(?=[a-z]\b)/g, '$1')
    .replace(/(\d)\.(?=\d)/g, '$1\u00b7') // keep dots inside numbers
    .replace(/[^a-z0-9\u00b7\s]+/g, ' ')
    .replace(/\u00b7/g, '.')
    .replace(/\s+/g, ' ')
    .trim();
}

export function tokens(folded: string): string[] {
  return folded.split(' ').filter(Boolean);
}

const stems = new Memo<string>(50_000);

/** German Snowball stem of a folded token (also fine for the English loan words in names). */
export function stem(token: string): string {
  if (/\d/.test(token) || token.length <= 3) return token;
  return stems.get(token, () => germanStem(token));
}

/** Function words that never name anything (both languages), folded. */
export const STOP_WORDS = new Set(
  (
    'der die das des dem den ein eine einer eines einem einen und oder mit von vom zu zum zur im in ins am an auf aus bei beim fuer ueber unter nach vor bis ' +
    'ist sind war waren wird werden wurde wurden hat haben hatte sein seine ihre ihr ihren ihrem ihn er sie es wir ich mir mich mein meine meinen meiner uns ' +
    'dort da hier denn doch noch schon mal bitte gerne gern auch nur so wie was wer wen wem wessen wann wo woher wohin warum wieso weshalb wozu welche welcher welches welchen welchem ' +
    'kannst koennen koennten koenntest sie du mir sagen sag sagt gibt geben gab man dieses diese dieser diesem diesen jahr jetzt aktuell gerade momentan derzeit heute ' +
    'frau herr herrn hr fr dr prof und nicht sich ' +
    // "Welche Sitzungen finden am 15.11. statt?": never a typo of "Stadt".
    'findet finden fand fanden statt stattfinden ' +
    // "Wo genau ist die Sitzung?": an adverb, never part of a name ("Passgenaue …").
    'genau eigentlich ungefaehr etwa ' +
    'the a an of to in on at for by with from about and or is are was were be been does do did has have had who whom whose what when where why which how ' +
    'can could would please tell me my i you your it its they them their this that these those there here now currently year next not'
  ).split(' '),
);

export const GERMAN_MARKERS: ReadonlySet<string> = new Set(
  (
    'wer wen wem was wann wo warum wieso weshalb wozu welche welcher welches welchen der die das des dem den ist sind und mit hat macht tagt naechste naechsten naechstes ' +
    'bis zum zur ich meine mich mir gibt es ein eine nicht sie er im am beim vom leitet sitzt arbeitet zusammen ziele ziel sitzung sitzungen wird werden wurde wurden ' +
    'termine tagesordnung vorsitz zustaendig verantwortlich ansprechpartner vertritt gremien kommende stehen steht auf bitte sagen koennen faellig erreicht gefaehrdet ' +
    'verzoegert kuemmert sich noch schon alle'
  ).split(' '),
);
export const ENGLISH_MARKERS: ReadonlySet<string> = new Set(
  (
    'who whom what when where why which the is are does do and with has next of for my meet meets meeting meetings chairs chair chairing work works goals goal ' +
    'due whose how committee committees please about any upcoming person people contact tell me joke sits sit on office agency group groups members member ' +
    'institutions organisations organizations responsible charge deputy stands point discuss happening head should be reached in it its they their there ' +
    'will going show list all our me need want know partners phone number reach call agenda room held located ' +
    'reason purpose s'
  ).split(' '),
);

/**
 * The question's language from its words; undefined when it gives no signal (fragments, names).
 * A lone "s" is the English possessive ("UniverCity's partners?" folds to "univercity s partners").
 */
export function detectLanguage(folded: string): Language | undefined {
  let german = 0;
  let english = 0;
  for (const token of tokens(folded)) {
    if (GERMAN_MARKERS.has(token)) german += 1;
    if (ENGLISH_MARKERS.has(token)) english += 1;
  }
  if (german > english) return 'de';
  if (english > german) return 'en';
  return undefined;
}
