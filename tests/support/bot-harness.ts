import { randomUUID } from 'node:crypto';
import { createApp, type App, type AppOverrides } from '../../src/app';
import { parseConfig } from '../../src/config';
import { silentLogger } from '../../src/logging';
import { DEMO_DIRECTORY_FILE } from '../../src/paths';
import type { TableStore } from '../../src/storage/table-store';
import { ConnectorEmulator, type CaughtActivity } from './connector-emulator';
import { freshStore } from './azurite';

/**
 * The whole bot as Teams meets it: real restify on 127.0.0.1:0, the real CloudAdapter, a real
 * Azurite (own tables), and the connector emulator catching every reply.
 */
export interface BotHarness {
  app: App;
  url: string;
  connector: ConnectorEmulator;
  store: TableStore;
  send(activity: Partial<TeamsActivity>): Promise<Response>;
  message(text: string, options?: Partial<TeamsActivity>): Promise<Response>;
  /** The bot is installed in a personal chat (installationUpdate). */
  install(user: TeamsUser, conversationId: string): Promise<Response>;
  /** A message from `user` in their personal chat; resolves with the bot's reply there. */
  say(
    user: TeamsUser,
    conversationId: string,
    text: string,
    value?: unknown,
  ): Promise<CaughtActivity>;
  /** An Action.Execute press (adaptiveCard/action invoke) by `user` in their personal chat. */
  invoke(
    user: TeamsUser,
    conversationId: string,
    verb: string,
    data: Record<string, unknown>,
  ): Promise<Response>;
  close(): Promise<void>;
}

export interface TeamsUser {
  id: string;
  aadObjectId?: string;
  name?: string;
}

export interface TeamsActivity {
  type: string;
  id: string;
  channelId: string;
  serviceUrl: string;
  locale?: string;
  text?: string;
  from: TeamsUser;
  recipient: { id: string; name?: string };
  conversation: { id: string; conversationType?: string; tenantId?: string; isGroup?: boolean };
  channelData?: Record<string, unknown>;
  membersAdded?: { id: string }[];
  action?: string;
  value?: unknown;
  replyToId?: string;
  attachments?: unknown[];
  name?: string;
}

export const TENANT = '11111111-2222-4333-8444-555555555555';
export const BOT_ID = '28:kokobot-test';

export async function startBot(
  options: { env?: Record<string, string>; overrides?: AppOverrides; store?: TableStore } = {},
): Promise<BotHarness> {
  const connector = await new ConnectorEmulator().start();
  const store = options.store ?? (await freshStore());
  const config = parseConfig({ KOKOBOT_DIRECTORY: DEMO_DIRECTORY_FILE, ...options.env });
  const app = await createApp(config, { logger: silentLogger(), store, ...options.overrides });
  const { url } = await app.listen({ port: 0, host: '127.0.0.1' });

  const send = (activity: Partial<TeamsActivity>) =>
    fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });

  const message = (text: string, extra: Partial<TeamsActivity> = {}) =>
    send({
      type: 'message',
      id: randomUUID(),
      channelId: 'msteams',
      serviceUrl: connector.url,
      locale: 'de-DE',
      text,
      from: {
        id: '29:user-1',
        name: 'Test User',
        aadObjectId: '99999999-0000-4000-8000-000000000099',
      },
      recipient: { id: BOT_ID, name: 'kokobot' },
      conversation: { id: 'a:personal-1', conversationType: 'personal', tenantId: TENANT },
      channelData: { tenant: { id: TENANT } },
      ...extra,
    });

  const personal = (conversationId: string) => ({
    id: conversationId,
    conversationType: 'personal',
    tenantId: TENANT,
  });
  /** What every activity from `user` in their personal chat carries. */
  const inPersonalChat = (user: TeamsUser, conversationId: string) => ({
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: connector.url,
    locale: 'de-DE',
    from: user,
    recipient: { id: BOT_ID },
    conversation: personal(conversationId),
    channelData: { tenant: { id: TENANT } },
  });
  const install = (user: TeamsUser, conversationId: string) =>
    send({ type: 'installationUpdate', action: 'add', ...inPersonalChat(user, conversationId) });
  const say = async (user: TeamsUser, conversationId: string, text: string, value?: unknown) => {
    const before = connector.activities.length;
    const id = randomUUID();
    await message(text, { id, from: user, conversation: personal(conversationId), value });
    // The reply to this very message: a proactive send the schedule makes meanwhile (a status
    // card due on today's date, a reminder) lands in the same chat but replies to nothing.
    return connector.waitFor(
      (activity) =>
        connector.activities.indexOf(activity) >= before &&
        activity.conversationId === conversationId &&
        activity.method === 'POST' &&
        activity.body.replyToId === id,
    );
  };
  const invoke = (
    user: TeamsUser,
    conversationId: string,
    verb: string,
    data: Record<string, unknown>,
  ) =>
    send({
      type: 'invoke',
      name: 'adaptiveCard/action',
      ...inPersonalChat(user, conversationId),
      value: { action: { type: 'Action.Execute', verb, data } },
    });

  return {
    app,
    url,
    connector,
    store,
    send,
    message,
    install,
    say,
    invoke,
    close: async () => {
      await app.close();
      await connector.stop();
    },
  };
}
