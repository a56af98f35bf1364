import Holidays from 'date-holidays';

/**
 * Easter Sunday of a year (from date-holidays' calendar), as a local date. NRW's Easter school
 * holidays are the week before Easter and the week after it (2025–2027: Monday of Holy Week to
 * the Saturday after Easter Monday's week), so Easter tells "nach den Osterferien" on its own.
 */
const cache = new Map<number, string>();

export function easterSunday(year: number): string {
  let day = cache.get(year);
  if (!day) {
    const monday = new Holidays('DE')
      .getHolidays(year)
      .find((holiday) => /^easter 1$/.test(holiday.rule));
    // Easter Monday is the one rule every German calendar has; Sunday is the day before.
    const date = new Date(`${monday!.date.slice(0, 10)}T12:00:00Z`);
    date.setUTCDate(date.getUTCDate() - 1);
    day = date.toISOString().slice(0, 10);
    cache.set(year, day);
  }
  return day;
}
