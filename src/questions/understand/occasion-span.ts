import { weeksAhead } from './relative-days';
import { DateTime } from 'luxon';
import { MONTHS } from '../../language/dates-in-text';

/**
 * Spans of meetings a question asks about beyond one month or season: "bis zum Sommer", "vor den
 * Sommerferien", "until June", and whether it asks how many ("Wie oft trifft sich …?", "how many
 * meetings …"). Pure: from folded text and today's ISO date.
 */

/** "Wie oft", "wie viele Sitzungen", "how many meetings", "how often", "Anzahl der Sitzungen". */
const COUNT =
  /\b(wie oft|wie haeufig|wie viele (sitzungen|treffen|termine|male?|tagungen)|wie viele mal|wievielmal|anzahl (der )?(sitzungen|treffen|termine)|how often|how many (meetings|sessions|times|dates)|number of (meetings|sessions))\b/;

export function asksHowMany(folded: string): boolean {
  return COUNT.test(folded);
}

/** From today up to a day ("bis zum Sommer": the day before summer begins). */
export interface Until {
  from: string;
  to: string;
  /** The summer holidays are not in the directory: counted to the end of June, and said so. */
  summerHolidays?: boolean;
}

const UNTIL_SEASON: [RegExp, number][] = [
  [/\b(fruehjahr|fruehling|spring)\b/, 3],
  [/\b(sommer|summer)\b/, 6],
  [/\b(herbst|autumn|fall)\b/, 9],
  [/\b(winter)\b/, 12],
];

const UNTIL =
  /\b(?:bis|vor|until|till|before|by)(?: zum| zur| zu den| den| dem| the)?(?: ende| end of)? ([a-z]+)(?: (holidays?|break|vacation))?(?: (20\d{2}))?\b/;

/**
 * "bis zum Sommer", "bis zu den Sommerferien", "vor den Sommerferien", "before the summer
 * holidays", "bis Ende März", "until June": from today to that point, or undefined.
 */
export function untilAsked(folded: string, today: string): Until | undefined {
  const now = DateTime.fromISO(today);
  // "bis Jahresende", "bis Ende des Jahres", "until the end of the year", "bis Schuljahresende".
  if (
    /\b(bis|until|till|before|by) (zum |zu )?(jahresende|ende des jahres|the end of the year|year end|end of year)\b/.test(
      folded,
    )
  )
    return { from: today, to: now.endOf('year').toISODate()! };
  if (
    /\b(bis|until|till|before|by) (zum |zu )?(schuljahresende|ende des schuljahres|the end of the school year)\b/.test(
      folded,
    )
  ) {
    const end = DateTime.fromObject({
      year: now.month >= 8 ? now.year + 1 : now.year,
      month: 7,
      day: 31,
    });
    return { from: today, to: end.toISODate()! };
  }
  const match = folded.match(UNTIL);
  if (!match) return undefined;
  const word = match[1]!;
  const year = match[3] ? Number(match[3]) : undefined;
  const next = (date: DateTime) => (date < now && !year ? date.plus({ years: 1 }) : date);
  if (/^(sommerferien|sommerpause)$/.test(word) || (word === 'summer' && match[2])) {
    const end = next(DateTime.fromObject({ year: year ?? now.year, month: 6, day: 30 }));
    return { from: today, to: end.toISODate()!, summerHolidays: true };
  }
  const month = MONTHS[word];
  if (month && word.length >= 3 && word !== 'may') {
    const end = next(DateTime.fromObject({ year: year ?? now.year, month }).endOf('month'));
    return { from: today, to: end.toISODate()! };
  }
  for (const [pattern, first] of UNTIL_SEASON) {
    if (!pattern.test(word)) continue;
    const start = next(DateTime.fromObject({ year: year ?? now.year, month: first, day: 1 }));
    return { from: today, to: start.minus({ days: 1 }).toISODate()! };
  }
  return undefined;
}

/** "zum dritten Mal", "for the third time": the position among the coming meetings. */
const NTH_TIME =
  /\b(?:zum|das|for the|the) (zweiten|dritten|vierten|fuenften|second|third|fourth|fifth) (mal|male|time)\b/;
const TIME_NUMBERS: Record<string, number> = {
  zweiten: 2,
  dritten: 3,
  vierten: 4,
  fuenften: 5,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
};

export function nthTimeAsked(folded: string): number | undefined {
  const match = folded.match(NTH_TIME);
  return match ? TIME_NUMBERS[match[1]!] : undefined;
}

/** "diese Woche", "nächste Woche", "diesen Monat", "nächsten Monat", "this week", "next month". */
export function relativeSpan(
  folded: string,
  today: string,
): { from: string; to: string; week: boolean } | undefined {
  const match = folded.match(
    /\b(diese[nrsm]?|naechste[nrsm]?|kommende[nrsm]?|this|next|coming) (woche|week|monat|month)\b/,
  );
  if (!match) {
    const later = weeksAhead(folded, today);
    return later && { ...later, week: true };
  }
  const unit = /^(woche|week)$/.test(match[2]!) ? 'week' : 'month';
  const ahead = /^(naechste|kommende|next|coming)/.test(match[1]!) ? 1 : 0;
  const start = DateTime.fromISO(today)
    .startOf(unit)
    .plus({ [`${unit}s`]: ahead });
  const end = start.endOf(unit);
  return { from: start.toISODate()!, to: end.toISODate()!, week: unit === 'week' };
}
