import { DateTime } from 'luxon';
import type { PeriodLabel } from '../understand/occasion';
import { formatDate, type ComposeContext } from './shared';

/**
 * A period as it is named inside a sentence: "am Montag, 1. März 2027", "im März 2028",
 * "im Frühjahr 2028", "im Schuljahr 2026/27", "im Jahr 2027" (and the English forms). `capital`
 * for the start of a sentence.
 */
export function periodPhrase(
  ctx: ComposeContext,
  label: PeriodLabel,
  options: { capital?: boolean } = {},
): string {
  const phrase = (() => {
    switch (label.type) {
      case 'day':
        return ctx.t('period.day', { date: formatDate(ctx, label.date) });
      case 'month':
        return ctx.t('period.month', {
          month: DateTime.fromObject({ year: label.year, month: label.month })
            .setLocale(ctx.language)
            .toFormat('MMMM'),
          year: label.year,
        });
      case 'season':
        return ctx.t(`period.season.${label.season}`, { year: label.year });
      case 'schoolYear':
        return ctx.t('period.schoolYear', {
          year: label.year,
          next: String((label.year + 1) % 100).padStart(2, '0'),
        });
      case 'year':
        return ctx.t('period.year', { year: label.year });
      case 'until':
        return ctx.t(label.summerHolidays ? 'period.until.summerHolidays' : 'period.until', {
          date: formatDate(ctx, label.date),
        });
      case 'span':
        return ctx.t('period.span', {
          from: formatDate(ctx, label.from),
          to: formatDate(ctx, label.to),
        });
      case 'fromToday':
        return ctx.t('period.fromToday');
      case 'after':
        return ctx.t('period.after', { date: formatDate(ctx, label.date) });
    }
  })();
  return options.capital ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase;
}
