import assert from 'node:assert/strict';
import sinon from 'sinon';
import { forwardPartition } from '../../src/forwarding/forward-repository';
import type { OutboxEntry } from '../../src/reminders/outbox';
import { startBot, type BotHarness } from '../support/bot-harness';
import { textOf, type CaughtActivity } from '../support/connector-emulator';
import { demoDirectory } from '../support/demo';
import { chatOf, installFor, teamsUser } from '../support/members';

type CardContent = { actions?: { data?: Record<string, unknown> }[] };
const cardOf = (activity: CaughtActivity) => activity.body.attachments?.[0]?.content as CardContent;

const ASKER_CHAT = 'a:personal-1';
const isAnswer = (activity: CaughtActivity) =>
  activity.conversationId === ASKER_CHAT &&
  activity.method === 'POST' &&
  /Antwort der Koordinierungsstelle/.test(textOf(activity));

/**
 * A forwarded question, its answer and the card updates through the durable outbox, with Teams
 * refusing sends on the way (503, 429 with Retry-After): real HTTP, CloudAdapter, Azurite, the
 * connector emulator, and the scheduler loop `npm start` runs.
 */
describe('forwarded questions through the outbox (Teams answering 503 and 429 on the way)', function () {
  this.timeout(60_000);
  let bot: BotHarness;
  const directory = demoDirectory();

  beforeEach(async () => {
    // The demo's date, with time passing as it does (retries fall due in real time).
    const offset = Date.parse('2026-11-24T09:00:00Z') - Date.now();
    bot = await startBot({
      overrides: {
        clock: () => new Date(Date.now() + offset),
        reminders: { retry: { maxAttempts: 6, baseMs: 100, maxMs: 400 }, timeoutMs: 2_000 },
      },
    });
    await installFor(bot, directory, ['ahoffmann', 'tkrueger']);
    bot.app.reminders.start({ pollMs: 200 });
  });
  afterEach(async () => {
    await bot.close();
  });

  async function ask(text: string, extra: Parameters<BotHarness['message']>[1] = {}) {
    const before = bot.connector.activities.length;
    const response = await bot.message(text, extra);
    assert.equal(response.status, 200);
    const conversationId = extra.conversation?.id ?? ASKER_CHAT;
    return bot.connector.waitFor(
      (activity) =>
        bot.connector.activities.indexOf(activity) >= before &&
        activity.conversationId === conversationId &&
        activity.method === 'POST',
    );
  }

  /** The user asks what nobody in the directory knows and presses "forward". */
  async function forwardQuestion(): Promise<CaughtActivity> {
    const none = await ask('Wie wird das Wetter morgen?');
    const forward = cardOf(none).actions!.find((action) => action.data?.kokobot === 'forward')!;
    return ask('', { value: forward.data, replyToId: none.activityId } as never);
  }

  const cardIn = (personId: string) =>
    bot.connector.waitFor(
      (activity) => activity.conversationId === chatOf(personId) && activity.method === 'POST',
      10_000,
    );

  /** A coordinator types an answer into the card in their personal chat and presses "send". */
  function answer(personId: string, card: CaughtActivity, reply: string) {
    return ask('', {
      from: teamsUser(personId),
      conversation: { id: chatOf(personId), conversationType: 'personal' },
      value: { ...cardOf(card).actions![0]!.data, reply },
      replyToId: card.activityId,
    } as never);
  }

  async function forwardRows(): Promise<OutboxEntry[]> {
    const rows = await bot.app.outbox.all();
    return rows.filter((row) => row.meetingId.startsWith(forwardPartition('')));
  }

  /** The forward's row of this kind once its result is recorded (right after Teams accepted it). */
  async function sentRow(kind: OutboxEntry['kind']): Promise<OutboxEntry> {
    for (let wait = 0; wait < 50; wait += 1) {
      const row = (await forwardRows()).find((entry) => entry.kind === kind);
      if (row?.state === 'sent') return row;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.fail(`no ${kind} row was recorded as sent`);
  }

  it('when Teams answers the coordinator’s answer with 503 and then 429 (Retry-After 1 s), then the asker gets it exactly once and the coordinator’s confirmation holds', async () => {
    const sent = await forwardQuestion();
    assert.match(textOf(sent), /weitergeleitet \(2 Personen\)/);
    const cardTk = await cardIn('tkrueger');
    await cardIn('ahoffmann');

    bot.connector.failNext({ status: 503, conversationId: ASKER_CHAT });
    bot.connector.failNext({ status: 429, retryAfterSeconds: 1, conversationId: ASKER_CHAT });
    const thanks = await answer('tkrueger', cardTk, 'Sonnig, 20 Grad.');
    assert.match(textOf(thanks), /Ihre Antwort ist an Test User gegangen/);

    const delivered = await bot.connector.waitFor(isAnswer, 15_000);
    assert.match(textOf(delivered), /\(Thomas Krüger\) .*„Wie wird das Wetter morgen\?“: Sonnig/);
    assert.equal(bot.connector.faultsLeft, 0, 'both refusals were met');
    const row = await sentRow('forward-answer');
    assert.deepEqual(
      row.history.map((attempt) => [attempt.outcome, attempt.status]),
      [
        ['retry', 503],
        ['retry', 429],
        ['sent', undefined],
      ],
    );
    const throttledAt = Date.parse(row.history[1]!.at);
    assert.ok(
      Date.parse(row.history[2]!.at) - throttledAt >= 1_000,
      'the next try waited for Retry-After',
    );

    // Pressing again, as one does when unsure, confirms the same answer and sends nothing new.
    const again = await answer('tkrueger', cardTk, 'Sonnig, 20 Grad.');
    assert.match(textOf(again), /Ihre Antwort ist an Test User gegangen/);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    assert.equal(bot.connector.activities.filter(isAnswer).length, 1, 'exactly one answer');
  });

  it('when the cards to the coordinators and their updates meet 503 and 429, then each card arrives once and each is updated once in place', async () => {
    bot.connector.failNext({ status: 503, conversationId: chatOf('ahoffmann') });
    bot.connector.failNext({
      status: 429,
      retryAfterSeconds: 1,
      conversationId: chatOf('tkrueger'),
    });
    await forwardQuestion();
    const cardAh = await cardIn('ahoffmann');
    const cardTk = await cardIn('tkrueger');
    assert.equal(bot.connector.faultsLeft, 0);

    bot.connector.failNext({ status: 503, conversationId: chatOf('ahoffmann'), method: 'PUT' });
    bot.connector.failNext({
      status: 429,
      retryAfterSeconds: 1,
      conversationId: chatOf('ahoffmann'),
      method: 'PUT',
    });
    await answer('tkrueger', cardTk, 'Sonnig, 20 Grad.');
    const update = await bot.connector.waitFor(
      (activity) => activity.conversationId === chatOf('ahoffmann') && activity.method === 'PUT',
      15_000,
    );
    assert.equal(update.activityId, cardAh.activityId, 'the card sent before, updated in place');
    assert.match(JSON.stringify(update.body), /Beantwortet von Thomas Krüger: Sonnig, 20 Grad\./);
    await bot.connector.waitFor(
      (activity) => activity.conversationId === chatOf('tkrueger') && activity.method === 'PUT',
      15_000,
    );
    await bot.connector.waitFor(isAnswer, 15_000);

    const late = await answer('ahoffmann', cardAh, 'Regen.');
    assert.match(textOf(late), /hat Thomas Krüger bereits beantwortet/);
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const personId of ['ahoffmann', 'tkrueger']) {
      const sentThere = bot.connector.sentTo(chatOf(personId));
      assert.equal(sentThere.filter((a) => a.method === 'PUT').length, 1, `${personId} update`);
      assert.equal(
        sentThere.filter((a) => a.method === 'POST' && /Frage von Test User/.test(textOf(a)))
          .length,
        1,
        `${personId} card`,
      );
    }
    assert.equal(bot.connector.activities.filter(isAnswer).length, 1);
  });

  it('when storage fails as the answer is recorded, then nothing is queued, the coordinator is told, and the next press sends it once', async () => {
    await forwardQuestion();
    const cardTk = await cardIn('tkrueger');
    await cardIn('ahoffmann');
    const batch = sinon.stub(bot.store, 'batch').callThrough();
    batch.onFirstCall().rejects(Object.assign(new Error('storage down'), { code: 'ECONNRESET' }));
    const failed = await answer('tkrueger', cardTk, 'Sonnig, 20 Grad.');
    assert.doesNotMatch(textOf(failed), /Ihre Antwort ist an/);
    assert.equal((await forwardRows()).filter((row) => row.kind !== 'forward').length, 0);
    batch.restore();

    const thanks = await answer('tkrueger', cardTk, 'Sonnig, 20 Grad.');
    assert.match(textOf(thanks), /Ihre Antwort ist an Test User gegangen/);
    await bot.connector.waitFor(isAnswer, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(bot.connector.activities.filter(isAnswer).length, 1);
  });
});
