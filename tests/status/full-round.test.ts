import assert from 'node:assert/strict';
import { startBot, type BotHarness } from '../support/bot-harness';
import { textOf, type CaughtActivity } from '../support/connector-emulator';
import { demoDirectory } from '../support/demo';
import { openInGermanExcel } from '../support/excel-csv';
import { chatOf, installFor, teamsUser } from '../support/members';

/*
 * The demo directory's next steering-group meeting (Wednesday 9 December 2026, 10:00) drives a whole
 * status round through the real bot: cards out 10 days before, answers pressed on those very cards,
 * a coordinator's "who has not answered?" and reminder, a typed status, the Zwischenbilanz the day
 * before to the chair and the coordinators, its files, and the round closing when the meeting starts.
 */
const directory = demoDirectory();
const ROUND = 'sg-2026-12';
const sgGoals = directory.goals.filter((goal) => goal.body === 'sg');
const OWNERS = [...new Set(sgGoals.map((goal) => goal.owner))];
const COORDINATORS = directory.people.filter((person) => person.coordinator).map((p) => p.id);
const CHAIR = 'bgross'; // chairs the steering group in 2026
const LATE = OWNERS[OWNERS.length - 1]!; // the owner who does not answer on the card
const lateGoals = sgGoals.filter((goal) => goal.owner === LATE);
const nameOf = (id: string) => directory.people.find((person) => person.id === id)!.name;

type Card = {
  body: unknown[];
  actions?: {
    type: string;
    verb?: string;
    title: string;
    url?: string;
    data?: Record<string, unknown>;
  }[];
};
const cardOf = (activity: CaughtActivity) => activity.body.attachments![0]!.content as Card;

