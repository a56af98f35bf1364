import '../warnings';
import { loadConfig, operatorLanguage } from '../config';
import { describeRefusal, DirectoryFileError } from '../directory/problems';
import { ErrorCodes, isAppError } from '../errors';
import { cliTranslator } from '../i18n/cli';
import { createLogger } from '../logging';
import { askCommand, BotStatusError } from './ask';
import { usageError, type CliContext, type Command } from './context';
import { exportCommand } from './export';
import { importCommand } from './import';
import { remindersCommand } from './reminders';
import { reportCommand } from './report';
import { validateCommand } from './validate';

/** The `kokobot` commands; each lives in its own file and gets the same context. */
const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  import: importCommand,
  export: exportCommand,
  ask: askCommand,
  reminders: remindersCommand,
  report: reportCommand,
};

const HELP = new Set(['help', '--help', '-h']);

/** Exit codes: 0 done, 1 the work failed (an invalid file, storage), 2 kokobot was called wrongly. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
}

function contextOf(io: CliIo): CliContext {
  const language = operatorLanguage();
  return {
    language,
    t: cliTranslator(language),
    out: (line) => io.stdout.write(`${line}\n`),
    err: (line) => io.stderr.write(`${line}\n`),
    write: (data) => io.stdout.write(data),
    stdoutIsTTY: !!io.stdout.isTTY,
    logger: createLogger({ level: 'warn', toStderr: true }),
    config: loadConfig,
  };
}

/** Tells an error the way its reader needs it: no stack trace, the exit code it deserves. */
function report(error: unknown, command: string, context: CliContext): number {
  if (error instanceof DirectoryFileError) {
    const action = command === 'import' ? 'import' : 'validate';
    for (const line of describeRefusal(error, { language: context.language, action }))
      context.err(line);
    return EXIT.failed;
  }
  if (isAppError(error, ErrorCodes.USAGE)) {
    context.err(error.message);
    context.err(context.t('usage.hint'));
    return EXIT.usage;
  }
  if (isAppError(error)) {
    context.err(error.message);
    for (const detail of error.details) context.err(`  ${detail}`);
    return EXIT.failed;
  }
  if (error instanceof BotStatusError) {
    context.err(context.t('error.botStatus', { status: error.status }));
    return EXIT.failed;
  }
  const name = error instanceof Error ? error.message : String(error);
  context.err(context.t('error.unexpected', { name }));
  return EXIT.failed;
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const context = contextOf(io);
  const [command, ...rest] = argv;
  if (command === undefined) {
    context.err(context.t('usage'));
    return EXIT.usage;
  }
  if (HELP.has(command) || rest.some((arg) => arg === '--help' || arg === '-h')) {
    context.out(context.t('usage'));
    return EXIT.ok;
  }
  try {
    const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!handler)
      throw command.startsWith('-')
        ? usageError(context.t, 'usage.unknownGlobalOption', { option: command })
        : usageError(context.t, 'usage.unknownCommand', { command });
    return await handler(rest, context);
  } catch (error) {
    return report(error, command, context);
  }
}

/** The CLI's entry: runs `argv` and exits with its code. Called by bin/kokobot.js however that is started. */
export function main(argv: string[]): void {
  // Pipes and files are written synchronously on Linux, so exiting right away loses no output.
  void run(argv, { stdout: process.stdout, stderr: process.stderr }).then((code) =>
    process.exit(code),
  );
}
