import Holidays from 'date-holidays';
import { DateTime } from 'luxon';

/** Public holidays of a German state (date-holidays), as local dates, cached per state and year. */
const cache = new Map<string, Set<string>>();

export function publicHolidays(state: string, year: number): Set<string> {
  const key = `${state}|${year}`;
  let days = cache.get(key);
  if (!days) {
    const holidays = new Holidays('DE', state);
    days = new Set(
      holidays
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    cache.set(key, days);
  }
  return days;
}

export function isWorkingDay(date: DateTime, state: string): boolean {
  if (date.weekday >= 6) return false;
  return !publicHolidays(state, date.year).has(date.toISODate()!);
}

/** The day itself when it is a working day, else the working day before it. */
export function workingDayOnOrBefore(date: DateTime, state: string): DateTime {
  let day = date;
  for (let guard = 0; guard < 14 && !isWorkingDay(day, state); guard += 1)
    day = day.minus({ days: 1 });
  return day;
}
