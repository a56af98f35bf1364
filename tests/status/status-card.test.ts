import assert from 'node:assert/strict';
import { startBot, type BotHarness } from '../support/bot-harness';
import { demoDirectory } from '../support/demo';
import { chatOf, installFor, teamsUser } from '../support/members';

// Z3.2 (Ausbildungsmarketing, steered by the steering group) is owned by sschulte; her deputy and the coordinators may answer for her.
const directory = demoDirectory();
const OWNER = 'sschulte';
const DEPUTY = directory.people.find((person) => person.id === OWNER)!.deputy!;
const STRANGER = directory.people.find(
  (person) => !person.coordinator && person.id !== OWNER && person.id !== DEPUTY,
)!.id;

describe('status-check cards (Action.Execute over HTTP, real Azurite)', () => {
  let bot: BotHarness;
  beforeEach(async () => {
    bot = await startBot({ overrides: { clock: () => new Date('2026-11-30T10:00:00Z') } });
    await installFor(bot, directory, [OWNER, DEPUTY, STRANGER]);
  });
  afterEach(async () => {
    await bot.close();
  });

  const data = (extra: Record<string, unknown> = {}) => ({
    kokobot: 'status',
    roundId: 'sg-2026-12',
    cardId: 'card-1',
    ownerId: OWNER,
    goals: [{ goalId: 'Z3.2', version: '' }],
    ...extra,
  });
  const submit = async (
    personId: string,
    values: Record<string, unknown>,
    verb = 'status-submit',
  ) => {
    const response = await bot.invoke(teamsUser(personId), chatOf(personId), verb, {
      ...data(),
      ...values,
    });
    assert.equal(response.status, 200, 'every invoke gets a non-empty 200 response');
    return (await response.json()) as { statusCode: number; type: string; value: unknown };
  };
  const valid = {
    status__0: 'at-risk',
    progress__0: '40',
    happened__0: 'Börse verzögert sich',
    nextSteps__0: 'IHK ansprechen',
    supportNeeded__0: 'false',
    supportText__0: '',
  };

  it('when the owner submits, then the update is stored and the card comes back read-only with an edit button', async () => {
    const response = await submit(OWNER, valid);
    assert.equal(response.type, 'application/vnd.microsoft.card.adaptive');
    const card = JSON.stringify(response.value);
    assert.match(card, /Gespeichert\./);
    assert.match(card, /"verb":"status-edit"/);
    assert.match(card, /"Action.Submit"/, 'a fallback for clients without Universal Actions');
    assert.match(card, /"refresh":\{"action":\{"type":"Action.Execute","verb":"status-refresh"/);
    assert.equal((await bot.app.statuses.latest('Z3.2')).update?.progress, 40);
  });

  it('when the same submit arrives twice, then it is stored once', async () => {
    await submit(OWNER, valid);
    await submit(OWNER, valid);
    assert.equal((await bot.app.statuses.history('Z3.2')).length, 1);
  });

  it('when the deputy submits for the owner, then it is stored with the deputy as author', async () => {
    await submit(DEPUTY, valid);
    assert.equal((await bot.app.statuses.latest('Z3.2')).update?.author, DEPUTY);
  });

  it('when someone else submits, or forges the owner into the card data, then nothing is saved', async () => {
    const response = await submit(STRANGER, { ...valid, ownerId: STRANGER, userId: OWNER });
    assert.equal(response.type, 'application/vnd.microsoft.activity.message');
    assert.equal((await bot.app.statuses.history('Z3.2')).length, 0);
  });

  it('when someone who may not answer opens or refreshes the card, then they see the reported state without a button, and cannot open the form', async () => {
    await submit(OWNER, valid);
    const refreshed = await submit(STRANGER, {}, 'status-refresh');
    assert.equal(refreshed.type, 'application/vnd.microsoft.card.adaptive');
    const card = JSON.stringify(refreshed.value);
    assert.match(card, /Diese Ziele verantworten andere\. So wurde gemeldet:/);
    assert.match(card, /Börse verzögert sich/);
    assert.doesNotMatch(card, /status-edit|status-submit/, 'no button to edit');
    const edit = await submit(STRANGER, {}, 'status-edit');
    assert.equal(edit.type, 'application/vnd.microsoft.activity.message');
    const unknown = await bot.invoke(
      { id: '29:unknown', aadObjectId: '00000000-0000-4000-8000-00000000dead' },
      chatOf('unknown'),
      'status-refresh',
      data(),
    );
    const body = (await unknown.json()) as { type: string; value: unknown };
    assert.equal(
      body.type,
      'application/vnd.microsoft.activity.message',
      'no values for strangers',
    );
    assert.doesNotMatch(JSON.stringify(body.value), /Börse/);
  });

  it('when the input is invalid, then the form comes back with the input kept and the error next to the field, and nothing is saved', async () => {
    const response = await submit(OWNER, {
      ...valid,
      progress__0: '140',
      happened__0: 'Mein Text bleibt',
    });
    const card = JSON.stringify(response.value);
    assert.match(card, /Bitte prüfen Sie die markierten Felder/);
    assert.match(card, /"text":"Eine ganze Zahl von 0 bis 100\.","color":"Attention"/);
    assert.match(card, /"value":"Mein Text bleibt"/);
    assert.equal((await bot.app.statuses.history('Z3.2')).length, 0);
  });
});
