import type { Config } from '../config';
import { CalendarLinks } from '../http/calendar';
import { ReportLinks } from '../reports/report-links';
import { translator, type Language } from '../i18n';
import { REPORT_FORMATS } from '../reports/report-export';
import type { ReportScope } from '../reports/zwischenbilanz';
import type { UrlAction } from '../teams/cards/card-data';
import type { Repositories } from './storage';

export interface Links {
  calendar: CalendarLinks;
  reports: ReportLinks;
  /** The download buttons of a Zwischenbilanz, one per format that has a link. */
  reportDownloads(scope: ReportScope, language: Language): UrlAction[];
}

/**
 * Signed links the bot hands out (.ics, report downloads). They point at KOKOBOT_PUBLIC_URL, else
 * (local mode) at where the server listens, which is known only once it does.
 */
export async function wireLinks(options: {
  config: Config;
  repositories: Repositories;
  listenUrl: () => string | undefined;
  clock?: () => Date;
}): Promise<Links> {
  const { config, repositories } = options;
  const baseUrl = () =>
    config.publicUrl ?? (config.credentials.mode === 'local' ? options.listenUrl() : undefined);
  const calendar = new CalendarLinks({
    secret: await repositories.settings.sharedSecret('calendar-links'),
    baseUrl,
  });
  const reports = new ReportLinks({
    secret: await repositories.settings.sharedSecret('report-links'),
    baseUrl,
    clock: options.clock,
  });
  return {
    calendar,
    reports,
    reportDownloads: (scope, language) =>
      REPORT_FORMATS.flatMap((format) => {
        const url = reports.urlFor(scope, format);
        return url ? [{ title: translator(language)(`report.download.${format}`), url }] : [];
      }),
  };
}
