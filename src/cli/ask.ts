import os from 'node:os';
import { createApp } from '../app';
import type { Config } from '../config';
import { readDirectoryFile } from '../directory/import';
import type { Directory } from '../directory/model';
import type { Logger } from '../logging';
import { MemoryTableStore } from '../storage/memory-table-store';
import { TableDirectoryRepository } from '../storage/table-directory-repository';
import { TABLES } from '../storage/tables';
import { readableText, type OutgoingActivity } from '../teams/reply';
import { parseCommandArgs, usageError, type CliContext } from './context';

/** The bot answered the CLI's question with an HTTP error. */
export class BotStatusError extends Error {
  constructor(readonly status: number) {
    super(`the bot answered HTTP ${status}`);
    this.name = 'BotStatusError';
  }
}

/** `--as` names no person of the directory, or several. */
export class AskerError extends Error {
  constructor(
    readonly who: string,
    readonly candidates: string[],
  ) {
    super(candidates.length ? 'the asker is ambiguous' : 'no such asker');
    this.name = 'AskerError';
  }
}

const folded = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** The person `--as` names: by id, else by e-mail, else by full name (case and accents aside). */
export function personFor(who: string, directory: Directory | undefined): string {
  const people = directory?.people ?? [];
  const byId = people.find((person) => person.id === who);
  if (byId) return byId.id;
  const wanted = folded(who);
  for (const key of ['email', 'name'] as const) {
    const found = people.filter((person) => folded(person[key] ?? '') === wanted);
    if (found.length === 1) return found[0]!.id;
    if (found.length > 1)
      throw new AskerError(
        who,
        found.map((person) => person.id),
      );
  }
  throw new AskerError(who, []);
}

export interface AskOptions {
  question: string;
  directoryFile?: string;
  locale?: string;
  conversationId?: string;
  /** Ask as this directory person (id, e-mail or full name), as if they wrote in Teams. */
  as?: string;
  logger: Logger;
  /** Fixed "now" (tests); the real clock otherwise. */
  clock?: () => Date;
}

/**
 * Sends one question through the real pipeline — restify, CloudAdapter, the bot — exactly as Teams
 * would, with deliveryMode "expectReplies" so the replies come back in the HTTP response.
 */
export async function ask(config: Config, options: AskOptions): Promise<OutgoingActivity[]> {
  let store: MemoryTableStore | undefined;
  let asker: string | undefined;
  if (options.directoryFile) {
    const directory = await readDirectoryFile(options.directoryFile);
    store = new MemoryTableStore();
    await store.ensureTable(TABLES.directory);
    await new TableDirectoryRepository({ store }).replace(directory);
  }
  const app = await createApp(config, {
    store,
    logger: options.logger,
    forceLocalMode: true,
    skipDirectoryBootstrap: !!store,
    clock: options.clock,
    cliAsker: () => asker,
  });
  try {
    if (options.as !== undefined)
      asker = personFor(options.as, (await app.directory.current())?.directory);
    const { url } = await app.listen({ port: 0, host: '127.0.0.1' });
    const user = os.userInfo().username;
    const activity = {
      type: 'message',
      id: `cli-${Date.now()}`,
      channelId: 'kokobot-cli',
      serviceUrl: 'http://127.0.0.1:9/unused',
      deliveryMode: 'expectReplies',
      timestamp: new Date().toISOString(),
      locale: options.locale,
      text: options.question,
      from: { id: `cli:${user}`, name: user },
      recipient: { id: 'kokobot', name: 'kokobot' },
      conversation: { id: options.conversationId ?? `cli:${user}`, conversationType: 'personal' },
    };
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    if (!response.ok) throw new BotStatusError(response.status);
    const body = (await response.json()) as { activities?: OutgoingActivity[] };
    return body.activities ?? [];
  } finally {
    await app.close();
  }
}

export { readableText };

/** `kokobot ask "QUESTION"`: the bot's answer as text, or the reply activities with --json. */
export async function askCommand(args: string[], context: CliContext): Promise<number> {
  const { positionals, values } = parseCommandArgs('ask', args, context, {
    options: {
      json: { type: 'boolean', default: false },
      directory: { type: 'string' },
      locale: { type: 'string' },
      conversation: { type: 'string' },
      as: { type: 'string' },
    },
    positionals: Infinity,
  });
  const question = positionals.join(' ').trim();
  if (!question) throw usageError(context.t, 'usage.needsQuestion');
  const activities = await ask(context.config(), {
    question,
    directoryFile: values.directory,
    locale: values.locale,
    conversationId: values.conversation,
    as: values.as,
    logger: context.logger,
  }).catch((error: unknown) => {
    if (!(error instanceof AskerError)) throw error;
    throw error.candidates.length
      ? usageError(context.t, 'error.ambiguousAsker', {
          who: error.who,
          ids: error.candidates.join(', '),
        })
      : usageError(context.t, 'error.unknownAsker', { who: error.who });
  });
  if (values.json) context.out(JSON.stringify(activities, null, 2));
  else context.out(activities.map(readableText).filter(Boolean).join('\n\n'));
  return 0;
}
