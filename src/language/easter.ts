import type HolidaysType from 'date-holidays';

/**
 * Easter Sunday of a year (from date-holidays' calendar), as a local date. NRW's Easter school
 * holidays are the week before Easter and the week after it (2025–2027: Monday of Holy Week to
 * the Saturday after Easter week), so Easter tells "nach den Osterferien" on its own.
 *
 * date-holidays is loaded only when a question names Easter: it holds every country's calendar,
 * and answering questions otherwise does without it (see "Speed" in the README).
 */
const cache = new Map<number, string>();

export function easterSunday(year: number): string {
  let day = cache.get(year);
  if (!day) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Holidays = require('date-holidays') as typeof HolidaysType;
    const monday = new Holidays('DE')
      .getHolidays(year)
      .find((holiday) => holiday.rule === 'easter 1');
    // Easter Monday is in every German calendar; Easter Sunday is the day before.
    const date = new Date(`${monday!.date.slice(0, 10)}T12:00:00Z`);
    date.setUTCDate(date.getUTCDate() - 1);
    day = date.toISOString().slice(0, 10);
    cache.set(year, day);
  }
  return day;
}
