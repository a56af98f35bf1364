import fs from 'node:fs';
import { DirectoryService } from '../directory/directory-service';
import { TableMeetingChangeRepository } from '../storage/table-meeting-change-repository';
import { exportReport, REPORT_FORMATS, type ReportFormat } from '../reports/report-export';
import { ZwischenbilanzService } from '../reports/zwischenbilanz';
import { AppError, ErrorCodes } from '../errors';
import { TableDirectoryRepository } from '../storage/table-directory-repository';
import { TableStatusRepository } from '../storage/table-status-repository';
import { parseCommandArgs, usageError, withStore, type CliContext } from './context';

const isFormat = (value: string): value is ReportFormat =>
  (REPORT_FORMATS as readonly string[]).includes(value);

/** `kokobot report`: the Zwischenbilanz as Markdown, CSV or Excel. */
export async function reportCommand(args: string[], context: CliContext): Promise<number> {
  const { t } = context;
  const { values } = parseCommandArgs('report', args, context, {
    options: {
      meeting: { type: 'string' },
      body: { type: 'string' },
      field: { type: 'string' },
      format: { type: 'string', default: 'md' },
      out: { type: 'string' },
    },
    positionals: 0,
  });
  const format = values.format;
  if (!isFormat(format)) throw usageError(t, 'usage.format', { format });
  if (format === 'xlsx' && !values.out && context.stdoutIsTTY)
    throw usageError(t, 'usage.xlsxNeedsOut');
  const file = await withStore(context, async (store) => {
    const directory = new DirectoryService({
      repository: new TableDirectoryRepository({ store }),
    });
    const reports = new ZwischenbilanzService({
      directory,
      statuses: new TableStatusRepository(store),
      changes: () => new TableMeetingChangeRepository(store).list(),
    });
    const outcome = await reports.build(
      { meetingId: values.meeting, bodyId: values.body, fieldId: values.field },
      context.language,
    );
    if (outcome.kind === 'no-directory')
      throw new AppError(ErrorCodes.DIRECTORY_MISSING, t('error.noDirectory'));
    if (outcome.kind === 'unknown-meeting')
      throw usageError(t, 'error.unknownMeeting', { id: outcome.id });
    const { result } = outcome;
    const known = (section: 'bodies' | 'fields', id?: string) =>
      !id || result.directory[section].some((record) => record.id === id);
    if (!known('bodies', values.body))
      throw usageError(t, 'error.unknownBody', { id: values.body ?? '' });
    if (!known('fields', values.field))
      throw usageError(t, 'error.unknownField', { id: values.field ?? '' });
    return exportReport(result.report, {
      title: `${result.scopeName}, ${result.subtitle}`,
      format,
      timeZone: result.directory.organisation.timezone,
    });
  });
  if (values.out) {
    await fs.promises.writeFile(values.out, file);
    context.err(t('report.wrote', { file: values.out, bytes: file.length }));
  } else {
    context.write(file);
  }
  return 0;
}
