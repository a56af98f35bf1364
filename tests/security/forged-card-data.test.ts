import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { BOT_ID, startBot, TENANT, type BotHarness } from '../support/bot-harness';
import { textOf } from '../support/connector-emulator';
import { demoDirectory } from '../support/demo';
import { chatOf, installFor, teamsUser } from '../support/members';
import { rowCounts } from '../support/table-rows';

// Z3.2 is owned by sschulte and asked about in the steering group's round sg-2026-12, which is
// open on 2026-11-30. Who presses a card is known only from Teams (activity.from), never from the
// card's data: whatever the data claims, a stranger's press saves nothing.
const directory = demoDirectory();
const OWNER = 'sschulte';
const DEPUTY = directory.people.find((person) => person.id === OWNER)!.deputy!;
const STRANGER = directory.people.find(
  (person) => !person.coordinator && person.id !== OWNER && person.id !== DEPUTY,
)!.id;
const owner = teamsUser(OWNER);
const stranger = teamsUser(STRANGER);

const forged = {
  kokobot: 'status',
  roundId: 'sg-2026-12',
  cardId: 'card-forged',
  goals: [{ goalId: 'Z3.2', version: '' }],
  // Every field that could be mistaken for the presser's identity, all claiming the owner.
  ownerId: OWNER,
  userId: owner.id,
  personId: OWNER,
  author: OWNER,
  aadObjectId: owner.aadObjectId,
  from: { id: owner.id, aadObjectId: owner.aadObjectId },
  userIds: [owner.aadObjectId],
  status__0: 'done',
  progress__0: '100',
  happened__0: 'Erledigt (gefälscht)',
  nextSteps__0: '—',
  supportNeeded__0: 'false',
  supportText__0: '',
};

describe('forged card data: a stranger presses the status card of someone else’s goal', () => {
  let bot: BotHarness;
  beforeEach(async () => {
    bot = await startBot({ overrides: { clock: () => new Date('2026-11-30T10:00:00Z') } });
    await installFor(bot, directory, [OWNER, STRANGER]);
  });
  afterEach(async () => {
    await bot.close();
  });

  it('when the press comes as Action.Execute with the owner claimed in userId, ownerId, personId …, then it is refused and nothing is saved', async () => {
    const before = await rowCounts(bot.store);
    const response = await bot.invoke(stranger, chatOf(STRANGER), 'status-submit', forged);
    assert.equal(response.status, 200);
    const body = (await response.json()) as { type: string; value: unknown };
    assert.equal(body.type, 'application/vnd.microsoft.activity.message');
    assert.match(String(body.value), /Diese Ziele verantworten andere/);
    assert.deepEqual(await bot.app.statuses.history('Z3.2'), []);
    assert.deepEqual(await rowCounts(bot.store), before, 'no table gained a row');
  });

  it('when the same data comes as the Action.Submit fallback (a message), then it is refused and nothing is saved', async () => {
    const before = await rowCounts(bot.store);
    const reply = await bot.say(stranger, chatOf(STRANGER), '', {
      ...forged,
      verb: 'status-submit',
    });
    assert.match(textOf(reply), /Diese Ziele verantworten andere/);
    assert.deepEqual(await bot.app.statuses.history('Z3.2'), []);
    const after = await rowCounts(bot.store);
    assert.equal(after.statusupdates, before.statusupdates);
  });

  it('when someone the directory does not know sends it, then it is refused and nothing is saved', async () => {
    const unknown = { id: '29:nobody', aadObjectId: 'cccccccc-0000-4000-8000-00000000dead' };
    const response = await bot.send({
      type: 'invoke',
      name: 'adaptiveCard/action',
      id: randomUUID(),
      channelId: 'msteams',
      serviceUrl: bot.connector.url,
      locale: 'de-DE',
      from: unknown,
      recipient: { id: BOT_ID },
      conversation: { id: 'a:chat-nobody', conversationType: 'personal', tenantId: TENANT },
      channelData: { tenant: { id: TENANT } },
      value: { action: { type: 'Action.Execute', verb: 'status-submit', data: forged } },
    });
    assert.equal(response.status, 200);
    const body = (await response.json()) as { type: string };
    assert.equal(body.type, 'application/vnd.microsoft.activity.message');
    assert.deepEqual(await bot.app.statuses.history('Z3.2'), []);
  });

  it('when the owner presses the very same card, then it is saved with the owner as author (the refusals above are about the presser)', async () => {
    const response = await bot.invoke(owner, chatOf(OWNER), 'status-submit', forged);
    assert.equal(response.status, 200);
    const latest = await bot.app.statuses.latest('Z3.2');
    assert.equal(latest.update?.author, OWNER);
    assert.equal(latest.update?.progress, 100);
  });
});
