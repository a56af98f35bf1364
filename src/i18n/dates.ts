import { DateTime } from 'luxon';
import { Memo } from '../memo';
import type { Language } from './index';

/** "Mittwoch, 9. Dezember 2026" / "Wednesday, 9 December 2026" — one wording for every message. */
export function longDate(date: DateTime, language: Language): string {
  return longDates.get(`${language}|${date.zoneName}|${date.toMillis()}`, () =>
    date
      .setLocale(language)
      .toFormat(language === 'de' ? 'EEEE, d. MMMM yyyy' : 'EEEE, d MMMM yyyy'),
  );
}

/** "9.12.2026" / "9 Dec 2026" for an ISO date. */
export function shortDate(isoDate: string, language: Language): string {
  return shortDates.get(`${language}|${isoDate}`, () =>
    DateTime.fromISO(isoDate)
      .setLocale(language)
      .toFormat(language === 'de' ? 'd.M.yyyy' : 'd MMM yyyy'),
  );
}

/** "31. Juli 2028" / "31 July 2028" for an ISO date: a date written out in a sentence. */
export function dayDate(isoDate: string, language: Language): string {
  return shortDates.get(`day|${language}|${isoDate}`, () =>
    DateTime.fromISO(isoDate)
      .setLocale(language)
      .toFormat(language === 'de' ? 'd. MMMM yyyy' : 'd MMMM yyyy'),
  );
}

// Formatting with luxon is costly, and answers name the same few dates over and over.
const longDates = new Memo<string>(5_000);
const shortDates = new Memo<string>(5_000);
