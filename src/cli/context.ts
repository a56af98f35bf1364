import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { resolveStore } from '../app';
import type { Config } from '../config';
import { AppError, ErrorCodes } from '../errors';
import type { CliMessageKey, CliTranslate } from '../i18n/cli';
import type { Language } from '../i18n/index';
import type { Logger } from '../logging';
import type { TableStore } from '../storage/table-store';
import { TABLES } from '../storage/tables';

/** What every command gets from the dispatcher: the operator's language, output, configuration. */
export interface CliContext {
  language: Language;
  t: CliTranslate;
  out: (line: string) => void;
  err: (line: string) => void;
  /** Raw bytes to stdout (reports). */
  write: (data: string | Uint8Array) => void;
  stdoutIsTTY: boolean;
  logger: Logger;
  /** Read when a command needs it, so `help` and `validate` work with any environment. */
  config: () => Config;
}

export type Command = (args: string[], context: CliContext) => Promise<number>;

/** A mistake in how kokobot was called: told in one sentence, exit code 2. */
export function usageError(t: CliTranslate, key: CliMessageKey, params?: Record<string, string>) {
  return new AppError(ErrorCodes.USAGE, t(key, params));
}

/**
 * node:util's parseArgs with its refusals told in the operator's language, naming the option or
 * argument, and at most `positionals` arguments.
 */
export function parseCommandArgs<T extends ParseArgsOptionsConfig>(
  command: string,
  args: string[],
  context: CliContext,
  spec: { options: T; positionals: number },
) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: spec.options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    const named = /'(-[^' ]*)/.exec((error as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw usageError(context.t, 'usage.unknownOption', { option: named, command });
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw usageError(context.t, 'usage.missingValue', { option: named.split(/[ ,]/)[0]! });
    throw error;
  }
  const extra = parsed.positionals[spec.positionals];
  if (extra !== undefined)
    throw usageError(context.t, 'usage.unexpectedArgument', { argument: extra, command });
  return parsed;
}

/** Runs `work` against the configured storage (its tables ensured), stopping embedded storage after. */
export async function withStore<T>(
  context: CliContext,
  work: (store: TableStore) => Promise<T>,
): Promise<T> {
  const { store, embedded } = await resolveStore(context.config());
  try {
    for (const table of Object.values(TABLES)) await store.ensureTable(table);
    return await work(store);
  } finally {
    await embedded?.stop();
  }
}
