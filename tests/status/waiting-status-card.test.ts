import assert from 'node:assert/strict';
import { planLines } from '../../src/cli/reminders-plan';
import { TableConversationRepository } from '../../src/storage/table-conversation-repository';
import { startBot, type BotHarness } from '../support/bot-harness';
import { textOf } from '../support/connector-emulator';
import { demoDirectory } from '../support/demo';
import { chatOf, installFor, teamsUser } from '../support/members';

const directory = demoDirectory();
const ROUND = 'sg-2026-12';
// Stefan Schulte owns Z3.2, steered by the steering group, whose meeting on 9 December opens its
// status round on Friday 27 November, 09:00 Berlin.
const OWNER = 'sschulte';
const BEFORE_ROUND = new Date('2026-11-24T09:00:00Z');
const ROUND_OPENS = new Date('2026-11-27T08:00:30Z');
const ROUND_OPEN_LATER = new Date('2026-11-30T10:00:00Z');

describe('status cards for owners the round could not reach (real HTTP, Azurite, connector emulator)', function () {
  this.timeout(60_000);
  let now: Date;
  const clock = () => now;
  const started: BotHarness[] = [];

  async function start(options: Parameters<typeof startBot>[0] = {}): Promise<BotHarness> {
    const bot = await startBot({ ...options, overrides: { clock, ...options.overrides } });
    started.push(bot);
    return bot;
  }
  afterEach(async () => {
    for (const bot of started.splice(0)) await bot.close();
  });

  const statusCardsIn = (bot: BotHarness) =>
    bot.connector.activities.filter(
      (activity) =>
        activity.conversationId === chatOf(OWNER) &&
        /Stand Ihrer Ziele für Steuerungsgruppe/.test(textOf(activity)),
    );

  async function drain(bot: BotHarness) {
    for (let round = 0; round < 10; round += 1) if ((await bot.app.reminders.round()) === 0) return;
  }

  async function ownerRow(bot: BotHarness) {
    const rows = await bot.app.outbox.forMeeting(ROUND);
    return rows.filter((row) => row.kind === 'status' && row.personId === OWNER);
  }

  async function planStateOf(bot: BotHarness) {
    const { planned } = await bot.app.reminders.plan();
    const lines = await planLines({
      directory,
      planned,
      outbox: await bot.app.outbox.all(),
      conversations: new TableConversationRepository({ store: bot.store }),
      now,
    });
    return lines.find(
      (line) =>
        line.meeting === ROUND && line.kind === 'status' && line.recipient === 'Stefan Schulte',
    )!.state;
  }

  it('when the round opens before the owner ever chatted, then „Hallo“ brings the status card once, and a restart does not send it again', async () => {
    now = BEFORE_ROUND;
    const bot = await start();
    await bot.app.reminders.round();
    now = ROUND_OPENS;
    await drain(bot);
    assert.equal(statusCardsIn(bot).length, 0);
    const [waiting] = await ownerRow(bot);
    assert.equal(waiting?.state, 'pending', 'not given up');
    assert.equal(await planStateOf(bot), 'waiting-for-chat');

    // His first message, three days later; the scheduler runs as in the service (slow poll).
    now = ROUND_OPEN_LATER;
    bot.app.reminders.start({ pollMs: 60_000 });
    const person = directory.people.find((candidate) => candidate.id === OWNER)!;
    const user = teamsUser(OWNER);
    bot.connector.addMember('*', { ...user, email: person.email, name: person.name });
    await bot.say(user, chatOf(OWNER), 'Hallo');
    const card = await bot.connector.waitFor(
      (activity) => statusCardsIn(bot).includes(activity),
      10_000,
    );
    assert.match(JSON.stringify(card.body.attachments![0]!.content), /"verb":"status-submit"/);
    // „Meine Ziele“ shows the goal's state in this round and a button that opens the form.
    const mine = await bot.say(user, chatOf(OWNER), 'Meine Ziele');
    const list = JSON.stringify(mine.body.attachments![0]!.content);
    assert.match(list, /Z3\.2 Gemeinsames Ausbildungsmarketing/);
    assert.match(list, /in dieser Runde noch nicht gemeldet/);
    const button = (
      mine.body.attachments![0]!.content as {
        actions: { type: string; title: string; verb: string; data: Record<string, unknown> }[];
      }
    ).actions[0]!;
    assert.deepEqual(
      [button.type, button.title, button.verb],
      ['Action.Execute', 'Stand melden: Steuerungsgruppe KAoA Bochum', 'status-edit'],
    );
    const opened = await bot.invoke(user, chatOf(OWNER), button.verb, button.data);
    assert.equal(opened.status, 200);
    assert.match(JSON.stringify(await opened.json()), /"verb":"status-submit"/);
    await drain(bot);
    assert.equal(statusCardsIn(bot).length, 1, 'once');
    const [sent] = await ownerRow(bot);
    assert.equal(sent?.state, 'sent');

    // A restart on the same storage (the connector keeps running: stored chats point at it).
    await bot.app.close();
    const again = await start({ store: bot.store });
    await drain(again);
    assert.equal(statusCardsIn(bot).length, 1, 'not again after a restart');
    assert.deepEqual(
      (await ownerRow(again)).map((row) => [row.state, row.sentAt]),
      [['sent', sent!.sentAt]],
    );
  });

  it('when the service was down as the round opened, then the owner gets the card once it is back, while the round is open', async () => {
    now = BEFORE_ROUND;
    const first = await start();
    await installFor(first, directory, [OWNER]);
    // Down from before any row was planned until three days into the round.
    await first.app.close();
    now = ROUND_OPEN_LATER;
    const back = await start({ store: first.store });
    await drain(back);
    assert.equal(statusCardsIn(first).length, 1, 'sent to the chat stored before');
    await drain(back);
    assert.equal(statusCardsIn(first).length, 1, 'once');
  });
});
