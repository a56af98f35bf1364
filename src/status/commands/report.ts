import { translator, type Language } from '../../i18n';
import type { UrlAction } from '../../teams/cards/card-data';
import type { MessageInput } from '../../teams/message-handler';
import type { Reply } from '../../teams/reply';
import { reportCard } from '../../reports/report-card';
import { REPORT_FORMATS, type ReportFormat } from '../../reports/report-export';
import type { ReportScope } from '../../reports/zwischenbilanz';
import { member, scopeOf, type StatusCommandOptions } from './shared';

const FORMAT =
  /(?:^|\s)(?:als|as|im|in)?\s*(?:(csv)|(excel|xlsx)|(markdown|md))(?:[-\s]?(?:datei|file|export))?$/;

/** "Zwischenbilanz [für SG] [als CSV]": the report card, or the links to its files. */
export async function report(
  options: StatusCommandOptions,
  input: MessageInput,
  rest: string,
): Promise<Reply> {
  const access = await member(options, input);
  if ('kind' in access) return access;
  const { directory, t } = access;
  const formatMatch = rest.match(FORMAT);
  const format: ReportFormat | undefined = formatMatch
    ? formatMatch[1]
      ? 'csv'
      : formatMatch[2]
        ? 'xlsx'
        : 'md'
    : undefined;
  const scope = await scopeOf(
    options,
    directory,
    formatMatch ? rest.slice(0, formatMatch.index).trim() : rest,
  );
  if ('unknown' in scope)
    return { kind: 'text', text: t('report.unknownScope', { name: scope.unknown }) };
  const outcome = await options.reports.build(scope, input.language);
  if (outcome.kind === 'no-directory') return { kind: 'text', text: t('error.noDirectory') };
  if (outcome.kind === 'unknown-meeting')
    return { kind: 'text', text: t('report.unknownMeeting', { id: outcome.id }) };
  const links = reportLinks(options, scope, input.language);
  if (format) {
    const link = links.find((candidate) => candidate.format === format);
    if (!link) return { kind: 'text', text: t('report.noFiles') };
    return reportCard({
      result: outcome.result,
      language: input.language,
      links: [link],
      lead: t('report.files'),
    });
  }
  return reportCard({ result: outcome.result, language: input.language, links });
}

function reportLinks(
  options: StatusCommandOptions,
  scope: ReportScope,
  language: Language,
): (UrlAction & { format: ReportFormat })[] {
  const t = translator(language);
  if (!options.links) return [];
  return REPORT_FORMATS.flatMap((format) => {
    const url = options.links!.urlFor(scope, format);
    return url ? [{ format, title: t(`report.download.${format}`), url }] : [];
  });
}
