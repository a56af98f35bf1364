import { DateTime } from 'luxon';

/**
 * Dates named in (folded) text, both languages: month names, a named day, a date limit. Shared by
 * the questions ("bis Ende 2027"), reminder preferences ("weg bis 24.12.") and answers to offers.
 */
/** Weekday names, German and English (folded), to ISO weekday numbers (Monday 1). */
export const WEEKDAYS: Record<string, number> = {
  montag: 1,
  dienstag: 2,
  mittwoch: 3,
  donnerstag: 4,
  freitag: 5,
  samstag: 6,
  sonnabend: 6,
  sonntag: 7,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

export const MONTHS: Record<string, number> = {
  januar: 1,
  jan: 1,
  january: 1,
  februar: 2,
  feb: 2,
  february: 2,
  maerz: 3,
  mar: 3,
  march: 3,
  april: 4,
  apr: 4,
  mai: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  dezember: 12,
  dez: 12,
  december: 12,
  dec: 12,
};

/**
 * A named day: 2027-03-31, 31.03.2027, 31.3. (this year; with `rollForward` the next such day when it
 * has passed), "1. November 2027", "March 29 2027". Not "Z2.1" or "Ziel 1.2"'s number.
 */
export function parseDay(
  folded: string,
  today: string,
  options: { rollForward?: boolean } = {},
): string | undefined {
  const iso = folded.match(/\b(\d{4})-(\d{2})-(\d{2})\b/);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const german = folded.match(/(?<![a-z\d.])(\d{1,2})\.(\d{1,2})(?:\.(\d{2,4}))?(?![\d.])/);
  if (german) {
    let year = german[3] ? Number(german[3]) : Number(today.slice(0, 4));
    if (year < 100) year += 2000;
    const candidate = validDate(year, Number(german[2]), Number(german[1]));
    if (candidate && options.rollForward && !german[3] && candidate < today) {
      return validDate(year + 1, Number(german[2]), Number(german[1]));
    }
    return candidate;
  }
  const named =
    folded.match(/\b(\d{1,2})\.? ([a-z]+) (\d{4})\b/) ??
    folded.match(/\b([a-z]+) (\d{1,2}) (\d{4})\b/);
  if (named) {
    const [day, month] = MONTHS[named[2]!] ? [named[1], named[2]] : [named[2], named[1]];
    const monthNumber = MONTHS[month!];
    if (monthNumber) return validDate(Number(named[3]), monthNumber, Number(day));
  }
  return undefined;
}

/**
 * A date limit in the question ("bis 30.06.2027", "vor Ende 2027", "before June 2027",
 * "by 2027-03-31"), as an ISO date, relative to `today` (ISO) where the year is missing.
 */
export function detectDateLimit(folded: string, today: string): string | undefined {
  if (
    !/\b(bis|vor|before|until|by|ende|end|spaetestens|innerhalb|within|faellig|due|in the next|naechsten|im|in)\b/.test(
      folded,
    )
  )
    return undefined;
  const day = parseDay(folded, today, { rollForward: true });
  if (day) return day;
  const now = DateTime.fromISO(today);
  const monthYear = folded.match(/\b([a-z]+) (\d{4})\b/);
  if (monthYear && MONTHS[monthYear[1]!]) {
    return (
      DateTime.fromObject({ year: Number(monthYear[2]), month: MONTHS[monthYear[1]!] })
        .endOf('month')
        .toISODate() ?? undefined
    );
  }
  const months = folded.match(
    /\b(?:next|naechsten|kommenden|in the next|innerhalb der naechsten)\s+(\d+|zwei|drei|vier|sechs|zwoelf|two|three|four|six|twelve)\s+(monaten|monate|months)\b/,
  );
  if (months) {
    const words: Record<string, number> = {
      zwei: 2,
      drei: 3,
      vier: 4,
      sechs: 6,
      zwoelf: 12,
      two: 2,
      three: 3,
      four: 4,
      six: 6,
      twelve: 12,
    };
    const count = Number(months[1]) || words[months[1]!] || 6;
    return now.plus({ months: count }).toISODate() ?? undefined;
  }
  if (/\b(naechsten jahres|naechstes jahr|next year|kommenden jahres)\b/.test(folded))
    return `${now.year + 1}-12-31`;
  if (/\b(dieses jahr|diesen jahres|this year|des jahres|laufenden jahres)\b/.test(folded))
    return `${now.year}-12-31`;
  const half = folded.match(
    /\b(ersten|first|zweiten|second)\s+(halbjahr|half(?: of)?)\s+(20\d{2})\b/,
  );
  if (half) return /ersten|first/.test(half[1]!) ? `${half[3]}-06-30` : `${half[3]}-12-31`;
  const year = folded.match(/\b(20\d{2})\b/);
  if (year) {
    const half = /\b(mitte|mid|halbjahr|sommer|summer)\b/.test(folded);
    return half ? `${year[1]}-06-30` : `${year[1]}-12-31`;
  }
  return undefined;
}

function validDate(year: number, month: number, day: number): string | undefined {
  const date = DateTime.fromObject({ year, month, day });
  return date.isValid ? (date.toISODate() ?? undefined) : undefined;
}
