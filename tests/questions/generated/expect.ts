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

const normal = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[„“”‚‘’«»"]/g, '"')
    .replace(/[‐‑–—]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase();

const forms = (alternatives: Alternatives) =>
  (Array.isArray(alternatives) ? alternatives : [alternatives]).map(normal);

/** The failed expectations of an answer (empty: it meets them all). */
export function failures(expect: Expectation, answer: string): string[] {
  const text = normal(answer);
  const failed: string[] = [];
  for (const entry of [...(expect.mustInclude ?? []), ...(expect.mustIncludeAll ?? [])])
    if (!forms(entry).some((form) => text.includes(form)))
      failed.push(`missing ${forms(entry)[0]}`);
  if (expect.mustStartWith) {
    const first = /^[^\p{L}]*(\p{L}+)/u.exec(text)?.[1] ?? '';
    if (!expect.mustStartWith.some((word) => normal(word) === first))
      failed.push(`does not start with ${expect.mustStartWith.join('/')}`);
  }
  for (const entry of expect.mustNotInclude ?? [])
    if (text.includes(normal(entry))) failed.push(`includes ${normal(entry)}`);
  return failed;
}
