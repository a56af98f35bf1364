import { importDirectoryFile, readDirectoryFile } from '../directory/import';
import { formatCounts } from '../directory/problems';
import { TableDirectoryAudit } from '../storage/table-directory-audit';
import { TableDirectoryRepository } from '../storage/table-directory-repository';
import { parseCommandArgs, usageError, withStore, type CliContext } from './context';

/** `kokobot import FILE`: validate, then replace the directory in storage. */
export async function importCommand(args: string[], context: CliContext): Promise<number> {
  const { positionals } = parseCommandArgs('import', args, context, {
    options: {},
    positionals: 1,
  });
  const file = positionals[0];
  if (!file) throw usageError(context.t, 'usage.needsFile', { command: 'import' });
  // Validate before touching storage: an invalid file must not even start Azurite.
  await readDirectoryFile(file);
  const result = await withStore(context, (store) =>
    importDirectoryFile(file, new TableDirectoryRepository({ store }), {
      log: new TableDirectoryAudit(store),
      source: 'cli',
    }),
  );
  const counts = formatCounts(result.counts, context.language);
  context.out(context.t('import.ok', { file, version: result.version, counts }));
  return 0;
}
