import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import sinon from 'sinon';
import { TableConversationRepository } from '../../src/storage/table-conversation-repository';
import { BOT_ID, startBot, TENANT, type BotHarness } from '../support/bot-harness';
import {
  blockInternet,
  ChannelIdentity,
  jose,
  LocalCredentialsFactory,
  OUTGOING_TOKEN,
  strangerKey,
  type TokenOptions,
} from '../support/channel-identity';
import { textOf } from '../support/connector-emulator';
import { rowCounts } from '../support/table-rows';

// jmueller is linked to the directory by her AAD object id: no member look-up is needed.
const APP_ID = '6d3c3a4e-0000-4000-8000-00000000b07a';
const JMUELLER = { id: '29:jm', aadObjectId: '00000000-0000-4000-8000-000000000002' };

describe('authentication: every POST /api/messages carries a Bot Framework token (local OpenID metadata and JWKS)', () => {
  let identity: ChannelIdentity;
  let internet: ReturnType<typeof blockInternet>;
  let bot: BotHarness;

  before(async () => {
    internet = blockInternet();
    identity = await new ChannelIdentity({ appId: APP_ID }).start();
  });
  after(async () => {
    internet.restore();
    await identity.stop();
  });

  async function start(appType: 'SingleTenant' | 'MultiTenant' = 'SingleTenant') {
    const credentials = {
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'unused-client-secret',
      MicrosoftAppType: appType,
      ...(appType === 'SingleTenant' ? { MicrosoftAppTenantId: TENANT } : {}),
    };
    bot = await startBot({
      env: credentials,
      overrides: {
        authOptions: identity.authOptions(),
        credentialsFactory: new LocalCredentialsFactory(credentials),
      },
    });
    assert.equal(bot.app.config.credentials.mode, 'authenticated');
  }
  afterEach(async () => {
    sinon.restore();
    await bot?.close();
  });

  const activity = (serviceUrl: string, extra: Record<string, unknown> = {}) => ({
    type: 'message',
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl,
    locale: 'de-DE',
    text: 'hilfe',
    from: JMUELLER,
    recipient: { id: BOT_ID, name: 'kokobot' },
    conversation: { id: 'a:auth-personal', conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    ...extra,
  });
  const post = (body: unknown, authorization?: string) =>
    fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(authorization === undefined ? {} : { authorization }),
      },
      body: JSON.stringify(body),
    });
  const bearer = async (options?: TokenOptions) =>
    `Bearer ${await identity.token(bot.connector.url, options)}`;
  const storedConversations = () =>
    new TableConversationRepository({ store: bot.store }).listForUser(TENANT, JMUELLER.aadObjectId);

  for (const appType of ['SingleTenant', 'MultiTenant'] as const) {
    it(`when the Bot Connector's token is valid (${appType}), then the bot answers through the connector with its own token and keeps the conversation`, async () => {
      await start(appType);
      const response = await post(activity(bot.connector.url), await bearer());
      assert.equal(response.status, 200);
      const reply = await bot.connector.waitFor((a) => a.conversationId === 'a:auth-personal');
      assert.match(textOf(reply), /beantwortet Fragen/);
      assert.equal(reply.authorization, `Bearer ${OUTGOING_TOKEN}`, 'outgoing calls are signed');
      assert.equal((await storedConversations()).length, 1);
      assert.ok(identity.requests.includes('/v1/.well-known/openidconfiguration'));
      assert.ok(identity.requests.includes('/v1/.well-known/keys'));
      assert.deepEqual(internet.lookups, [], 'nothing was looked up on the internet');
    });
  }

  it('when a card is pressed with a valid token, then the invoke is answered in the HTTP response', async () => {
    await start();
    const response = await post(
      activity(bot.connector.url, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        text: undefined,
        value: { action: { type: 'Action.Execute', verb: 'no-such-verb', data: {} } },
      }),
      await bearer(),
    );
    assert.equal(response.status, 200);
    const body = (await response.json()) as { type: string; value: string };
    assert.equal(body.type, 'application/vnd.microsoft.activity.message');
  });

  it('when the signing keys cannot be fetched, then the request fails on our side (500, retried by the channel) and never reaches the bot', async () => {
    const gone = await new ChannelIdentity({ appId: APP_ID }).start();
    const token = await gone.token('http://127.0.0.1:9/');
    await gone.stop();
    const credentials = {
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'unused-client-secret',
      MicrosoftAppType: 'MultiTenant',
    };
    bot = await startBot({
      env: credentials,
      overrides: {
        authOptions: gone.authOptions(),
        credentialsFactory: new LocalCredentialsFactory(credentials),
      },
    });
    sinon.stub(console, 'error');
    const run = sinon.spy(bot.app.bot, 'run');
    const response = await post(activity('http://127.0.0.1:9/'), `Bearer ${token}`);
    assert.equal(response.status, 500);
    assert.doesNotMatch(await response.text(), /127\.0\.0\.1|ECONNREFUSED/);
    assert.equal(run.callCount, 0);
  });

  // Each of these is refused by the adapter before the bot runs: 401, nothing answered, nothing kept.
  const refused: [string, (serviceUrl: string) => Promise<string | undefined>, unknown?][] = [
    ['no Authorization header', async () => undefined],
    ['an empty Authorization header', async () => ''],
    ['a token that is not a JWT', async () => 'Bearer not.a.token'],
    ['another scheme', async () => `Basic ${Buffer.from('kokobot:secret').toString('base64')}`],
    [
      'a token signed by another key under the published kid',
      async () => bearer({ key: await strangerKey() }),
    ],
    [
      'a token signed by another key with its own kid',
      async () => bearer({ key: await strangerKey(), kid: 'someone-else' }),
    ],
    [
      'an unsigned token (alg none)',
      async (serviceUrl) => {
        const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
        const now = Math.floor(Date.now() / 1000);
        return `Bearer ${part({ alg: 'none', typ: 'JWT', kid: identity.kid })}.${part({
          iss: 'https://api.botframework.com',
          aud: APP_ID,
          serviceurl: serviceUrl,
          nbf: now - 60,
          exp: now + 3600,
        })}.`;
      },
    ],
    [
      'a token signed with HS256 and the public key as secret',
      async (serviceUrl) => {
        const now = Math.floor(Date.now() / 1000);
        const { SignJWT } = await jose();
        const token = await new SignJWT({ serviceurl: serviceUrl })
          .setProtectedHeader({ alg: 'HS256', kid: identity.kid })
          .setIssuer('https://api.botframework.com')
          .setAudience(APP_ID)
          .setNotBefore(now - 60)
          .setExpirationTime(now + 3600)
          .sign(new TextEncoder().encode(identity.publicKeyPem));
        return `Bearer ${token}`;
      },
    ],
    [
      'an expired token (beyond the five minutes of clock tolerance)',
      async () => bearer({ expiresIn: -600 }),
    ],
    [
      'a token that is not valid yet',
      async () => bearer({ claims: { nbf: Math.floor(Date.now() / 1000) + 3600 } }),
    ],
    ['a token for another bot (audience)', async () => bearer({ claims: { aud: 'another-bot' } })],
    ['a token without an audience', async () => bearer({ claims: { aud: undefined } })],
    [
      'a token from another issuer',
      async () => bearer({ claims: { iss: 'https://evil.example.org' } }),
    ],
    [
      'a token issued for another service URL',
      async () => bearer({ claims: { serviceurl: 'https://smba.evil.example.org/' } }),
    ],
    [
      'a token whose key is not endorsed for the channel of the activity',
      async () => bearer(),
      { channelId: 'webchat' },
    ],
  ];
  for (const [what, authorization, extra] of refused) {
    it(`when a request carries ${what}, then it gets 401 and never reaches the bot`, async () => {
      await start();
      const printed = sinon.stub(console, 'error'); // the adapter prints what it refuses
      const run = sinon.spy(bot.app.bot, 'run');
      const before = await rowCounts(bot.store);
      const response = await post(
        activity(bot.connector.url, (extra ?? {}) as Record<string, unknown>),
        await authorization(bot.connector.url),
      );
      const body = await response.text();
      assert.equal(response.status, 401, body);
      assert.match(body, /^"?Unauthorized"?$/, 'the caller learns nothing but "Unauthorized"');
      assert.doesNotMatch(printed.args.flat().map(String).join('\n'), /\n\s+at /, 'no stack');
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal(run.callCount, 0, 'the bot never ran');
      assert.deepEqual(bot.connector.activities, [], 'nothing was sent');
      assert.deepEqual(await rowCounts(bot.store), before, 'nothing was stored');
      assert.deepEqual(internet.lookups, [], 'nothing was looked up on the internet');
    });
  }
});
