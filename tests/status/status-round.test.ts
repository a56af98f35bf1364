import assert from 'node:assert/strict';
import { startBot, type BotHarness } from '../support/bot-harness';
import { textOf } from '../support/connector-emulator';
import { demoDirectory } from '../support/demo';
import { chatOf, installFor } from '../support/members';

const directory = demoDirectory();
// Owners of goals the steering group steers, and the goals each owns there.
const sgGoals = directory.goals.filter((goal) => goal.body === 'sg');
const OWNERS = [...new Set(sgGoals.map((goal) => goal.owner))];

describe('status round before the next steering-group meeting (outbox → connector, real Azurite)', function () {
  this.timeout(60_000);
  let bot: BotHarness;
  let now: Date;

  beforeEach(async () => {
    now = new Date('2026-11-24T09:00:00Z');
    bot = await startBot({
      overrides: { clock: () => now, reminders: { instanceId: 'a', concurrency: 4 } },
    });
    await installFor(bot, directory, OWNERS);
    await bot.app.reminders.round();
  });
  afterEach(async () => {
    await bot.close();
  });

  const cardsTo = (personId: string) =>
    bot.connector.activities.filter(
      (activity) =>
        activity.conversationId === chatOf(personId) &&
        /Stand Ihrer Ziele für Steuerungsgruppe .* \(\d+ Ziele?\)/.test(textOf(activity)),
    );

  async function drain() {
    for (let round = 0; round < 10; round += 1) if ((await bot.app.reminders.round()) === 0) return;
  }

  it('when the round opens 10 days before, then each owner gets one card listing all their goals; 3 days before only non-responders are reminded', async () => {
    now = new Date('2026-11-27T08:00:30Z'); // 10 days before 9 December, a Friday, 09:00 CET
    await drain();
    for (const owner of OWNERS) {
      const cards = cardsTo(owner);
      assert.equal(cards.length, 1, owner);
      const goals = sgGoals.filter((goal) => goal.owner === owner);
      assert.match(
        textOf(cards[0]!),
        new RegExp(`Stand Ihrer Ziele für .* \\(${goals.length} Ziele?\\)`),
      );
      const card = JSON.stringify(cards[0]!.body.attachments![0]!.content);
      for (const goal of goals) assert.ok(card.includes(goal.title), goal.id);
      assert.match(card, /"verb":"status-submit"/);
    }
    // One owner answers every goal.
    const answering = OWNERS[0]!;
    for (const goal of sgGoals.filter((candidate) => candidate.owner === answering)) {
      const latest = await bot.app.statuses.latest(goal.id);
      await bot.app.statuses.save(
        {
          goalId: goal.id,
          roundId: 'sg-2026-12',
          author: answering,
          at: now.toISOString(),
          status: 'on-track',
          progress: 50,
          happened: '',
          nextSteps: '',
          supportNeeded: false,
          supportText: '',
        },
        { idempotencyKey: `test|${goal.id}`, expectedVersion: latest.version },
      );
    }
    now = new Date('2026-12-04T08:00:30Z'); // 3 days before: Sunday 6 Dec → Friday 4 Dec
    await drain();
    assert.equal(cardsTo(answering).length, 1, 'who answered gets no reminder');
    for (const owner of OWNERS.slice(1)) {
      const cards = cardsTo(owner);
      assert.equal(cards.length, 2, owner);
      assert.match(textOf(cards[1]!), /^Erinnerung: /);
    }
  });
});
