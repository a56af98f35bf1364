import { createHash } from 'node:crypto';
import os from 'node:os';
/**
 * The one adapter to the engine: everything the evaluator needs from src/ is imported here, so a
 * restructure of src/ changes only these import lines. It does what `kokobot ask` does (see
 * src/cli/ask.ts): the directory goes into an in-memory store, the real app is created in local
 * mode with a fixed clock, and each question is POSTed to /api/messages with deliveryMode
 * "expectReplies"; the answer is the replies' readable text joined as the CLI prints it. Unlike
 * `ask()`, one app serves all questions of a directory (creating an app per question costs
 * seconds over hundreds of questions); every question gets a fresh conversation.
 *
 * A question is asked as a stranger (what `kokobot ask` is: nobody in the directory), or as a
 * directory person: then it comes from Teams (channel msteams, an AAD object id) and the app links
 * the user to the person by e-mail, as the real bot does with the member's e-mail from Teams
 * (src/teams/conversation-capture.ts, src/conversations/link.ts; any tenant may link in local mode).
 */
import { createApp, type App } from '../../../src/app';
import { parseConfig } from '../../../src/config';
import { parseDirectory } from '../../../src/directory/parse';
import type { Directory } from '../../../src/directory/model';
import { silentLogger } from '../../../src/logging';
import { MemoryTableStore } from '../../../src/storage/memory-table-store';
import { TableDirectoryRepository } from '../../../src/storage/table-directory-repository';
import { TABLES } from '../../../src/storage/tables';
import { readableText, type OutgoingActivity } from '../../../src/teams/reply';
import { de } from '../../../src/i18n/de';
import { en } from '../../../src/i18n/en';
import type { StatusUpdate } from '../../../src/status/submission';

/** The bot's message catalogues (to tell "nothing found" and "did you mean" replies apart). */
export const CATALOGUES: Record<string, string>[] = [de, en];

export type { Directory };

/** The directory parser the CLI uses (`readDirectoryFile` reads the file, then calls this). */
export function parseDirectoryText(
  text: string,
): { ok: true; directory: Directory } | { ok: false; errors: string[] } {
  const result = parseDirectory(text);
  return result.ok ? result : { ok: false, errors: result.errors };
}

export interface AskOptions {
  locale?: string;
  /** The directory person asking, by the e-mail Teams reports for them; a stranger without. */
  asEmail?: string;
  /** Asked first in the same conversation, answers ignored (the turns before a follow-up). */
  before?: string[];
}

export interface Asker {
  ask(question: string, options?: AskOptions): Promise<string>;
  close(): Promise<void>;
}

/** A fixed AAD object id per asking e-mail (the same person is linked once, then by that id). */
function aadObjectIdFor(email: string): string {
  const hex = createHash('sha256').update(email.toLowerCase()).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A goal owner's last status report, stored as a status card would store it. */
export interface ReportedStatus {
  goalId: string;
  author: string;
  status: StatusUpdate['status'];
  progress: number;
}

/** An engine for one directory whose clock stands still at `now`, with the goals' reported status. */
export async function openAsker(
  directory: Directory,
  now: Date,
  statuses: ReportedStatus[] = [],
): Promise<Asker> {
  const store = new MemoryTableStore();
  await store.ensureTable(TABLES.directory);
  // Teams' member look-up, answered from the e-mail each directory asker was given.
  const emailOfUser = new Map<string, string>();
  await new TableDirectoryRepository({ store }).replace(directory);
  const app: App = await createApp(parseConfig({}), {
    store,
    logger: silentLogger(),
    forceLocalMode: true,
    skipDirectoryBootstrap: true,
    clock: () => now,
    lookupMember: async (_context, userId) => ({ email: emailOfUser.get(userId) }),
  });
  for (const status of statuses) {
    const { version } = await app.statuses.latest(status.goalId);
    await app.statuses.save(
      {
        ...status,
        roundId: 'generated',
        at: new Date(now.getTime() - 7 * 86_400_000).toISOString(),
        happened: '',
        nextSteps: '',
        supportNeeded: false,
        supportText: '',
      },
      { idempotencyKey: `generated-${status.goalId}`, expectedVersion: version },
    );
  }
  const { url } = await app.listen({ port: 0, host: '127.0.0.1' });
  const user = os.userInfo().username;
  let counter = 0;
  let sent = 0;
  return {
    async ask(question, { locale, asEmail, before = [] } = {}) {
      counter += 1;
      const conversation = `eval-${counter}`;
      for (const earlier of before) await send(earlier, { locale, asEmail }, conversation);
      return send(question, { locale, asEmail }, conversation);
    },
    close: () => app.close(),
  };

  async function send(
    question: string,
    { locale, asEmail }: AskOptions,
    conversation: string,
  ): Promise<string> {
    sent += 1;
    {
      const from = asEmail
        ? { id: `29:${asEmail}`, name: asEmail, aadObjectId: aadObjectIdFor(asEmail) }
        : { id: `cli:${user}`, name: user };
      if (asEmail) emailOfUser.set(from.id, asEmail);
      const activity = {
        type: 'message',
        id: `cli-${sent}`,
        channelId: asEmail ? 'msteams' : 'kokobot-cli',
        serviceUrl: 'http://127.0.0.1:9/unused',
        deliveryMode: 'expectReplies',
        timestamp: now.toISOString(),
        locale,
        text: question,
        from,
        recipient: { id: 'kokobot', name: 'kokobot' },
        conversation: { id: conversation, conversationType: 'personal' },
      };
      const response = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      if (!response.ok) return `HTTP ${response.status}`;
      const body = (await response.json()) as { activities?: OutgoingActivity[] };
      return (body.activities ?? []).map(readableText).filter(Boolean).join('\n\n');
    }
  }
}
