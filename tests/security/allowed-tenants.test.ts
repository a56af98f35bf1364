import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import sinon from 'sinon';
import { TeamsActivityHandler } from 'botbuilder';
import { parseConfig } from '../../src/config';
import { AppError } from '../../src/errors';
import { TableConversationRepository } from '../../src/storage/table-conversation-repository';
import { BOT_ID, startBot, TENANT, type BotHarness } from '../support/bot-harness';
import { textOf } from '../support/connector-emulator';
import { demoDirectory } from '../support/demo';
import { chatOf, installFor, teamsUser } from '../support/members';
import { rowCounts } from '../support/table-rows';

const OTHER_TENANT = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
// sschulte owns Z3.2 (steering group round sg-2026-12); the clock is inside that round.
const OWNER = 'sschulte';
const CLOCK = () => new Date('2026-11-30T10:00:00Z');
const directory = demoDirectory();

describe('KOKOBOT_ALLOWED_TENANTS (configuration)', () => {
  it('when it is unset or empty, then every tenant is allowed', () => {
    assert.deepEqual(parseConfig({}).allowedTenants, []);
    assert.deepEqual(parseConfig({ KOKOBOT_ALLOWED_TENANTS: ' ' }).allowedTenants, []);
  });

  it('when it lists tenant IDs, then they are kept in lower case, without blanks and duplicates', () => {
    const config = parseConfig({
      KOKOBOT_ALLOWED_TENANTS: ` ${TENANT.toUpperCase()} ,${OTHER_TENANT},${TENANT},`,
    });
    assert.deepEqual(config.allowedTenants, [TENANT, OTHER_TENANT]);
    assert.ok(Object.isFrozen(config.allowedTenants));
  });

  it('when an entry is not a GUID, then start-up stops with one sentence naming the variable and the entry', () => {
    let error: unknown;
    try {
      parseConfig({ KOKOBOT_ALLOWED_TENANTS: `${TENANT},contoso.onmicrosoft.com` });
    } catch (caught) {
      error = caught;
    }
    assert.ok(error instanceof AppError);
    assert.match(
      error.message,
      /^Configuration error: KOKOBOT_ALLOWED_TENANTS must be Microsoft Entra tenant IDs \(GUIDs\) separated by commas; entry 2, "contoso\.onmicrosoft\.com", is not a GUID/,
    );
    assert.equal(error.message.split('\n').length, 1);
  });
});

