import { DateTime } from 'luxon';
import type { Language } from './index';

/** "Mittwoch, 9. Dezember 2026" / "Wednesday, 9 December 2026" — one wording for every message. */
export function longDate(date: DateTime, language: Language): string {
  return date
    .setLocale(language)
    .toFormat(language === 'de' ? 'EEEE, d. MMMM yyyy' : 'EEEE, d MMMM yyyy');
}

/** "9.12.2026" / "9 Dec 2026" for an ISO date. */
export function shortDate(isoDate: string, language: Language): string {
  return DateTime.fromISO(isoDate)
    .setLocale(language)
    .toFormat(language === 'de' ? 'd.M.yyyy' : 'd MMM yyyy');
}
