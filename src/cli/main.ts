import fs from 'node:fs';
import '../warnings';
import { parseArgs } from 'node:util';
import { resolveStore } from '../app';
import { loadConfig } from '../config';
import { importDirectoryFile, readDirectoryFile } from '../directory/import';
import { countRecords } from '../directory/model';
import { AppError, ErrorCodes, isAppError } from '../errors';
import { createLogger } from '../logging';
import { TableDirectoryRepository } from '../storage/table-directory-repository';
import { TABLES } from '../storage/tables';
import { ask, readableText } from './ask';
import { formatPlan, planLines } from './reminders-plan';
import { planAhead } from '../reminders/reminder-service';
import { TableConversationRepository } from '../storage/table-conversation-repository';
import { TableOutboxRepository } from '../storage/table-outbox-repository';
import { TableStatusRepository } from '../storage/table-status-repository';
import { DirectoryService } from '../directory/directory-service';
import { MeetingChangeRepository } from '../reminders/meeting-changes';
import { exportReport, REPORT_FORMATS, type ReportFormat } from '../status/report-export';
import { ZwischenbilanzService } from '../status/zwischenbilanz';

const USAGE = `kokobot — who does what, when, with whom, why

Usage:
  kokobot validate FILE             check a directory file; every problem with its place
  kokobot import FILE               validate, then replace the directory in table storage
  kokobot ask "QUESTION" [--json] [--directory FILE] [--locale en-US]
                                    ask the bot as a Teams user would, print its answer
  kokobot reminders plan [--meeting ID] [--json]
                                    the planned reminders: meeting, recipient, channel, due time, state
  kokobot report [--meeting ID] [--body ID] [--field ID] [--format md|csv|xlsx] [--out FILE]
                                    the Zwischenbilanz of a meeting's status round (default: Markdown
                                    to stdout; the current rounds when no meeting is given)
  kokobot help                      this text

Storage is the one the configuration names (TABLES_CONNECTION_STRING, TABLES_ACCOUNT_URL),
else the embedded Azurite under KOKOBOT_DATA_DIR (shared with a running service).`;

const out = (line: string) => process.stdout.write(`${line}\n`);
const err = (line: string) => process.stderr.write(`${line}\n`);

function summary(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([section, count]) => `${count} ${section}`)
    .join(', ');
}