describe('KOKOBOT_ALLOWED_TENANTS over HTTP (real Azurite, connector emulator)', () => {
  let bot: BotHarness;
  beforeEach(async () => {
    bot = await startBot({
      env: { KOKOBOT_ALLOWED_TENANTS: TENANT.toUpperCase() },
      overrides: { clock: CLOCK },
    });
  });
  afterEach(async () => {
    sinon.restore();
    await bot.close();
  });

  const owner = teamsUser(OWNER);
  const inTenant = (tenantId: string | undefined, channelTenant = tenantId) => ({
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: bot.connector.url,
    locale: 'de-DE',
    from: owner,
    recipient: { id: BOT_ID, name: 'kokobot' },
    conversation: { id: 'a:foreign-chat', conversationType: 'personal', tenantId },
    channelData: channelTenant ? { tenant: { id: channelTenant } } : {},
  });
  const statusData = {
    kokobot: 'status',
    roundId: 'sg-2026-12',
    cardId: 'card-1',
    ownerId: OWNER,
    goals: [{ goalId: 'Z3.2', version: '' }],
    status__0: 'on-track',
    progress__0: '50',
    happened__0: 'Börse geplant',
    nextSteps__0: 'Einladungen',
    supportNeeded__0: 'false',
    supportText__0: '',
  };

  it('when a user of the allowed tenant writes, installs or presses a card, then kokobot answers and keeps what it should', async () => {
    await installFor(bot, directory, [OWNER]);
    const reply = await bot.say(owner, chatOf(OWNER), 'hilfe');
    assert.match(textOf(reply), /beantwortet Fragen/);
    const pressed = await bot.invoke(owner, chatOf(OWNER), 'status-submit', statusData);
    assert.equal(pressed.status, 200);
    assert.equal(
      ((await pressed.json()) as { type: string }).type,
      'application/vnd.microsoft.card.adaptive',
    );
    assert.equal((await bot.app.statuses.latest('Z3.2')).update?.progress, 50);
    const stored = await new TableConversationRepository({ store: bot.store }).listForUser(
      TENANT,
      owner.aadObjectId,
    );
    assert.equal(stored.length, 1);
  });

  // The same person, the same valid card data; only the tenant differs.
  const foreign: [string, (tenant: ReturnType<typeof inTenant>) => Record<string, unknown>][] = [
    ['a message', (base) => ({ ...base, type: 'message', text: 'hilfe' })],
    [
      'a status card press (invoke)',
      (base) => ({
        ...base,
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: 'status-submit', data: statusData } },
      }),
    ],
    [
      'a typed status update',
      (base) => ({ ...base, type: 'message', text: 'status Z3.2 im Plan 50% Börse geplant' }),
    ],
    ['an installation', (base) => ({ ...base, type: 'installationUpdate', action: 'add' })],
    [
      'the bot being added to a conversation',
      (base) => ({ ...base, type: 'conversationUpdate', membersAdded: [{ id: BOT_ID }] }),
    ],
  ];
  const tenants: [string, string | undefined, string | undefined][] = [
    ['another tenant', OTHER_TENANT, OTHER_TENANT],
    ['an allowed conversation tenant but another tenant in channelData', TENANT, OTHER_TENANT],
    ['another conversation tenant but the allowed one in channelData', OTHER_TENANT, TENANT],
    ['no tenant at all', undefined, undefined],
  ];
  for (const [what, activity] of foreign) {
    for (const [from, conversationTenant, channelTenant] of tenants) {
      it(`when ${what} comes from ${from}, then nothing is answered and no table gains a row`, async () => {
        bot.connector.addMember('*', { ...owner, email: 'stefan.schulte@example.org' });
        // KokoBot.run hands allowed activities to botbuilder's routing (super.run), and only those.
        const routed = sinon.spy(TeamsActivityHandler.prototype, 'run');
        const before = await rowCounts(bot.store);
        const response = await bot.send(
          activity(inTenant(conversationTenant, channelTenant)) as never,
        );
        assert.equal(response.status, 200);
        if (what.includes('invoke')) {
          const body = (await response.json()) as { type: string; value: unknown };
          assert.deepEqual(body, {
            statusCode: 200,
            type: 'application/vnd.microsoft.activity.message',
            value: 'kokobot ist für Ihre Organisation nicht freigegeben.',
          });
        }
        await new Promise((resolve) => setTimeout(resolve, 150));
        assert.deepEqual(bot.connector.activities, [], 'nothing was sent');
        assert.equal(routed.callCount, 0, 'no handler ran');
        assert.deepEqual(await rowCounts(bot.store), before, 'no table gained a row');
      });
    }
  }

  it('when no allow-list is set, then any tenant is answered', async () => {
    const open = await startBot();
    try {
      const response = await open.send({
        ...inTenant(OTHER_TENANT),
        serviceUrl: open.connector.url,
        type: 'message',
        text: 'hilfe',
      });
      assert.equal(response.status, 200);
      const reply = await open.connector.waitFor((a) => a.conversationId === 'a:foreign-chat');
      assert.match(textOf(reply), /beantwortet Fragen/);
    } finally {
      await open.close();
    }
  });
});

describe('KOKOBOT_ALLOWED_TENANTS and reminders already planned (real Azurite, connector emulator)', () => {
  let bot: BotHarness;
  afterEach(async () => {
    await bot?.close();
  });

  it('when a chat was stored before its tenant was taken off the list, then its reminders are skipped, not sent', async () => {
    const other = '99999999-8888-4777-8666-555555555555';
    bot = await startBot({
      env: { KOKOBOT_ALLOWED_TENANTS: other },
      overrides: { clock: () => new Date('2026-12-02T08:00:30Z'), reminders: { instanceId: 'a' } },
    });
    const conversations = new TableConversationRepository({ store: bot.store });
    const user = teamsUser('bgross');
    await conversations.save({
      tenantId: TENANT,
      aadObjectId: user.aadObjectId,
      conversationType: 'personal',
      personId: 'bgross',
      reference: {
        channelId: 'msteams',
        serviceUrl: bot.connector.url,
        conversation: { id: chatOf('bgross'), conversationType: 'personal', tenantId: TENANT },
        bot: { id: BOT_ID },
        user,
      },
    });
    for (let round = 0; round < 5; round += 1) await bot.app.reminders.round();
    assert.equal(bot.connector.sentTo(chatOf('bgross')).length, 0);
    const rows = await bot.app.outbox.forMeeting('sg-2026-12');
    const mine = rows.filter((row) => row.personId === 'bgross' && row.offset === 'P7D');
    assert.equal(mine.length, 1);
    assert.equal(mine[0]!.state, 'skipped');
    assert.equal(mine[0]!.reason, 'tenant not allowed');
  });
});
