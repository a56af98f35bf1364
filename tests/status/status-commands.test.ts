import assert from 'node:assert/strict';
import { startBot, TENANT, type BotHarness } from '../support/bot-harness';
import { textOf } from '../support/connector-emulator';
import { demoDirectory } from '../support/demo';
import { chatOf, installFor, teamsUser } from '../support/members';

// Z3.2 (Ausbildungsmarketing, steered by the steering group) is owned by sschulte.
const directory = demoDirectory();
const OWNER = 'sschulte';
const STRANGER = directory.people.find(
  (person) =>
    !person.coordinator &&
    person.id !== OWNER &&
    directory.people.find((owner) => owner.id === OWNER)?.deputy !== person.id,
)!.id;

describe('status commands typed in chat (HTTP, CloudAdapter, Azurite)', function () {
  this.timeout(60_000);
  let bot: BotHarness;
  let now: Date;
  before(async () => {
    now = new Date('2026-11-30T10:00:00Z'); // the round for 9 December is open
    bot = await startBot({ overrides: { clock: () => now } });
    await installFor(bot, directory, [OWNER, STRANGER]);
  });
  after(async () => {
    await bot.close();
  });
  const say = async (personId: string, text: string, value?: unknown) =>
    textOf(await bot.say(teamsUser(personId), chatOf(personId), text, value));

  it('when a status is typed wrongly, then the user learns how to write it and nothing is stored', async () => {
    assert.match(await say(OWNER, 'status Z3.2 super'), /^So melden Sie einen Stand per Text: /);
    assert.equal(await say(OWNER, 'status Z9.9 gefährdet 40%'), 'Ein Ziel „Z9.9“ gibt es nicht.');
    assert.equal(
      await say(OWNER, 'status Z3.2 gefährdet 140% zu viel'),
      'Nicht gespeichert: Eine ganze Zahl von 0 bis 100.',
    );
    assert.equal(
      await say(STRANGER, 'status Z3.2 erreicht 100%'),
      'Diese Ziele verantworten andere; Ihre Angaben wurden nicht gespeichert.',
    );
    assert.equal((await bot.app.statuses.history('Z3.2')).length, 0);
  });

  it('when the owner types a status, then it is stored once even if Teams delivers the message twice', async () => {
    for (let delivery = 0; delivery < 2; delivery += 1) {
      const response = await bot.message(
        'status Z3.2 gefährdet 40% Praktikumsbörse verzögert sich',
        {
          id: 'typed-1',
          from: teamsUser(OWNER),
          conversation: { id: chatOf(OWNER), conversationType: 'personal', tenantId: TENANT },
        },
      );
      assert.equal(response.status, 200);
    }
    const replies = await bot.connector.waitFor(
      (caught) =>
        caught.conversationId === chatOf(OWNER) && /^Gespeichert: Z3\.2/.test(textOf(caught)),
    );
    assert.match(textOf(replies), /– gefährdet, 40 %\.$/);
    const history = await bot.app.statuses.history('Z3.2');
    assert.equal(history.length, 1, 'the redelivered message is not stored again');
    assert.equal(history[0]!.happened, 'Praktikumsbörse verzögert sich');
    assert.equal(history[0]!.roundId, 'sg-2026-12');
  });

  it('when a goal of a body without an open round is typed, then the user is told when the next round opens', async () => {
    // Z1.1 is steered by the FAG BO, which next meets on 10 February 2027.
    const owner = directory.goals.find((goal) => goal.id === 'Z1.1')!.owner;
    await installFor(bot, directory, [owner]);
    assert.match(
      await say(owner, 'status Z1.1 im Plan 50%'),
      /^Für Z1\.1 ist gerade keine Statusrunde offen; die nächste beginnt am \d+\.\d+\.2027\.$/,
    );
  });

  it('when a member asks for the Zwischenbilanz of a field or a body, then the card shows just those goals; an unknown name is said plainly', async () => {
    const field = await bot.say(teamsUser(OWNER), chatOf(OWNER), 'Stand der Ziele Handlungsfeld 3');
    const card = JSON.stringify(field.body.attachments![0]!.content);
    const hf3 = directory.goals.filter((goal) => goal.field === 'hf3');
    for (const goal of hf3) assert.ok(card.includes(goal.id), goal.id);
    for (const goal of directory.goals.filter((candidate) => candidate.field !== 'hf3'))
      assert.ok(!card.includes(`"${goal.id} `), `${goal.id} is not in field 3`);
    assert.match(card, /"text":"gefährdet","color":"Warning"/);

    assert.equal(
      await say(OWNER, 'Zwischenbilanz für Xyzzy'),
      'Ein Gremium oder Handlungsfeld „xyzzy“ finde ich nicht.',
    );
    assert.equal(
      await say('nobody-in-directory', 'Stand der Ziele'),
      'Den Stand der Ziele sehen nur Personen aus dem Verzeichnis der Koordinierungsstelle.',
    );
  });

  it('when a member asks for the Zwischenbilanz as CSV, then they get a link that downloads it, and stops working after a day', async () => {
    const reply = await bot.say(teamsUser(OWNER), chatOf(OWNER), 'Zwischenbilanz SG als CSV');
    assert.match(textOf(reply), /^Die Zwischenbilanz als Datei \(der Link gilt 24 Stunden\):/);
    const actions = (reply.body.attachments![0]!.content as { actions: { url: string }[] }).actions;
    assert.equal(actions.length, 1);
    const url = actions[0]!.url;
    assert.match(url, /\/reports\/zwischenbilanz\.csv\?/);
    const file = await fetch(url);
    assert.equal(file.status, 200);
    assert.match(await file.text(), /"Z3\.2";"[^"]*";"gefährdet";"40"/);
    const saved = now;
    now = new Date(now.getTime() + 25 * 3600_000);
    try {
      assert.equal((await fetch(url)).status, 404, 'an expired link');
    } finally {
      now = saved;
    }
  });

  it('when a card is pressed on a client without Universal Actions (Action.Submit), then it is saved the same way', async () => {
    const latest = await bot.app.statuses.latest('Z3.2');
    const reply = await bot.say(teamsUser(OWNER), chatOf(OWNER), '', {
      kokobot: 'status',
      verb: 'status-submit',
      roundId: 'sg-2026-12',
      cardId: 'sg-2026-12|sschulte',
      ownerId: OWNER,
      goals: [{ goalId: 'Z3.2', version: latest.version }],
      status__0: 'on-track',
      progress__0: '55',
      supportNeeded__0: 'false',
    });
    assert.match(JSON.stringify(reply.body), /Gespeichert\./);
    assert.equal((await bot.app.statuses.latest('Z3.2')).update?.progress, 55);
  });

  it('when a coordinator sends the reminder to owners who never opened a chat with kokobot, then the answer says how many it reaches and names the others', async () => {
    const coordinator = directory.people.find((person) => person.coordinator)!.id;
    await installFor(bot, directory, [coordinator]);
    const sgOwners = [
      ...new Set(directory.goals.filter((goal) => goal.body === 'sg').map((goal) => goal.owner)),
    ];
    const asked = await bot.say(
      teamsUser(coordinator),
      chatOf(coordinator),
      'Wer hat noch nicht geantwortet?',
    );
    const card = asked.body.attachments![0]!.content as {
      actions: { title: string; data: Record<string, unknown> }[];
    };
    const send = card.actions.find((action) => action.title === 'Erinnerung senden')!;
    const text = await say(coordinator, '', send.data);
    const reachable = sgOwners.filter((id) => [OWNER, STRANGER, coordinator].includes(id));
    const missing = await bot.app.statuses.latest('Z3.2');
    const waiting = sgOwners.filter(
      (id) => id !== OWNER || missing.update?.roundId !== 'sg-2026-12',
    );
    assert.match(
      text,
      new RegExp(
        `^Die Erinnerung geht an ${waiting.length} Personen, erreichbar (ist|sind) davon ${waiting.filter((id) => reachable.includes(id)).length} `,
      ),
    );
    const unreachable = waiting.filter((id) => !reachable.includes(id));
    for (const id of unreachable)
      assert.ok(text.includes(directory.people.find((person) => person.id === id)!.name), id);
  });
});
