import assert from 'node:assert/strict';
import { TableMeetingChangeRepository } from '../../src/storage/table-meeting-change-repository';
import { TABLES } from '../../src/storage/tables';
import { startBot, type BotHarness } from '../support/bot-harness';
import { textOf, type CaughtActivity } from '../support/connector-emulator';
import { demoDirectory } from '../support/demo';
import { chatOf, installFor, teamsUser } from '../support/members';

const directory = demoDirectory();

describe('a meeting move takes only real date-times, the end after the start (real HTTP, real Azurite)', function () {
  this.timeout(30_000);
  let bot: BotHarness;
  const now = new Date('2026-11-24T09:00:00Z');
  const say = (text: string, value?: unknown) =>
    bot.say(teamsUser('ahoffmann'), chatOf('ahoffmann'), text, value);
  const confirmData = (card: CaughtActivity) =>
    (
      card.body.attachments![0]!.content as {
        actions: { title: string; data: Record<string, unknown> }[];
      }
    ).actions.find((action) => action.title === 'Ja')!.data;
  const stored = async () => {
    await bot.store.ensureTable(TABLES.meetingChanges);
    return new TableMeetingChangeRepository(bot.store).list();
  };

  beforeEach(async () => {
    bot = await startBot({ overrides: { clock: () => now } });
    await installFor(bot, directory, ['ahoffmann']);
  });
  afterEach(async () => {
    await bot.close();
  });

  for (const [what, typed] of [
    ['30 February', 'sitzung verschieben sg-2026-12 auf 30.02.2027 10:00'],
    ['25:00', 'sitzung verschieben sg-2026-12 auf 16.12.2026 25:00'],
    ['10:75', 'sitzung verschieben sg-2026-12 auf 16.12.2026 10:75'],
  ] as const) {
    it(`when a coordinator types a move to ${what}, then the bot explains the form and offers nothing to confirm`, async () => {
      const reply = await say(typed);
      assert.match(textOf(reply), /verschieben/);
      assert.equal(reply.body.attachments?.[0]?.contentType, undefined, 'no confirmation card');
      assert.deepEqual(await stored(), []);
    });
  }

  for (const [what, start, end] of [
    ['an impossible date', '2026-02-30T10:00', '2026-02-30T12:00'],
    ['an impossible hour', '2026-12-16T25:00', '2026-12-16T26:00'],
    ['an end before the start', '2026-12-16T12:00', '2026-12-16T10:00'],
    ['no times at all', undefined, undefined],
  ] as const) {
    it(`when a confirmation card arrives with ${what}, then nothing is stored and the meeting is still answered`, async () => {
      const card = await say('sitzung verschieben sg-2026-12 auf 16.12.2026 10:00');
      const forged: Record<string, unknown> = { ...confirmData(card), start, end };
      const reply = await say('', forged);
      assert.doesNotMatch(textOf(reply), /ist verschoben/);
      assert.deepEqual(await stored(), []);
      const answer = await say('Wann tagt die SG das nächste Mal?');
      assert.match(textOf(answer), /9\. Dezember 2026/);
    });
  }

  it('when the confirmation card is pressed as sent, then the move is stored with its real times', async () => {
    const card = await say('sitzung verschieben sg-2026-12 auf 16.12.2026 10:00');
    assert.match(textOf(await say('', confirmData(card))), /ist verschoben/);
    const [change] = await stored();
    assert.equal(change?.kind, 'moved');
    assert.equal(change?.start, '2026-12-16T10:00');
    assert.ok(change!.end! > change!.start!);
  });
});
