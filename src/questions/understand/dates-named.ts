import { DateTime } from 'luxon';
import { MONTHS, parseDay } from '../../language/dates-in-text';
import type { PeriodLabel } from './occasion';
import { relativeDay } from './relative-days';

/*
 * A day or a month named in a question, without a year or with one, placed on the side of today
 * the question looks to (ahead, or back when it is in the past tense). Pure.
 */

export function dayNamed(folded: string, today: string, past: boolean): string | undefined {
  // Folding turns "2028-07-21" into "2028 07 21".
  const iso = folded.match(/\b(20\d{2}) (\d{2}) (\d{2})\b/);
  if (iso) {
    const date = DateTime.fromObject({ year: +iso[1]!, month: +iso[2]!, day: +iso[3]! });
    if (date.isValid) return date.toISODate()!;
  }
  const day = parseDay(folded, today, { rollForward: !past }) ?? relativeDay(folded, today, past);
  if (day) return day;
  // "am 17. März" / "on March 17" / "17 March" without a year.
  const candidates = [
    ...[...folded.matchAll(/\b(\d{1,2})\.? ([a-z]+)\b(?! \d)/g)].map((m) => [m[1]!, m[2]!]),
    ...[...folded.matchAll(/\b([a-z]+) (\d{1,2})\b(?!\.?\d)/g)].map((m) => [m[2]!, m[1]!]),
  ];
  for (const [dayText, monthText] of candidates) {
    const month = MONTHS[monthText!];
    const dayNumber = Number(dayText);
    if (!month || monthText!.length < 3 || !(dayNumber >= 1 && dayNumber <= 31)) continue;
    if (!monthWord(folded, monthText!)) continue;
    const date = nearestYear(today, past, (year) =>
      DateTime.fromObject({ year, month, day: dayNumber }).toISODate(),
    );
    if (date) return date;
  }
  return undefined;
}

/** The short forms of month names, of which "jan" is also a given name ("Jan Brinkmann"). */
const SHORT = /^(jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dez|dec)$/;

/**
 * "may" is a month only as "in May", "May 2027", "May 12" (not "May I …"); a short form only
 * beside a number or after "im", "ab", "bis", "seit", "in", "from", "until" ("Jan Brinkmann").
 */
export function monthWord(folded: string, word: string): boolean {
  if (word !== 'may' && !SHORT.test(word)) return true;
  const prefix = word === 'may' ? 'in|im|of|during' : 'in|im|ab|bis|seit|from|until|since|of';
  return (
    new RegExp(`\\b(${prefix}) ${word}\\b|\\b${word}\\.? \\d`).test(folded) ||
    new RegExp(`\\d\\.? ${word}\\b`).test(folded)
  );
}

export function monthNamed(
  folded: string,
  today: string,
  past: boolean,
): { from: string; to: string; label: PeriodLabel } | undefined {
  for (const match of folded.matchAll(/\b([a-z]+)(?: (20\d{2}))?\b/g)) {
    const month = MONTHS[match[1]!];
    if (!month || match[1]!.length < 3 || !monthWord(folded, match[1]!)) continue;
    const year = match[2]
      ? Number(match[2])
      : Number(
          nearestYear(
            today,
            past,
            (candidate) => `${candidate}-${String(month).padStart(2, '0')}-15`,
            {
              wholeMonth: true,
            },
          )!.slice(0, 4),
        );
    const start = DateTime.fromObject({ year, month, day: 1 });
    return {
      from: start.toISODate()!,
      to: start.endOf('month').toISODate()!,
      label: { type: 'month', year, month, ...(match[2] ? {} : { implied: true as const }) },
    };
  }
  return undefined;
}

/**
 * The year for a day or month named without one: this year's, unless it lies on the wrong side of
 * today (then next year's, or last year's when the question looks back).
 */
function nearestYear(
  today: string,
  past: boolean,
  dateIn: (year: number) => string | null,
  options: { wholeMonth?: boolean } = {},
): string | undefined {
  const year = Number(today.slice(0, 4));
  const date = dateIn(year);
  if (!date) return undefined;
  const sameMonth = options.wholeMonth && date.slice(0, 7) === today.slice(0, 7);
  if (sameMonth) return date;
  if (!past && date < today) return dateIn(year + 1) ?? undefined;
  if (past && date > today) return dateIn(year - 1) ?? undefined;
  return date;
}

/** The day of a date written with a month name ("ab 1. August", "on August 1"), not a number of a name. */
export function dayOfDate(words: string[], position: number): boolean {
  const word = words[position]!;
  if (!/^\d{1,2}(st|nd|rd|th)?$/.test(word)) return false;
  const month = (at: number) => words[at] !== undefined && MONTHS[words[at]!] !== undefined;
  return month(position + 1) || month(position - 1);
}
