import assert from 'node:assert/strict';
import { de } from '../../src/i18n/de';
import { startBot, type BotHarness } from '../support/bot-harness';
import { textOf, type CaughtActivity } from '../support/connector-emulator';
import { demoDirectory } from '../support/demo';
import { chatOf, installFor, teamsUser } from '../support/members';

/*
 * "Unveränderte Ziele: einfach absenden": an owner with two steering-group goals, one reported in
 * the last round and one never reported, gets the round's card and presses "Absenden" without
 * touching anything. Teams sends every input with the value it shows, and refuses to send at all
 * while an input marked isRequired is empty; both are done here the way Teams does them.
 */
const directory = demoDirectory();
const ROUND = 'sg-2026-12';
const OWNER = 'tkrueger';
const [REPORTED, NEW] = directory.goals.filter(
  (goal) => goal.body === 'sg' && goal.owner === OWNER,
);

type Node = Record<string, unknown>;
type Card = { body: unknown[]; actions: { verb?: string; data: Record<string, unknown> }[] };
const cardOf = (activity: CaughtActivity) => activity.body.attachments![0]!.content as Card;

function walk(node: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(node)) node.forEach((item) => walk(item, visit));
  else if (node && typeof node === 'object') {
    visit(node as Node);
    Object.values(node).forEach((value) => walk(value, visit));
  }
}

/** What Teams sends on "Absenden": each input's shown value; nothing while a required one is empty. */
function pressAsTeamsDoes(card: Card): Record<string, unknown> {
  const values: Record<string, string> = {};
  const emptyRequired: string[] = [];
  walk(card.body, (node) => {
    if (typeof node.type !== 'string' || !node.type.startsWith('Input.')) return;
    const value = String(node.value ?? (node.type === 'Input.Toggle' ? node.valueOff : '') ?? '');
    if (node.isRequired === true && value === '') emptyRequired.push(String(node.id));
    values[String(node.id)] = value;
  });
  assert.deepEqual(emptyRequired, [], 'no required field blocks the submit');
  const action = card.actions.find((candidate) => candidate.verb === 'status-submit')!;
  return { ...action.data, ...values };
}

const texts = (node: unknown) => {
  const found: string[] = [];
  walk(node, (item) => typeof item.text === 'string' && found.push(item.text));
  return found;
};

describe('a status card submitted unchanged (HTTP, CloudAdapter, Azurite)', () => {
  let bot: BotHarness;
  let now: Date;
  before(async () => {
    now = new Date('2026-11-24T09:00:00Z');
    bot = await startBot({ overrides: { clock: () => now, reminders: { instanceId: 'a' } } });
    await installFor(bot, directory, [OWNER]);
    await bot.app.statuses.save(
      {
        goalId: REPORTED!.id,
        roundId: 'sg-2026-09',
        author: OWNER,
        at: '2026-09-01T08:00:00.000Z',
        status: 'at-risk',
        progress: 35,
        happened: 'Monitoring-Konzept abgestimmt',
        nextSteps: 'Daten der Schulen einholen',
        supportNeeded: true,
        supportText: 'Datenschutz klären',
      },
      { idempotencyKey: 'earlier-round', expectedVersion: '' },
    );
    now = new Date('2026-11-27T08:00:30Z'); // the round opens: the cards go out
    for (let round = 0; round < 10; round += 1) if ((await bot.app.reminders.round()) === 0) break;
  });
  after(async () => {
    await bot.close();
  });

  const statusCard = () =>
    bot.connector.activities.find(
      (activity) =>
        activity.conversationId === chatOf(OWNER) && /Stand Ihrer Ziele/.test(textOf(activity)),
    )!;

  it('when the owner presses "Absenden" without changing anything, then the reported goal keeps its last values for this round, the new one stays unreported, and "Gespeichert." is said once', async () => {
    const card = cardOf(statusCard());
    const response = await bot.invoke(
      teamsUser(OWNER),
      chatOf(OWNER),
      'status-submit',
      pressAsTeamsDoes(card),
    );
    assert.equal(response.status, 200);
    const body = (await response.json()) as { type: string; value: Card };
    assert.equal(body.type, 'application/vnd.microsoft.card.adaptive');
    const shown = texts(body.value.body);
    assert.equal(
      shown.filter((text) => /gespeichert/i.test(text)).length,
      1,
      `"Gespeichert" once: ${shown.join(' | ')}`,
    );
    assert.equal(body.value.actions[0]!.verb, 'status-edit');
    assert.ok(shown.includes(de['status.notReported']), 'the blank new goal is marked unreported');

    const kept = (await bot.app.statuses.latest(REPORTED!.id)).update!;
    assert.equal(kept.roundId, ROUND, 'counts as answered in this round');
    assert.deepEqual(
      [kept.status, kept.progress, kept.happened, kept.nextSteps, kept.supportText],
      [
        'at-risk',
        35,
        'Monitoring-Konzept abgestimmt',
        'Daten der Schulen einholen',
        'Datenschutz klären',
      ],
    );
    assert.equal((await bot.app.statuses.latest(NEW!.id)).update, undefined, 'nothing invented');
  });

  it('when the same card is submitted through Action.Submit (no Universal Actions), then it is replaced in place and no second "Gespeichert" message is sent', async () => {
    const activity = statusCard();
    const card = cardOf(activity);
    const data = pressAsTeamsDoes(card);
    const before = bot.connector.activities.length;
    await bot.message('', {
      from: teamsUser(OWNER),
      conversation: { id: chatOf(OWNER), conversationType: 'personal' },
      value: { ...data, verb: 'status-submit' },
      replyToId: activity.activityId,
    } as never);
    const update = await bot.connector.waitFor(
      (caught) =>
        bot.connector.activities.indexOf(caught) >= before &&
        caught.conversationId === chatOf(OWNER),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const sent = bot.connector.activities.slice(before);
    assert.equal(sent.length, 1, 'one activity: the card replaced');
    assert.equal(update.method, 'PUT');
    assert.equal(texts(cardOf(update).body).filter((text) => /gespeichert/i.test(text)).length, 1);
  });
});
