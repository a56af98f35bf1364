import assert from 'node:assert/strict';
import http from 'node:http';
import { DateTime } from 'luxon';
import type { AddressInfo } from 'node:net';
import {
  ConfigurationBotFrameworkAuthentication,
  TurnContext,
  type Activity,
  type ConversationReference,
} from 'botbuilder';
import { ClaimsIdentity, type ConnectorClient } from 'botframework-connector';
import { activityUrl, withDirectReplies } from '../../src/teams/direct-replies';
import { readDirectoryFile } from '../../src/directory/import';
import { translator } from '../../src/i18n';
import { DEMO_DIRECTORY_FILE } from '../../src/paths';
import { compose } from '../../src/questions/compose';
import { DirectoryIndex } from '../../src/questions/directory-index';
import { understand } from '../../src/questions/understand';
import { toActivity } from '../../src/teams/reply';

const directory = readDirectoryFile(DEMO_DIRECTORY_FILE);

/** The reply kokobot composes for a question over the demo directory. */
function answerCard(question: string): Promise<Partial<Activity>> {
  return directory.then((loaded) => {
    const index = new DirectoryIndex('demo', loaded);
    const understood = understand(index, {
      text: question,
      fallbackLanguage: 'de',
      today: '2026-11-24',
    });
    const answer = compose(understood, {
      index,
      t: translator(understood.language),
      language: understood.language,
      now: DateTime.fromISO('2026-11-24T10:00', { zone: 'Europe/Berlin' }),
      question,
    });
    return toActivity(answer.reply);
  });
}

interface Caught {
  method: string;
  url: string;
  contentType?: string;
  accept?: string;
  conversationHeader?: string;
  userAgent?: string;
  authorization?: string;
  body: unknown;
}

/** A Bot Connector that records every request whole and answers what it is told to. */
async function startConnector(answer: () => { status: number; body: unknown }) {
  const caught: Caught[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      caught.push({
        method: req.method!,
        url: req.url!,
        contentType: req.headers['content-type'],
        accept: req.headers.accept,
        conversationHeader: req.headers['x-ms-conversation-id'] as string | undefined,
        userAgent: req.headers['user-agent'],
        authorization: req.headers.authorization,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'),
      });
      const { status, body } = answer();
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    caught,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Connector clients as the CloudAdapter gets them in local mode (no credentials). */
async function connectorClient(serviceUrl: string): Promise<ConnectorClient> {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    MicrosoftAppType: '',
    MicrosoftAppTenantId: '',
  });
  return auth.createConnectorFactory(new ClaimsIdentity([], 'anonymous')).create(serviceUrl, '');
}

const reference = (conversationId: string): Partial<ConversationReference> => ({
  activityId: 'f:1234567890;messageid=1700000000000',
  user: { id: '29:1user', name: 'Ada Müller', aadObjectId: '00000000-0000-4000-8000-000000000001' },
  bot: { id: '28:kokobot', name: 'kokobot' },
  conversation: {
    id: conversationId,
    conversationType: 'personal',
    tenantId: 'tenant-1',
    isGroup: false,
    name: '',
  },
  channelId: 'msteams',
  locale: 'de-DE',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
});

/** What kokobot replies: a card with its summary, a plain text, and an activity with every kind of field. */
const replies: [string, Partial<Activity> | Promise<Partial<Activity>>][] = [
  ['an answer card', answerCard('Wer leitet die Steuerungsgruppe?')],
  ['an ambiguous answer with candidates', answerCard('Wann tagt die AG?')],
  ['a plain text', toActivity({ kind: 'text', text: 'Speicher nicht erreichbar.\nBitte später.' })],
  [
    'dates, entities, suggested actions and channel data',
    {
      type: 'message',
      text: '',
      timestamp: new Date('2026-11-24T09:30:00.123Z'),
      entities: [
        { type: 'mention', text: '<at>Ada</at>', mentioned: { id: '29:1user', name: 'Ada' } },
      ],
      suggestedActions: {
        to: ['29:1user'],
        actions: [{ type: 'imBack', title: 'Ja', value: 'ja' }],
      },
      channelData: { notification: { alert: true }, nested: { list: [1, null, 'x'] } },
      attachmentLayout: 'carousel',
      inputHint: 'acceptingInput',
    },
  ],
];

const conversationIds = [
  'a:1Xy-Z_9abc==',
  '19:abc123@thread.tacv2;messageid=1700000000000',
  'a:ümlaut äöü ß/and?query#hash',
];

describe('direct replies (botframework-connector requests without the mapper serializer)', () => {
  for (const [what, reply] of replies) {
    it(`when kokobot replies with ${what}, then the connector gets exactly the library's request and both return the id`, async () => {
      let counter = 0;
      const connector = await startConnector(() => ({
        status: 200,
        body: { id: `r${++counter}` },
      }));
      try {
        for (const conversationId of conversationIds) {
          const activity = TurnContext.applyConversationReference(
            { ...(await reply) },
            reference(conversationId),
          );
          for (const base of [
            `${connector.url}/`,
            `${connector.url}/emea/`,
            `${connector.url}/emea`,
          ]) {
            const library = await connectorClient(base);
            const direct = withDirectReplies(await connectorClient(base));
            const before = connector.caught.length;
            const libraryResult = await library.conversations.replyToActivity(
              conversationId,
              activity.replyToId!,
              activity,
            );
            const directResult = await direct.conversations.replyToActivity(
              conversationId,
              activity.replyToId!,
              activity,
            );
            const [sentByLibrary, sentDirectly] = connector.caught.slice(before);
            assert.deepEqual(sentDirectly, sentByLibrary, `${conversationId} at ${base}`);
            assert.equal(sentDirectly!.method, 'POST');
            assert.match(sentDirectly!.url, /\/v3\/conversations\/[^/]+\/activities\/[^/]+$/);
            assert.deepEqual(
              { id: directResult.id },
              { id: `r${Number(libraryResult.id!.slice(1)) + 1}` },
            );
          }
        }
      } finally {
        await connector.close();
      }
    });
  }

  it('when the connector refuses a reply, then both fail alike: a RestError with its status and code', async () => {
    const connector = await startConnector(() => ({
      status: 403,
      body: {
        error: {
          code: 'BotNotInConversationRoster',
          message: 'The bot is not part of the conversation roster.',
        },
      },
    }));
    try {
      const outcome = async (client: ConnectorClient) =>
        client.conversations.replyToActivity('a:1', '1', { type: 'message', text: 'x' }).then(
          () => assert.fail('expected a refusal'),
          (error: { name: string; statusCode?: number; code?: string; message: string }) => ({
            name: error.name,
            statusCode: error.statusCode,
            code: error.code,
            message: error.message,
          }),
        );
      const library = await outcome(await connectorClient(connector.url));
      const direct = await outcome(withDirectReplies(await connectorClient(connector.url)));
      assert.deepEqual(direct, library);
      assert.equal(direct.statusCode, 403);
      assert.equal(direct.name, 'RestError');
    } finally {
      await connector.close();
    }
  });

  it('when the reply path is built, then segments are encoded and a base path is kept', () => {
    assert.equal(
      activityUrl('https://smba.trafficmanager.net/emea/', '19:a@thread.tacv2;messageid=1', 'f:1'),
      'https://smba.trafficmanager.net/emea/v3/conversations/19%3Aa%40thread.tacv2%3Bmessageid%3D1/activities/f%3A1',
    );
  });
});