export async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const logger = createLogger({ level: 'warn', toStderr: true });
  switch (command) {
    case 'validate': {
      const { positionals } = parseArgs({ args: rest, allowPositionals: true, options: {} });
      const file = positionals[0];
      if (!file) throw new AppError(ErrorCodes.USAGE, 'validate needs a FILE');
      const directory = await readDirectoryFile(file);
      out(`OK: ${file} is valid (${summary(countRecords(directory))}).`);
      return 0;
    }
    case 'import': {
      const { positionals } = parseArgs({ args: rest, allowPositionals: true, options: {} });
      const file = positionals[0];
      if (!file) throw new AppError(ErrorCodes.USAGE, 'import needs a FILE');
      // Validate before touching storage: an invalid file must not even start Azurite.
      await readDirectoryFile(file);
      const config = loadConfig();
      const { store, embedded } = await resolveStore(config);
      try {
        for (const table of Object.values(TABLES)) await store.ensureTable(table);
        const result = await importDirectoryFile(file, new TableDirectoryRepository({ store }));
        out(`Imported ${file} as version ${result.version} (${summary(result.counts)}).`);
      } finally {
        await embedded?.stop();
      }
      return 0;
    }
    case 'ask': {
      const { positionals, values } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          json: { type: 'boolean', default: false },
          directory: { type: 'string' },
          locale: { type: 'string' },
          conversation: { type: 'string' },
        },
      });
      const question = positionals.join(' ');
      const config = loadConfig();
      const activities = await ask(config, {
        question,
        directoryFile: values.directory,
        locale: values.locale,
        conversationId: values.conversation,
        logger,
      });
      if (values.json) out(JSON.stringify(activities, null, 2));
      else out(activities.map(readableText).filter(Boolean).join('\n\n'));
      return 0;
    }
    case 'reminders': {
      const { positionals, values } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { meeting: { type: 'string' }, json: { type: 'boolean', default: false } },
      });
      if (positionals[0] !== 'plan')
        throw new AppError(ErrorCodes.USAGE, 'reminders needs a subcommand: plan');
      const config = loadConfig();
      const { store, embedded } = await resolveStore(config);
      try {
        for (const table of Object.values(TABLES)) await store.ensureTable(table);
        const repository = new TableDirectoryRepository({ store });
        const snapshot = await repository.current();
        if (!snapshot)
          throw new AppError(
            ErrorCodes.DIRECTORY_MISSING,
            'No directory has been imported yet (kokobot import FILE).',
          );
        const outbox = new TableOutboxRepository(store);
        const { planned } = planAhead({ directory: snapshot.directory, now: new Date() });
        if (values.meeting && !planned.some((entry) => entry.meetingId === values.meeting)) {
          const known = snapshot.directory.meetings.some(
            (meeting) => meeting.id === values.meeting,
          );
          throw new AppError(
            ErrorCodes.USAGE,
            known
              ? `meeting "${values.meeting}" has no reminders ahead`
              : `no meeting "${values.meeting}" in the directory`,
          );
        }
        const lines = await planLines({
          directory: snapshot.directory,
          planned,
          outbox: await outbox.all(),
          conversations: new TableConversationRepository({ store }),
          meetingId: values.meeting,
        });
        out(values.json ? JSON.stringify(lines, null, 2) : formatPlan(lines));
      } finally {
        await embedded?.stop();
      }
      return 0;
    }
    case 'report': {
      const { values } = parseArgs({
        args: rest,
        allowPositionals: false,
        options: {
          meeting: { type: 'string' },
          body: { type: 'string' },
          field: { type: 'string' },
          format: { type: 'string', default: 'md' },
          out: { type: 'string' },
        },
      });
      const format = values.format as ReportFormat;
      if (!(REPORT_FORMATS as readonly string[]).includes(format))
        throw new AppError(
          ErrorCodes.USAGE,
          `--format must be one of ${REPORT_FORMATS.join(', ')}, not "${values.format}"`,
        );
      if (format === 'xlsx' && !values.out && process.stdout.isTTY)
        throw new AppError(ErrorCodes.USAGE, 'an Excel file needs --out FILE (or a redirect)');
      const config = loadConfig();
      const { store, embedded } = await resolveStore(config);
      try {
        for (const table of Object.values(TABLES)) await store.ensureTable(table);
        const directory = new DirectoryService({
          repository: new TableDirectoryRepository({ store }),
        });
        const reports = new ZwischenbilanzService({
          directory,
          statuses: new TableStatusRepository(store),
          changes: () => new MeetingChangeRepository(store).list(),
        });
        const outcome = await reports.build(
          { meetingId: values.meeting, bodyId: values.body, fieldId: values.field },
          'de',
        );
        if (outcome.kind === 'no-directory')
          throw new AppError(
            ErrorCodes.DIRECTORY_MISSING,
            'No directory has been imported yet (kokobot import FILE).',
          );
        if (outcome.kind === 'unknown-meeting')
          throw new AppError(ErrorCodes.USAGE, `no meeting "${outcome.id}" in the directory`);
        const { result } = outcome;
        const known = (section: 'bodies' | 'fields', id?: string) =>
          !id || result.directory[section].some((record) => record.id === id);
        if (!known('bodies', values.body))
          throw new AppError(ErrorCodes.USAGE, `no body "${values.body}" in the directory`);
        if (!known('fields', values.field))
          throw new AppError(ErrorCodes.USAGE, `no field "${values.field}" in the directory`);
        const file = await exportReport(result.report, {
          title: `${result.scopeName}, ${result.subtitle}`,
          format,
          timeZone: result.directory.organisation.timezone,
        });
        if (values.out) {
          await fs.promises.writeFile(values.out, file);
          err(`wrote ${values.out} (${file.length} bytes)`);
        } else {
          process.stdout.write(file);
        }
      } finally {
        await embedded?.stop();
      }
      return 0;
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      out(USAGE);
      return command === undefined ? 1 : 0;
    default:
      throw new AppError(ErrorCodes.USAGE, `unknown command "${command}"`);
  }
}

/** The CLI's entry: runs `argv` and exits with its code. Called by bin/kokobot.js however that is started. */
export function main(argv: string[]): void {
  run(argv).then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (isAppError(error)) {
        err(error.code === ErrorCodes.USAGE ? `${error.message}\n\n${USAGE}` : error.message);
        for (const detail of error.details) err(`  ${detail}`);
      } else if ((error as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS')) {
        err(`${(error as Error).message}\n\n${USAGE}`);
      } else {
        err(`kokobot: ${(error as Error)?.message ?? String(error)}`);
      }
      process.exit(1);
    },
  );
}
