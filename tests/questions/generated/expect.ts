/** Machine-checkable expectations on the text answer, and the three outcomes of a question. */
export type Alternatives = string | string[];

export interface Expectation {
  /** Each entry must occur (an array: any one of its forms). */
  mustInclude?: Alternatives[];
  /** Every entry must occur: a whole list (names of all members, all agenda items). */
  mustIncludeAll?: Alternatives[];
  /** The answer's first word ("Ja", "Nein", "Yes", "No"). */
  mustStartWith?: string[];
  /** None of these may occur (another chair, another institution's people, another date). */
  mustNotInclude?: string[];
}

export interface Question {
  kind: string;
  lang: 'de' | 'en';
  text: string;
  /** Questions asked before it in the same conversation (a follow-up's first turn). */
  before?: string[];
  /** The ISO date "today" the engine is asked on. */
  today: string;
  seed: number;
  /** Template key and how the wording was varied (plain, lower, ascii, typo). */
  template: string;
  variant: string;
  expect: Expectation;
}

export type Outcome = 'right' | 'unsure' | 'wrong';

/** Case, quotes, dashes, spaces, and the spellings of one name: Voß = Voss, Kühn = Kuehn. */
const normal = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/[„“”‚‘’«»"]/g, '"')
    .replace(/[‐‑–—]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase();

const forms = (alternatives: Alternatives) =>
  (Array.isArray(alternatives) ? alternatives : [alternatives]).map(normal);

const MONTHS_DE =
  'januar februar maerz april mai juni juli august september oktober november dezember';
const MONTHS_EN =
  'january february march april may june july august september october november december';

/**
 * The ways an answer may write the date a question writer wrote as 17.03.2027 or 2027-03-17: the
 * date is right however it is written (17.3.2027, 17. März 2027, 17 March 2027, 17 Mar 2027, March
 * 17, 2027), never a neighbouring one (1.8.2027 is not inside 11.8.2027).
 */
function dateForms(form: string): RegExp | undefined {
  const date = dateIn(form);
  if (!date) return undefined;
  const { day, month, year } = date;
  const de = MONTHS_DE.split(' ')[month - 1]!;
  const en = MONTHS_EN.split(' ')[month - 1]!;
  const dd = String(day).padStart(2, '0');
  const mm = String(month).padStart(2, '0');
  const written = [
    `0?${day}\\.0?${month}\\.${year}`,
    `0?${day}/0?${month}/${year}`,
    `${year}-${mm}-${dd}`,
    `0?${day}\\.? (?:${de}|${en}|${en.slice(0, 3)}\\.?) ${year}`,
    `(?:${en}|${en.slice(0, 3)}\\.?) 0?${day}(?:st|nd|rd|th)?,? ${year}`,
  ];
  return new RegExp(`(?<![\\d.])(?:${written.join('|')})(?!\\d)`, 'u');
}

/** The day a writer wrote in one of the forms above, if the whole entry is a date. */
function dateIn(form: string): { day: number; month: number; year: string } | undefined {
  const months = (name: string) => {
    const index = [...MONTHS_DE.split(' '), ...MONTHS_EN.split(' ')].findIndex(
      (month) => month === name || (name.length >= 3 && month.startsWith(name)),
    );
    return index < 0 ? 0 : (index % 12) + 1;
  };
  let match = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(form);
  let date = match && { day: Number(match[1]), month: Number(match[2]), year: match[3]! };
  match = date ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(form);
  if (match) date = { day: Number(match[3]), month: Number(match[2]), year: match[1]! };
  match = date ? null : /^(\d{1,2})\.? ([\p{L}]+)\.? (\d{4})$/u.exec(form);
  if (match) date = { day: Number(match[1]), month: months(match[2]!), year: match[3]! };
  match = date ? null : /^([\p{L}]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/u.exec(form);
  if (match) date = { day: Number(match[2]), month: months(match[1]!), year: match[3]! };
  if (!date || date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31) return undefined;
  return date;
}

const found = (text: string, form: string) => dateForms(form)?.test(text) ?? text.includes(form);

/** The failed expectations of an answer (empty: it meets them all). */
export function failures(expect: Expectation, answer: string): string[] {
  const text = normal(answer);
  const failed: string[] = [];
  for (const entry of [...(expect.mustInclude ?? []), ...(expect.mustIncludeAll ?? [])])
    if (!forms(entry).some((form) => found(text, form))) failed.push(`missing ${forms(entry)[0]}`);
  if (expect.mustStartWith) {
    const first = /^[^\p{L}]*(\p{L}+)/u.exec(text)?.[1] ?? '';
    if (!expect.mustStartWith.some((word) => normal(word) === first))
      failed.push(`does not start with ${expect.mustStartWith.join('/')}`);
  }
  for (const entry of expect.mustNotInclude ?? [])
    if (text.includes(normal(entry))) failed.push(`includes ${normal(entry)}`);
  return failed;
}
