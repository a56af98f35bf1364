import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cleanDisplayText } from '../../src/display-text';
import { startBot, TENANT, type BotHarness } from '../support/bot-harness';
import { textOf, type CaughtActivity } from '../support/connector-emulator';

/** Everything that must never reach a card or message: controls, bidi, zero-width. */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;
const BAD = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u2060',
  '\ufeff',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009b',
  '\t',
  '\r',
];
/** Names as people have them (letters with diacritics, hyphens, apostrophes, markdown-ish text). */
const visible = fc.string({
  unit: fc.constantFrom(...'AaÄäÖöÜüßéçğŁ-’ ()[]*_#.:/ '.split('')),
  maxLength: 30,
});
/** A visible text with forbidden characters mixed in anywhere. */
const tainted = fc
  .tuple(visible, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...BAD)), { maxLength: 8 }))
  .map(([text, inserts]) => {
    let out = text;
    for (const [at, char] of inserts) {
      const index = at % (out.length + 1);
      out = out.slice(0, index) + char + out.slice(index);
    }
    return { text, out };
  });
const letters = (text: string) => text.replace(/[^\p{L}]/gu, '');

describe('display texts from Teams are cleaned at the edge', () => {
  it('when any text is cleaned, then no control, bidi or zero-width character is left, and cleaning again changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.boolean(), (text, multiline) => {
        const once = cleanDisplayText(text, { multiline });
        assert.doesNotMatch(once, FORBIDDEN);
        if (!multiline) assert.doesNotMatch(once, /\n/);
        assert.equal(cleanDisplayText(once, { multiline }), once);
      }),
      { numRuns: 3000 },
    );
  });

  it('when forbidden characters are mixed into a name, then every letter of it is kept in order', () => {
    fc.assert(
      fc.property(tainted, ({ text, out }) => {
        const cleaned = cleanDisplayText(out, { multiline: false });
        assert.equal(letters(cleaned), letters(text));
        assert.equal(
          cleanDisplayText(text, { multiline: false }),
          text.replace(/\s+/g, ' ').trim(),
        );
      }),
      { numRuns: 2000 },
    );
  });

  describe('over HTTP (CloudAdapter, Azurite, connector emulator)', () => {
    let bot: BotHarness;
    const TKRUEGER = { id: '29:tk', aadObjectId: 'aaaaaaaa-1111-4000-8000-000000000002' };
    before(async () => {
      bot = await startBot();
      bot.connector.addMember('*', { ...TKRUEGER, email: 'thomas.krueger@example.org' });
      await bot.install(TKRUEGER, 'a:coord-tk');
      // Forwards and answers go out through the outbox, as in the service.
      bot.app.reminders.start({ pollMs: 200 });
    });
    after(async () => {
      await bot.close();
    });

    type Card = { body: unknown[]; actions?: { data?: Record<string, unknown> }[] };
    const cardOf = (activity: CaughtActivity) => activity.body.attachments?.[0]?.content as Card;
    const textRuns = (node: unknown): string[] =>
      Array.isArray(node)
        ? node.flatMap(textRuns)
        : node && typeof node === 'object'
          ? [
              ...((node as { type?: string }).type === 'TextRun'
                ? [(node as { text: string }).text]
                : []),
              ...Object.values(node).flatMap(textRuns),
            ]
          : [];

    async function forwardAs(name: string, question: string, n: number) {
      const conversation = {
        id: `a:stranger-${n}`,
        conversationType: 'personal',
        tenantId: TENANT,
      };
      const from = { id: `29:stranger-${n}`, name };
      const before = bot.connector.activities.length;
      const fresh = (activity: CaughtActivity) =>
        bot.connector.activities.indexOf(activity) >= before;
      await bot.message(question, { from, conversation });
      const none = await bot.connector.waitFor(
        (activity) => fresh(activity) && activity.conversationId === conversation.id,
      );
      const forward = cardOf(none).actions!.find((action) => action.data?.kokobot === 'forward')!;
      await bot.message('', {
        from,
        conversation,
        value: forward.data,
        replyToId: none.activityId,
      } as never);
      // The new card (POST). An earlier forward's card update (PUT), or whatever the schedule
      // sends on today's date (a status card, a reminder), may arrive meanwhile.
      const card = await bot.connector.waitFor(
        (activity) =>
          fresh(activity) &&
          activity.conversationId === 'a:coord-tk' &&
          activity.method === 'POST' &&
          textOf(activity).startsWith('Frage von '),
      );
      return { card, conversation, from };
    }

    it('when a stranger with bidi overrides, zero-width and control characters in their Teams name forwards a question, then the coordinator sees the name and question cleaned and literal, and the reply reaches them cleaned', async () => {
      const name = '\u202eAnna\u2066 [Klick](https://evil.example)\u0007 Be\u200brg\u2069';
      const { card, conversation } = await forwardAs(
        name,
        'Wann\u2067 kommt der Schul\u00adbus\u200d?',
        0,
      );
      const runs = textRuns(cardOf(card).body);
      assert.ok(runs.includes('Von Anna [Klick](https://evil.example) Berg'), runs.join(' | '));
      assert.ok(runs.includes('Wann kommt der Schulbus?'), 'the question as a TextRun, cleaned');
      assert.match(textOf(card), /^Frage von Anna \[Klick\]\(https:\/\/evil\.example\) Berg /);
      assert.doesNotMatch(JSON.stringify(card.body), FORBIDDEN);

      const before = bot.connector.activities.length;
      const thanks = await bot.say(TKRUEGER, 'a:coord-tk', '', {
        ...cardOf(card).actions![0]!.data,
        reply: 'Um\u202e 7:30\r\nab\u0000 Hbf\u200b.',
      });
      assert.equal(
        textOf(thanks),
        'Danke! Ihre Antwort ist an Anna [Klick](https://evil.example) Berg gegangen.',
      );
      const answer = await bot.connector.waitFor(
        (activity) =>
          bot.connector.activities.indexOf(activity) >= before &&
          activity.conversationId === conversation.id,
      );
      assert.match(textOf(answer), /„Wann kommt der Schulbus\?“: Um 7:30\nab Hbf\.$/);
      assert.equal(answer.body.textFormat, 'plain', 'shown literally, not as markdown');
    });

    it('when random Teams names are forwarded, then no coordinator card carries a forbidden character and every letter is kept', async () => {
      let n = 1;
      await fc.assert(
        fc.asyncProperty(tainted, async ({ text, out }) => {
          fc.pre(letters(text).length > 0);
          const { card } = await forwardAs(out, 'Wann kommt der Schulbus?', n);
          n += 1;
          assert.doesNotMatch(JSON.stringify(card.body), FORBIDDEN);
          const from = textRuns(cardOf(card).body).find((run) => run.startsWith('Von '))!;
          assert.equal(letters(from), `Von${letters(text)}`);
        }),
        { numRuns: 12, seed: 14 },
      );
    });
  });
});
