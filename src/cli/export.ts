import fs from 'node:fs';
import { writeWorkbook } from '../directory/workbook';
import { countRecords } from '../directory/model';
import { formatCounts } from '../directory/problems';
import { directoryYaml } from '../directory/yaml-write';
import { AppError, ErrorCodes } from '../errors';
import { TableDirectoryRepository } from '../storage/table-directory-repository';
import { parseCommandArgs, usageError, withStore, type CliContext } from './context';

const EXPORT_FORMATS = ['yaml', 'xlsx'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

const isFormat = (value: string): value is ExportFormat =>
  (EXPORT_FORMATS as readonly string[]).includes(value);

/**
 * `kokobot export [--format yaml|xlsx] [--out FILE]`: the directory in storage as a file that
 * `kokobot import` takes again. YAML goes to stdout without --out; Excel never to a terminal.
 */
export async function exportCommand(args: string[], context: CliContext): Promise<number> {
  const { t } = context;
  const { values } = parseCommandArgs('export', args, context, {
    options: { format: { type: 'string', default: 'yaml' }, out: { type: 'string' } },
    positionals: 0,
  });
  const format = values.format;
  if (!isFormat(format)) throw usageError(t, 'usage.exportFormat', { format });
  if (format === 'xlsx' && !values.out && context.stdoutIsTTY)
    throw usageError(t, 'usage.xlsxNeedsOut');
  const snapshot = await withStore(context, (store) =>
    new TableDirectoryRepository({ store }).current(),
  );
  if (!snapshot) throw new AppError(ErrorCodes.DIRECTORY_MISSING, t('error.noDirectory'));
  const { directory, version } = snapshot;
  const file =
    format === 'xlsx'
      ? await writeWorkbook(directory)
      : Buffer.from(directoryYaml(directory), 'utf8');
  if (!values.out) {
    context.write(file);
    return 0;
  }
  await fs.promises.writeFile(values.out, file);
  const counts = formatCounts(countRecords(directory), context.language);
  context.out(t('export.wrote', { file: values.out, version, counts }));
  return 0;
}
