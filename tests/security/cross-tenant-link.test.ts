import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { parseConfig } from '../../src/config';
import { BOT_ID, startBot, TENANT, type BotHarness } from '../support/bot-harness';
import {
  blockInternet,
  ChannelIdentity,
  LocalCredentialsFactory,
} from '../support/channel-identity';
import { textOf } from '../support/connector-emulator';

const APP_ID = '6d3c3a4e-0000-4000-8000-00000000b07a';
const OTHER_TENANT = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
// A user nobody linked yet, whose member record (in whatever tenant) carries a coordinator's e-mail.
const STRANGER = { id: '29:stranger', aadObjectId: '00000000-0000-4000-8000-0000000000ee' };
const COORDINATOR_EMAIL = 'andrea.hoffmann@example.org';

describe('allowed tenants default to the bot’s own tenant (configuration)', () => {
  const credentials = { MicrosoftAppId: APP_ID, MicrosoftAppTenantId: TENANT.toUpperCase() };
  it('when a SingleTenant bot has KOKOBOT_ALLOWED_TENANTS unset, then only MicrosoftAppTenantId is allowed', () => {
    const config = parseConfig({
      ...credentials,
      MicrosoftAppPassword: 'x',
      MicrosoftAppType: 'SingleTenant',
    });
    assert.deepEqual(config.allowedTenants, [TENANT]);
  });
  it('when a UserAssignedMSI bot has KOKOBOT_ALLOWED_TENANTS unset, then only MicrosoftAppTenantId is allowed', () => {
    const config = parseConfig({ ...credentials, MicrosoftAppType: 'UserAssignedMSI' });
    assert.deepEqual(config.allowedTenants, [TENANT]);
  });
  it('when KOKOBOT_ALLOWED_TENANTS is set, then it wins over the default', () => {
    const config = parseConfig({
      ...credentials,
      MicrosoftAppPassword: 'x',
      KOKOBOT_ALLOWED_TENANTS: OTHER_TENANT,
    });
    assert.deepEqual(config.allowedTenants, [OTHER_TENANT]);
  });
  it('when it is a MultiTenant bot or local mode, then the list stays as given (empty: any tenant)', () => {
    assert.deepEqual(
      parseConfig({
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'x',
        MicrosoftAppType: 'MultiTenant',
      }).allowedTenants,
      [],
    );
    assert.deepEqual(parseConfig({}).allowedTenants, []);
  });
});

describe('nobody is linked to a directory person across tenants by e-mail (authenticated, real HTTP)', () => {
  let identity: ChannelIdentity;
  let internet: ReturnType<typeof blockInternet>;
  let bot: BotHarness | undefined;

  before(async () => {
    internet = blockInternet();
    identity = await new ChannelIdentity({ appId: APP_ID }).start();
  });
  after(async () => {
    internet.restore();
    await identity.stop();
  });
  afterEach(async () => {
    await bot?.close();
    bot = undefined;
  });

  async function start(env: Record<string, string>): Promise<BotHarness> {
    const credentials = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'unused', ...env };
    bot = await startBot({
      env: credentials,
      overrides: {
        authOptions: identity.authOptions(),
        credentialsFactory: new LocalCredentialsFactory(credentials),
        lookupMember: async () => ({ email: COORDINATOR_EMAIL }),
      },
    });
    return bot;
  }

  /** The stranger asks for something only a coordinator may do; the reply shows who they are. */
  async function cancelAs(harness: BotHarness, tenantId: string): Promise<string> {
    const conversationId = `a:chat-${randomUUID()}`;
    const before = harness.connector.activities.length;
    const response = await fetch(`${harness.url}/api/messages`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await identity.token(harness.connector.url)}`,
      },
      body: JSON.stringify({
        type: 'message',
        id: randomUUID(),
        channelId: 'msteams',
        serviceUrl: harness.connector.url,
        locale: 'de-DE',
        text: 'sitzung absagen sg-2026-12',
        from: STRANGER,
        recipient: { id: BOT_ID, name: 'kokobot' },
        conversation: { id: conversationId, conversationType: 'personal', tenantId },
        channelData: { tenant: { id: tenantId } },
      }),
    });
    assert.equal(response.status, 200);
    const reply = await harness.connector.waitFor(
      (activity) =>
        harness.connector.activities.indexOf(activity) >= before &&
        activity.conversationId === conversationId,
      3000,
    );
    return textOf(reply);
  }

  it('when a MultiTenant bot without an allow-list hears from another tenant’s user carrying a coordinator’s e-mail, then that user gets no coordinator rights', async () => {
    const harness = await start({ MicrosoftAppType: 'MultiTenant' });
    assert.match(await cancelAs(harness, OTHER_TENANT), /kann nur die Koordinierungsstelle/);
  });

  it('when the user’s tenant is one kokobot serves (allow-list), then the e-mail links them as before', async () => {
    const harness = await start({
      MicrosoftAppType: 'MultiTenant',
      KOKOBOT_ALLOWED_TENANTS: TENANT,
    });
    assert.match(await cancelAs(harness, TENANT), /Bitte bestätigen|absagen\?/);
  });

  it('when a SingleTenant bot without an allow-list hears from another tenant, then it does not answer at all', async () => {
    const harness = await start({ MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TENANT });
    await assert.rejects(cancelAs(harness, OTHER_TENANT));
    assert.equal(
      harness.connector.activities.filter((activity) => activity.method === 'POST').length,
      0,
    );
  });
});
