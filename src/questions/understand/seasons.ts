import { DateTime } from 'luxon';
import { easterSunday } from '../../language/easter';
import type { PeriodLabel, Season } from './occasion';

/*
 * Seasons, half years and school holidays named in a question („im Frühjahr“, „nach den
 * Osterferien“, „in der zweiten Jahreshälfte“, „nach den Sommerferien“), as spans of days. Pure.
 */

const SEASONS: [RegExp, Season, number, number][] = [
  [
    /\b(nach den sommerferien|nach der sommerpause|after the summer (holidays|holiday|break|vacation))\b/,
    'afterSummerHolidays',
    8,
    9,
  ],
  // From the Sunday after Easter week to the end of June (see easterSunday).
  [
    /\b(nach (den )?osterferien|nach ostern|after (the )?easter( holidays?| break| vacation)?)\b/,
    'afterEasterHolidays',
    0,
    6,
  ],
  [/\b(fruehjahr|fruehjahrs|fruehling|fruehlings|spring)\b/, 'spring', 3, 5],
  [/\b(sommer|sommers|summer)\b(?! (holidays?|break|vacation))/, 'summer', 6, 8],
  [/\b(herbst|herbsts|herbstes|autumn|fall)\b(?! (holidays?|break))/, 'autumn', 9, 11],
  [/\b(winter|winters)\b(?! (holidays?|break))/, 'winter', 12, 14],
];

export function seasonNamed(
  folded: string,
  today: string,
  past: boolean,
): { from: string; to: string; label: PeriodLabel } | undefined {
  for (const [pattern, season, first, last] of SEASONS) {
    if (!pattern.test(folded)) continue;
    const named = folded.match(/\b(20\d{2})\b/);
    const span = (year: number) => {
      const start =
        season === 'afterEasterHolidays'
          ? DateTime.fromISO(easterSunday(year)).plus({ days: 7 })
          : DateTime.fromObject({ year, month: first, day: 1 });
      if (season === 'afterEasterHolidays')
        return { from: start.toISODate()!, to: `${year}-0${last}-30` };
      const end = start.plus({ months: last - first }).endOf('month');
      return { from: start.toISODate()!, to: end.toISODate()! };
    };
    let year = named ? Number(named[1]) : Number(today.slice(0, 4));
    if (!named) {
      // The season under way or the next one; looking back, the one under way or the last one.
      if (!past && span(year).to < today) year += 1;
      if (past && span(year).from > today) year -= 1;
    }
    return { ...span(year), label: { type: 'season', year, season } };
  }
  return undefined;
}

/** "nach den Sommerferien", "im neuen Schuljahr": the first day of the coming school year. */
export function afterTheSummer(folded: string, today: string, current: number): string | undefined {
  if (
    !/\b(nach den sommerferien|nach der sommerpause|after the summer (holidays?|break|vacation)|(im|ab dem|zum) neuen schuljahr|(in|from) the new school ?year)\b/.test(
      folded,
    )
  )
    return undefined;
  const start = `${current + 1}-08-01`;
  return start > today ? start : undefined;
}

/** "in der zweiten Jahreshälfte", "im ersten Halbjahr 2027", "in the second half of 2027". */
export function halfAsked(folded: string): 1 | 2 | undefined {
  const match = folded.match(
    /\b(erste[nrsm]?|zweite[nrsm]?|1|2|first|second) (jahreshaelfte|halbjahr\w*|schulhalbjahr\w*|haelfte|half)\b/,
  );
  if (!match) return undefined;
  return /^(erste|1|first)/.test(match[1]!) ? 1 : 2;
}
