import { readDirectoryFile } from '../directory/import';
import { countRecords } from '../directory/model';
import { formatCounts } from '../directory/problems';
import { parseCommandArgs, usageError, type CliContext } from './context';

/** `kokobot validate FILE`: every problem with its line; exit code 1 if there is any. */
export async function validateCommand(args: string[], context: CliContext): Promise<number> {
  const { positionals } = parseCommandArgs('validate', args, context, {
    options: {},
    positionals: 1,
  });
  const file = positionals[0];
  if (!file) throw usageError(context.t, 'usage.needsFile', { command: 'validate' });
  const directory = await readDirectoryFile(file);
  const counts = formatCounts(countRecords(directory), context.language);
  context.out(context.t('validate.ok', { file, counts }));
  return 0;
}
