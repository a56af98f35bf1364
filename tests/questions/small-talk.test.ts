import assert from 'node:assert/strict';
import { startBot, type BotHarness } from '../support/bot-harness';
import { textOf, type CaughtActivity } from '../support/connector-emulator';
import { demoDirectory } from '../support/demo';
import { chatOf, installFor, teamsUser } from '../support/members';

const directory = demoDirectory();
// Stefan Schulte sits in the steering group (through the IHK); it meets on Wednesday 9 December.
const MEMBER = 'sschulte';

type Card = {
  body: unknown[];
  actions?: { type: string; title: string; verb?: string; data?: Record<string, unknown> }[];
};
const cardOf = (activity: CaughtActivity) => activity.body.attachments?.[0]?.content as Card;

describe('small talk and free text about a meeting (real HTTP, CloudAdapter, Azurite)', function () {
  this.timeout(30_000);
  let bot: BotHarness;
  let now: Date;

  before(async () => {
    now = new Date('2026-12-03T09:00:00Z'); // Thursday 3 December
    bot = await startBot({ overrides: { clock: () => now } });
    await installFor(bot, directory, [MEMBER]);
  });
  after(async () => {
    await bot.close();
  });

  async function say(text: string, locale = 'de-DE'): Promise<CaughtActivity> {
    const before = bot.connector.activities.length;
    const response = await bot.message(text, {
      from: teamsUser(MEMBER),
      conversation: { id: chatOf(MEMBER), conversationType: 'personal' },
      locale,
    });
    assert.equal(response.status, 200);
    return bot.connector.waitFor(
      (activity) =>
        bot.connector.activities.indexOf(activity) >= before &&
        activity.conversationId === chatOf(MEMBER) &&
        activity.method === 'POST',
    );
  }

  const friendly: [string, RegExp][] = [
    ['Danke', /^Gern geschehen!$/],
    ['Vielen Dank!', /^Gern geschehen!$/],
    ['Hallo', /^Hallo! /],
    ['Guten Morgen', /^Hallo! /],
    ['ok', /^Alles klar\./],
    ['👍', /^Alles klar\./],
    ['thanks', /^You are welcome!$/],
    ['thank you very much', /^You are welcome!$/],
    ['hi', /^Hallo! /],
  ];
  for (const [text, answer] of friendly) {
    it(`when a member writes "${text}", then a short friendly answer comes, no "nothing found" and no forwarding`, async () => {
      const reply = await say(text);
      assert.match(textOf(reply), answer);
      assert.equal(reply.body.attachments, undefined, 'a sentence, no card');
      assert.doesNotMatch(JSON.stringify(reply.body), /Nichts gefunden|weiterleiten|forward/i);
    });
  }

  it('when an English client writes "hi", then the answer is English', async () => {
    assert.match(textOf(await say('hi', 'en-US')), /^Hello! /);
  });

  it('when thanks come with a question, then the question is answered', async () => {
    const reply = await say('Danke, und wer leitet die Steuerungsgruppe?');
    assert.match(textOf(reply), /Vorsitz/);
  });

  const declines: [string, string][] = [
    ['Ich kann am 9.12. nicht kommen', 'de-DE'],
    ['bin am Mittwoch verhindert', 'de-DE'],
    ["I can't make it on 9 Dec", 'en-US'],
  ];
  for (const [text, locale] of declines) {
    it(`when a member writes "${text}", then the meeting that day comes with the reminder's RSVP buttons`, async () => {
      const reply = await say(text, locale);
      const card = cardOf(reply);
      assert.ok(card, 'a card');
      const english = locale.startsWith('en');
      assert.match(
        textOf(reply),
        english ? /^Do you mean this meeting\?/ : /^Meinen Sie diese Sitzung\?/,
      );
      assert.match(textOf(reply), /Steuerungsgruppe KAoA Bochum/);
      const rsvp = (card.actions ?? []).filter((action) => action.verb === 'rsvp');
      assert.deepEqual(
        rsvp.map((action) => [action.type, action.data?.meetingId, action.data?.answer]),
        [
          ['Action.Execute', 'sg-2026-12', 'yes'],
          ['Action.Execute', 'sg-2026-12', 'no'],
          ['Action.Execute', 'sg-2026-12', 'deputy'],
        ],
      );
    });
  }

  it('when the offered "Absage" is pressed, then the answer is stored like a reminder\'s', async () => {
    const reply = await say('Ich kann am 9.12. nicht kommen');
    const decline = cardOf(reply).actions!.find((action) => action.data?.answer === 'no')!;
    const response = await bot.invoke(
      teamsUser(MEMBER),
      chatOf(MEMBER),
      'rsvp',
      decline.data as Record<string, unknown>,
    );
    assert.equal(response.status, 200);
    assert.equal((await bot.app.rsvps.get('sg-2026-12', MEMBER))?.answer, 'no');
  });

  it('when no meeting of the member is on the day named, then they are told so, with the date', async () => {
    const reply = await say('Ich kann am 10.12. nicht kommen');
    assert.match(textOf(reply), /^Am Donnerstag, 10\. Dezember 2026 finde ich keine Sitzung/);
  });

  it('when "kann nicht" names no meeting, then it is not taken for an RSVP', async () => {
    const reply = await say('Ich kann die Datei nicht öffnen');
    assert.doesNotMatch(textOf(reply), /Sitzung/);
  });
});