describe('a whole status round for the next steering-group meeting (HTTP, CloudAdapter, Azurite)', function () {
  this.timeout(120_000);
  let bot: BotHarness;
  let now: Date;

  before(async () => {
    now = new Date('2026-11-24T09:00:00Z');
    bot = await startBot({
      overrides: { clock: () => now, reminders: { instanceId: 'a', concurrency: 4 } },
    });
    await installFor(bot, directory, [...new Set([...OWNERS, ...COORDINATORS, CHAIR])]);
    await bot.app.reminders.round();
  });
  after(async () => {
    await bot.close();
  });

  async function drain() {
    for (let round = 0; round < 10; round += 1) if ((await bot.app.reminders.round()) === 0) return;
  }
  const statusCardsTo = (personId: string) =>
    bot.connector.activities.filter(
      (activity) =>
        activity.conversationId === chatOf(personId) &&
        /Stand Ihrer Ziele für Steuerungsgruppe .* \(\d+ Ziele?\)/.test(textOf(activity)),
    );
  const reportsTo = (personId: string) =>
    bot.connector.activities.filter(
      (activity) =>
        activity.conversationId === chatOf(personId) &&
        textOf(activity).startsWith('Morgen tagt die Steuerungsgruppe KAoA Bochum.'),
    );

  it('1. when the round opens (Friday 27 November, 09:00), then every owner gets one card with all their goals', async () => {
    now = new Date('2026-11-27T08:00:30Z');
    await drain();
    for (const owner of OWNERS) {
      assert.equal(statusCardsTo(owner).length, 1, owner);
      const card = cardOf(statusCardsTo(owner)[0]!);
      const goals = sgGoals.filter((goal) => goal.owner === owner);
      const data = card.actions![0]!.data!;
      assert.deepEqual(
        (data.goals as { goalId: string }[]).map((goal) => goal.goalId),
        goals.map((goal) => goal.id),
      );
      assert.ok(
        (data.userIds as string[]).includes(teamsUser(owner).aadObjectId),
        'the owner sees their own state (refresh.userIds)',
      );
      for (const coordinator of COORDINATORS)
        assert.ok(
          (data.userIds as string[]).includes(teamsUser(coordinator).aadObjectId),
          `coordinator ${coordinator} may answer too, so sees the card refresh`,
        );
    }
  });

  it('2. when owners press "Absenden" on the card they got, then each card turns into the saved view', async () => {
    for (const [position, owner] of OWNERS.entries()) {
      if (owner === LATE) continue;
      const card = cardOf(statusCardsTo(owner)[0]!);
      const data = card.actions!.find((action) => action.verb === 'status-submit')!.data!;
      const values: Record<string, string> = {};
      (data.goals as unknown[]).forEach((_, index) => {
        const atRisk = position === 0 && index === 0;
        Object.assign(values, {
          [`status__${index}`]: atRisk ? 'at-risk' : 'on-track',
          [`progress__${index}`]: String(30 + 10 * index),
          [`happened__${index}`]: `Bericht ${owner} ${index}`,
          [`nextSteps__${index}`]: 'weiter wie geplant',
          [`supportNeeded__${index}`]: atRisk ? 'true' : 'false',
          [`supportText__${index}`]: atRisk ? 'Kontakte zu Betrieben vermitteln' : '',
        });
      });
      const response = await bot.invoke(teamsUser(owner), chatOf(owner), 'status-submit', {
        ...data,
        ...values,
      });
      assert.equal(response.status, 200);
      const body = (await response.json()) as { type: string; value: Card };
      assert.equal(body.type, 'application/vnd.microsoft.card.adaptive');
      assert.match(JSON.stringify(body.value), /Gespeichert\./);
      assert.ok(
        JSON.stringify(body.value).includes(`Bericht ${owner} 0`),
        'the saved view shows what was saved',
      );
      assert.equal(body.value.actions![0]!.verb, 'status-edit');
    }
    for (const goal of sgGoals) {
      const latest = await bot.app.statuses.latest(goal.id);
      assert.equal(latest.update?.roundId === ROUND, goal.owner !== LATE, goal.id);
    }
  });

  it('3. when a coordinator asks who has not answered and presses "Erinnerung senden", then only the late owner is reminded, once', async () => {
    const coordinator = COORDINATORS.find((id) => id !== LATE)!;
    const asked = await bot.say(
      teamsUser(coordinator),
      chatOf(coordinator),
      'Wer hat noch nicht geantwortet?',
    );
    const card = cardOf(asked);
    const text = JSON.stringify(card.body);
    assert.ok(text.includes(nameOf(LATE)), 'the late owner is named');
    for (const goal of lateGoals) assert.ok(text.includes(goal.id), goal.id);
    for (const owner of OWNERS.filter((id) => id !== LATE))
      assert.ok(!text.includes(nameOf(owner)), `${owner} answered and is not listed`);
    const send = card.actions!.find((action) => action.title === 'Erinnerung senden')!;

    const sent = await bot.say(teamsUser(coordinator), chatOf(coordinator), '', send.data);
    assert.equal(
      textOf(sent),
      'Die Erinnerung geht an 1 Person; alle haben einen Chat mit kokobot.',
    );
    await drain();
    const cards = statusCardsTo(LATE);
    assert.equal(cards.length, 2);
    assert.match(textOf(cards[1]!), /^Erinnerung: /);

    const again = await bot.say(teamsUser(coordinator), chatOf(coordinator), '', send.data);
    assert.equal(textOf(again), 'Heute wurden diese Personen schon erinnert.');
    await drain();
    assert.equal(statusCardsTo(LATE).length, 2, 'a second press the same day reminds nobody');

    const stranger = OWNERS.find((id) => !COORDINATORS.includes(id))!;
    const refused = await bot.say(
      teamsUser(stranger),
      chatOf(stranger),
      'Wer hat noch nicht geantwortet?',
    );
    assert.equal(textOf(refused), 'Wer noch nicht geantwortet hat, sehen nur die Koordinierenden.');
  });

  it('4. when the late owner types a status for one goal, then it is stored for this round and the next question shows it', async () => {
    const goal = lateGoals[0]!;
    const ask = async () =>
      textOf(await bot.say(teamsUser(LATE), chatOf(LATE), `Wie steht Ziel ${goal.id}?`));
    // Asked first, so that this instance holds the updates as they were (its shared read).
    assert.doesNotMatch(await ask(), /verzögert, 20 %/);
    const reply = await bot.say(
      teamsUser(LATE),
      chatOf(LATE),
      `status ${goal.id} verzögert 20% Abstimmung mit dem Träger dauert`,
    );
    assert.match(
      textOf(reply),
      new RegExp(`^Gespeichert: ${goal.id.replace('.', '\\.')} .* – verzögert, 20 %\\.$`),
    );
    const latest = await bot.app.statuses.latest(goal.id);
    assert.equal(latest.update?.roundId, ROUND);
    assert.equal(latest.update?.status, 'delayed');
    assert.equal(latest.update?.happened, 'Abstimmung mit dem Träger dauert');
    // At the same moment, on the same instance: the answer comes from the stored status.
    assert.match(await ask(), /verzögert, 20 %/);
  });

  it('5. when the day before the meeting comes, then the chair and every coordinator get the Zwischenbilanz, with working files', async () => {
    now = new Date('2026-12-08T08:00:30Z'); // Tuesday 8 December, 09:00
    await drain();
    for (const reader of [CHAIR, ...COORDINATORS])
      assert.equal(reportsTo(reader).length, 1, reader);
    for (const owner of OWNERS)
      assert.equal(reportsTo(owner).length, COORDINATORS.includes(owner) ? 1 : 0);

    const card = cardOf(reportsTo(CHAIR)[0]!);
    const body = JSON.stringify(card.body);
    for (const goal of sgGoals) assert.ok(body.includes(goal.id), goal.id);
    assert.match(body, /"text":"gefährdet","color":"Warning"/);
    assert.match(body, /"text":"verzögert","color":"Attention"/);
    assert.match(body, /Unterstützung durch die Steuerungsgruppe erbeten/);
    assert.match(body, /Kontakte zu Betrieben vermitteln/);
    for (const goal of sgGoals)
      assert.equal(
        body.split(`"${goal.id} ${goal.title}"`).length - 1,
        1,
        `${goal.id} is listed once`,
      );
    assert.ok(
      body.includes(`verantwortlich: ${nameOf(LATE)}`),
      'an unanswered goal names its owner',
    );

    const csvLink = card.actions!.find((action) => action.title === 'CSV')!.url!;
    const csv = await fetch(csvLink);
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
    const excel = openInGermanExcel(Buffer.from(await csv.arrayBuffer()));
    assert.ok(excel.utf8, 'a UTF-8 byte-order mark, so a German Excel reads the umlauts');
    assert.equal(excel.rows.length, 1 + sgGoals.length, 'a header and one row per goal');
    assert.ok(
      excel.rows.every((row) => row.length === excel.rows[0]!.length),
      'columns split at ;',
    );
    assert.ok(
      excel.rows.some((row) => row[3] === 'gefährdet' && row[8]!.includes('Kontakte zu Betrieben')),
    );
    assert.ok(excel.rows.slice(1).some((row) => /^\d\d\.\d\d\.\d{4}$/.test(row[9]!)));

    const markdown = await fetch(card.actions!.find((action) => action.title === 'Markdown')!.url!);
    assert.match(
      await markdown.text(),
      /^# Zwischenbilanz: Steuerungsgruppe KAoA Bochum, für die Sitzung am Mittwoch, 9\. Dezember 2026/,
    );
    const xlsx = await fetch(card.actions!.find((action) => action.title === 'Excel')!.url!);
    assert.equal(xlsx.status, 200);
    assert.equal(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
      'PK',
      'a zip (xlsx)',
    );

    const forged = new URL(csvLink);
    forged.searchParams.set('m', 'sg-2027-03');
    assert.equal((await fetch(forged)).status, 404, 'a link altered to another meeting is refused');
  });

  it('6. when members ask about the goals, then the answers come from the stored status', async () => {
    const member = CHAIR;
    const report = await bot.say(
      teamsUser(member),
      chatOf(member),
      'Stand der Ziele der Steuerungsgruppe',
    );
    assert.match(
      textOf(report),
      /^Zwischenbilanz: Steuerungsgruppe KAoA Bochum \(für die Sitzung am Mittwoch, 9\. Dezember 2026\)/,
    );

    const atRisk = await bot.say(teamsUser(member), chatOf(member), 'Welche Ziele sind gefährdet?');
    const firstGoal = sgGoals.find((goal) => goal.owner === OWNERS[0])!;
    assert.match(
      textOf(atRisk),
      new RegExp(
        `^\\d+ Ziele? (ist|sind) zurzeit „gefährdet“: .*${firstGoal.id.replace('.', '\\.')} `,
      ),
    );

    const one = await bot.say(
      teamsUser(member),
      chatOf(member),
      `Wie steht Ziel ${lateGoals[0]!.id}?`,
    );
    assert.match(
      textOf(one),
      /verzögert, 20 % \(gemeldet am 8\.12\.2026|verzögert, 20 % \(gemeldet am 27\.11\.2026/,
    );
    // A status named for one goal: Ja or Nein first, then the reported state.
    const delayed = await bot.say(
      teamsUser(member),
      chatOf(member),
      `Ist Ziel ${lateGoals[0]!.id} verzögert?`,
    );
    assert.match(textOf(delayed), /^Ja – .*verzögert, 20 %/);
    const atRiskToo = await bot.say(
      teamsUser(member),
      chatOf(member),
      `Ist Ziel ${lateGoals[0]!.id} gefährdet?`,
    );
    assert.match(textOf(atRiskToo), /^Nein – .*verzögert, 20 %/);
  });

  it('7. when the meeting has started, then the round is closed: "Ändern" shows the final state without a button', async () => {
    now = new Date('2026-12-09T09:00:30Z'); // 10:00:30 in Bochum
    const owner = OWNERS[0]!;
    const data = cardOf(statusCardsTo(owner)[0]!).actions![0]!.data!;
    const response = await bot.invoke(teamsUser(owner), chatOf(owner), 'status-edit', data);
    const body = (await response.json()) as { type: string; value: Card };
    assert.equal(body.type, 'application/vnd.microsoft.card.adaptive');
    assert.match(JSON.stringify(body.value), /Die Statusrunde für diese Sitzung ist geschlossen/);
    assert.equal(body.value.actions?.length ?? 0, 0, 'no edit button any more');
    const before = (await bot.app.statuses.history(sgGoals[0]!.id)).length;
    const submit = await bot.invoke(teamsUser(owner), chatOf(owner), 'status-submit', {
      ...data,
      status__0: 'done',
      progress__0: '100',
    });
    assert.match(JSON.stringify(await submit.json()), /geschlossen/);
    assert.equal((await bot.app.statuses.history(sgGoals[0]!.id)).length, before, 'nothing saved');
  });
});
