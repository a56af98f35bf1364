import { DateTime } from 'luxon';
import { WEEKDAYS } from '../../language/dates-in-text';

/*
 * Days and weeks named relative to today: „morgen“, „übermorgen“, „gestern“, „am Freitag“,
 * „letzten Montag“, "this Friday", "tomorrow", „in drei Tagen“; „in zwei Wochen“, „übernächste
 * Woche“, "in two weeks" (the week that day falls in). Folded text (lower case, umlauts as ae/oe/ue)
 * in, ISO dates out. Pure.
 */

const WEEKDAY = new RegExp(
  `\\b(?:(am|diesen|kommenden|naechsten|letzten|vergangenen|this|next|coming|last|on) )?(${Object.keys(WEEKDAYS).join('|')})\\b`,
);

const NUMBERS: Record<string, number> = {
  ein: 1,
  eine: 1,
  einer: 1,
  einem: 1,
  a: 1,
  an: 1,
  one: 1,
  zwei: 2,
  two: 2,
  drei: 3,
  three: 3,
  vier: 4,
  four: 4,
  fuenf: 5,
  five: 5,
  sechs: 6,
  six: 6,
  sieben: 7,
  seven: 7,
  acht: 8,
  eight: 8,
};

const amount = (word: string) => NUMBERS[word] ?? (/^\d{1,2}$/.test(word) ? Number(word) : 0);

const SAME_DAY: [RegExp, number][] = [
  [/\b(uebermorgen|the day after tomorrow)\b/, 2],
  [/\b(vorgestern|the day before yesterday)\b/, -2],
  [/(?<!guten )\bmorgen\b(?! (frueh|vormittag|nachmittag|abend))|\btomorrow\b/, 1],
  [/\bgestern\b|\byesterday\b/, -1],
];

/** A day named relative to today, or undefined. `past`: the question looks back. */
export function relativeDay(folded: string, today: string, past: boolean): string | undefined {
  const base = DateTime.fromISO(today);
  for (const [pattern, days] of SAME_DAY)
    if (pattern.test(folded)) return base.plus({ days }).toISODate()!;
  const inDays = folded.match(/\bin (\w+) (tag|tagen|day|days)\b/);
  if (inDays && amount(inDays[1]!)) return base.plus({ days: amount(inDays[1]!) }).toISODate()!;
  const weekday = WEEKDAY.exec(folded);
  if (!weekday) return undefined;
  const wanted = WEEKDAYS[weekday[2]!]!;
  const back = past || /^(letzten|vergangenen|last)$/.test(weekday[1] ?? '');
  const step = back ? -1 : 1;
  let day = base.plus({ days: step });
  while (day.weekday !== wanted) day = day.plus({ days: step });
  return day.toISODate()!;
}

/** The week „in zwei Wochen“, „übernächste Woche“, "in two weeks", "the week after next" falls in. */
export function weeksAhead(
  folded: string,
  today: string,
): { from: string; to: string } | undefined {
  const inWeeks = folded.match(/\b(?:in|heute in) (\w+) (woche|wochen|week|weeks)\b/);
  const ahead = /\b(uebernaechste[nrsm]? woche|the week after next)\b/.test(folded)
    ? 2
    : /\b(in a fortnight|in vierzehn tagen|in 14 tagen)\b/.test(folded)
      ? 2
      : inWeeks
        ? amount(inWeeks[1]!)
        : 0;
  if (!ahead) return undefined;
  const start = DateTime.fromISO(today).plus({ weeks: ahead }).startOf('week');
  return { from: start.toISODate()!, to: start.endOf('week').toISODate()! };
}
