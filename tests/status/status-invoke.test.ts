import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import sinon from 'sinon';
import { AppError, ErrorCodes } from '../../src/errors';
import { de } from '../../src/i18n/de';
import { safeKey, type Row, type TableStore } from '../../src/storage/table-store';
import { statusUpdateRowSchema } from '../../src/storage/table-status-repository';
import { TABLES } from '../../src/storage/tables';
import {
  freshStore,
  startTestAzurite,
  stopTestAzurite,
  type TestAzurite,
} from '../support/azurite';
import {
  BOT_ID,
  startBot,
  TENANT,
  type BotHarness,
  type TeamsActivity,
  type TeamsUser,
} from '../support/bot-harness';
import { demoDirectory } from '../support/demo';
import { chatOf, installFor, teamsUser } from '../support/members';

/*
 * Status-check card presses (adaptiveCard/action invokes) under failure: storage going away in the
 * middle of a submit, two people editing the same goal at once, Teams retrying an invoke, and
 * arbitrary card payloads. Everything goes over real HTTP through the real CloudAdapter into a
 * real Azurite; assertions are on what the person pressing the button sees, and on the rows.
 */

// The round of the steering group's December meeting asks about the steering group's goals (a
// round only takes answers for goals of its own body). Z3.2 (Ausbildungsmarketing) is one of them;
// its owner, the owner's deputy and the coordinators may answer for it.
const directory = demoDirectory();
const ROUND = 'sg-2026-12';
const GOAL = 'Z3.2';
const CLOCK = () => new Date('2026-11-30T10:00:00Z');
const OWNER = directory.goals.find((goal) => goal.id === GOAL)!.owner;
const DEPUTY = directory.people.find((person) => person.id === OWNER)!.deputy!;
const STRANGER = directory.people.find(
  (person) => !person.coordinator && person.id !== OWNER && person.id !== DEPUTY,
)!.id;
/** A coordinator who owns another goal of the steering group. */
const OTHER_GOAL = directory.goals.find(
  (goal) =>
    goal.body === 'sg' &&
    directory.people.find((person) => person.id === goal.owner)?.coordinator === true,
)!;
const COORDINATOR = OTHER_GOAL.owner;
const nameOf = (personId: string) =>
  directory.people.find((person) => person.id === personId)!.name;
// The card id the round sender gives an owner's card (src/reminders/sender.ts): the owner and
// whoever answers for them hold the same card.
const CARD_ID = `${ROUND}|${OWNER}`;

const GOAL_STATUSES = ['on-track', 'at-risk', 'delayed', 'done', 'paused'] as const;

// What the person sees (src/i18n/de.ts).
const SAVED = de['status.savedMessage'];
const STORAGE_DOWN = de['status.storageDown'];
const conflictBy = (personId: string) =>
  de['status.conflict'].replace('{author}', nameOf(personId));

// ---------------------------------------------------------------------------------------------
// Reading the invoke response the way Teams shows it

interface CardData {
  kokobot: string;
  roundId: string;
  cardId: string;
  ownerId: string;
  goals: { goalId: string; version: string }[];
}
interface Card {
  type: string;
  body: unknown[];
  actions?: { type: string; verb: string; title: string; data: CardData }[];
}
interface Answer {
  status: number;
  raw: string;
  /** The card that replaces the pressed one, when the bot answered with a card. */
  card?: Card;
  /** The plain message, when the bot answered with one. */
  message?: string;
}

async function answerOf(response: Response): Promise<Answer> {
  const raw = await response.text();
  const answer: Answer = { status: response.status, raw };
  if (response.status !== 200 || !raw) return answer;
  const body = JSON.parse(raw) as { statusCode?: number; type?: string; value?: unknown };
  if (body.type === 'application/vnd.microsoft.card.adaptive') answer.card = body.value as Card;
  if (body.type === 'application/vnd.microsoft.activity.message')
    answer.message = String(body.value);
  return answer;
}

/** Every visible text of a card element tree (TextBlock / TextRun texts). */
function textsOf(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(textsOf);
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = typeof record.text === 'string' ? [record.text] : [];
  return [
    ...own,
    ...Object.entries(record)
      .filter(([key]) => key !== 'text')
      .flatMap(([, value]) => textsOf(value)),
  ];
}

/** The pre-filled value of an input of the card (e.g. `happened__0`). */
function inputValue(card: Card, id: string): string | undefined {
  const find = (node: unknown): string | undefined => {
    if (Array.isArray(node)) {
      for (const item of node) {
        const found = find(item);
        if (found !== undefined) return found;
      }
      return undefined;
    }
    if (!node || typeof node !== 'object') return undefined;
    const record = node as Record<string, unknown>;
    if (record.id === id && typeof record.type === 'string' && record.type.startsWith('Input.'))
      return String(record.value ?? '');
    return find(Object.values(record));
  };
  return find(card.body);
}

/** The card's button (a closed round's card has none: then this fails the test). */
function actionOf(card: Card) {
  const action = card.actions?.[0];
  assert.ok(action, `the card has a button: ${JSON.stringify(card).slice(0, 300)}`);
  return action;
}

/** The saved, read-only view: "Gespeichert." and an "Ändern" button, no inputs. */
function assertSavedView(answer: Answer, label = 'response'): Card {
  assert.equal(answer.status, 200, `${label}: HTTP 200`);
  assert.ok(answer.card, `${label}: a card comes back, got ${answer.raw.slice(0, 300)}`);
  const card = answer.card;
  assert.ok(textsOf(card.body).includes(SAVED), `${label}: the card says "${SAVED}"`);
  assert.equal(actionOf(card).verb, 'status-edit', `${label}: the button is "Ändern"`);
  assert.equal(actionOf(card).title, de['status.edit']);
  assert.equal(inputValue(card, 'status__0'), undefined, `${label}: no inputs in the saved view`);
  return card;
}

/** The form again (not saved): an "Absenden" button, inputs, and no "Gespeichert.". */
function assertForm(answer: Answer, label = 'response'): Card {
  assert.equal(answer.status, 200, `${label}: HTTP 200`);
  assert.ok(answer.card, `${label}: a card comes back, got ${answer.raw.slice(0, 300)}`);
  const card = answer.card;
  assert.equal(actionOf(card).verb, 'status-submit', `${label}: the button is "Absenden"`);
  assert.equal(actionOf(card).title, de['status.submit']);
  assert.ok(!textsOf(card.body).includes(SAVED), `${label}: the form does not claim "${SAVED}"`);
  assert.notEqual(inputValue(card, 'status__0'), undefined, `${label}: the inputs are there`);
  return card;
}

// ---------------------------------------------------------------------------------------------
// Rows of the statusupdates table

const rowsOf = (store: TableStore, goalId: string) =>
  store.query(TABLES.statusUpdates, { partitionKey: safeKey(goalId) });

// The repository's own row schema: a test that kept its own copy could drift from it.
const updateRow = statusUpdateRowSchema;

/**
 * The invariants of statusupdates: every update row is complete and valid; every idempotency row
 * and every `latest` pointer points at an update row of the same goal. A batch that half-landed
 * would leave a pointer without its update (or an update nobody points to from `k|`).
 */
function assertRowsWellFormed(rows: Row[]): void {
  const byPartition = new Map<string, Map<string, Row>>();
  for (const row of rows) {
    const partition = byPartition.get(row.partitionKey) ?? new Map<string, Row>();
    partition.set(row.rowKey, row);
    byPartition.set(row.partitionKey, partition);
  }
  for (const [partitionKey, partition] of byPartition) {
    const updates = [...partition.values()].filter((row) => row.rowKey.startsWith('u|'));
    const keys = [...partition.values()].filter((row) => row.rowKey.startsWith('k|'));
    for (const row of partition.values()) {
      const where = `${partitionKey} / ${row.rowKey}`;
      if (row.rowKey.startsWith('u|')) {
        const parsed = updateRow.safeParse(row.data);
        assert.ok(
          parsed.success,
          `${where}: not a valid update row: ${JSON.stringify(parsed.error?.issues)}`,
        );
        assert.equal(safeKey(parsed.data.goalId), partitionKey, `${where}: goal of the partition`);
        assert.ok(row.rowKey.startsWith(`u|${parsed.data.at}|`), `${where}: key carries its time`);
      } else if (row.rowKey.startsWith('k|') || row.rowKey === 'latest') {
        const version = row.data.version;
        assert.equal(typeof version, 'string', `${where}: has a version`);
        assert.ok(
          String(version).startsWith('u|') && partition.has(String(version)),
          `${where}: points at ${String(version)}, which does not exist`,
        );
      } else {
        assert.fail(`${where}: unexpected row`);
      }
    }
    // Each stored update was written together with exactly one idempotency row pointing at it.
    for (const update of updates) {
      assert.equal(
        keys.filter((key) => key.data.version === update.rowKey).length,
        1,
        `${partitionKey} / ${update.rowKey}: one idempotency row per update`,
      );
    }
    if (updates.length > 0)
      assert.ok(partition.has('latest'), `${partitionKey}: updates without a latest pointer`);
  }
}

// ---------------------------------------------------------------------------------------------

const cardData = (extra: Partial<CardData> = {}): CardData => ({
  kokobot: 'status',
  roundId: ROUND,
  cardId: CARD_ID,
  ownerId: OWNER,
  goals: [{ goalId: GOAL, version: '' }],
  ...extra,
});

const valid = {
  status__0: 'at-risk',
  progress__0: '40',
  happened__0: 'Kampagne verzögert sich',
  nextSteps__0: 'IHK ansprechen',
  supportNeeded__0: 'false',
  supportText__0: '',
};

async function press(
  bot: BotHarness,
  personId: string,
  data: CardData | Record<string, unknown>,
  values: Record<string, unknown> = {},
  verb = 'status-submit',
): Promise<Answer> {
  return answerOf(
    await bot.invoke(teamsUser(personId), chatOf(personId), verb, { ...data, ...values }),
  );
}

// ---------------------------------------------------------------------------------------------
// Random presses for the property tests

const GOAL_IDS = directory.goals.map((goal) => goal.id);
const ROUND_GOAL_IDS = directory.goals.filter((goal) => goal.body === 'sg').map((goal) => goal.id);

// Odd characters: controls, separators, lone surrogates, key-breaking ASCII.
const odd = fc.string({
  unit: fc.constantFrom(
    ...['a', 'Z', ' ', 'ß', 'ä', '😀', '"', '\\', '$', '{', '}', '<', '%', '|', '/', '#', '?'],
    ...['\u0000', '\u0007', '\n', '\t', '\u001f', '\u007f', '\u0085', '\u200b', '\u2028'],
    ...['\ud800', '\udfff'],
  ),
  maxLength: 40,
});
// Around the 2000-character limit, and far beyond it (up to 10k).
const huge = fc
  .tuple(
    fc.constantFrom(1999, 2000, 2001, 2500, 10_000),
    fc.constantFrom('x', 'ä', ' ', '\u0000', '😀'),
    odd,
  )
  .map(([length, fill, head]) => (head + fill.repeat(length)).slice(0, length));
const padded = fc.constant(` ${'x'.repeat(2000)} `);

/**
 * Owner, deputy, a coordinator, someone without rights, a Teams user unknown to the directory, one
 * without AAD id.
 */
const somePerson: fc.Arbitrary<TeamsUser> = fc.oneof(
  {
    arbitrary: fc
      .constantFrom(OWNER, OWNER, DEPUTY, STRANGER, COORDINATOR)
      .map((id) => teamsUser(id)),
    weight: 6,
  },
  fc.uuid().map((aad) => ({ id: `29:unknown-${aad}`, aadObjectId: aad })),
  fc.constant({ id: '29:no-aad' }),
);

/**
 * `action.data` of a status card press: a card as Teams would send it back (valid values, the
 * current or an old version), with up to three keys replaced by something wrong or removed; or
 * anything at all.
 */
function someCardData(): fc.Arbitrary<unknown> {
  // The card's goal, another goal of the round, a goal of another body.
  const someGoal = fc.oneof(
    { arbitrary: fc.constant(GOAL), weight: 4 },
    { arbitrary: fc.constantFrom(...ROUND_GOAL_IDS), weight: 2 },
    fc.constantFrom(...GOAL_IDS),
  );
  // '@current' is replaced by the goal's version at the time of the press (a fresh card).
  const validVersion = fc.oneof({ arbitrary: fc.constant('@current'), weight: 3 }, fc.constant(''));
  const validGoal = fc.record({ goalId: someGoal, version: validVersion });
  const validText = fc.oneof(fc.string({ maxLength: 60 }), odd, padded);
  const validFields = (index: number) => ({
    [`status__${index}`]: fc.constantFrom(...GOAL_STATUSES),
    [`progress__${index}`]: fc.integer({ min: 0, max: 100 }).map(String),
    [`happened__${index}`]: validText,
    [`nextSteps__${index}`]: validText,
    [`supportNeeded__${index}`]: fc.constant('false'),
    [`supportText__${index}`]: validText,
  });
  const validData = fc.record({
    kokobot: fc.constant('status'),
    roundId: fc.constant(ROUND),
    cardId: fc.constantFrom(CARD_ID, `${ROUND}|other`),
    ownerId: fc.constant(OWNER),
    goals: fc.array(validGoal, { minLength: 1, maxLength: 2 }),
    ...validFields(0),
    ...validFields(1),
  });

  // What may be wrong with one key of it.
  const wildText = fc.oneof(odd, huge, padded, fc.anything());
  const wild: Record<string, fc.Arbitrary<unknown>> = {
    kokobot: fc.oneof(fc.constantFrom('STATUS', 'rsvp', ''), fc.anything()),
    roundId: fc.oneof(fc.constantFrom('sg-2099-01', 'fag-bo-2026-12', ''), odd, huge),
    cardId: fc.oneof(odd, huge, fc.anything()),
    ownerId: fc.oneof(fc.constantFrom(DEPUTY, STRANGER, 'nobody', ''), odd, fc.anything()),
    userIds: fc.oneof(
      fc.array(fc.oneof(fc.uuid(), huge), { maxLength: 3 }),
      fc.array(fc.uuid(), { minLength: 61, maxLength: 61 }),
      fc.anything(),
    ),
    goals: fc.oneof(
      fc.constant([]),
      fc.array(validGoal, { minLength: 31, maxLength: 31 }),
      fc.array(
        fc.record({
          // Ids of other goals, of no goal, and ones that break table keys.
          goalId: fc.oneof(
            someGoal,
            fc.constantFrom('Z9.9', '', `${GOAL}/../Z3.1`, `${GOAL}#?`, '\u0000', 'latest'),
            odd,
            huge,
            fc.anything(),
          ),
          version: fc.oneof(
            validVersion,
            fc.constantFrom('latest', 'k|x', 'u|2026|x'),
            odd,
            huge,
            fc.anything(),
          ),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      fc.array(fc.anything(), { maxLength: 3 }),
      validGoal,
      fc.anything(),
    ),
    // Keys that trip up code treating the payload as a plain dictionary.
    toString: fc.anything(),
    valueOf: fc.anything(),
    ['__proto__']: fc.anything(),
    constructor: fc.anything(),
    status: fc.anything(),
    verb: fc.anything(),
    status__2: fc.constantFrom(...GOAL_STATUSES),
    'status__-1': fc.anything(),
  };
  for (const index of [0, 1]) {
    wild[`status__${index}`] = fc.oneof(
      fc.constantFrom('ON-TRACK', '', ' on-track', 'gefährdet', 'on-track\u0000'),
      fc.anything(),
    );
    wild[`progress__${index}`] = fc.oneof(
      fc.integer({ min: -1000, max: 1000 }),
      fc.integer({ min: -1000, max: 1000 }).map(String),
      fc.double(),
      fc.constantFrom('-1', '101', '40.5', '1e2', '0x10', '', ' 7 ', 'Infinity', 'NaN', '٤٠'),
      fc.anything(),
    );
    wild[`happened__${index}`] = wildText;
    wild[`nextSteps__${index}`] = wildText;
    wild[`supportNeeded__${index}`] = fc.oneof(
      fc.constantFrom('true', 'TRUE', '', 'yes', 1, true),
      fc.anything(),
    );
    wild[`supportText__${index}`] = wildText;
  }
  const mutation = fc.oneof(
    {
      arbitrary: fc.oneof(
        ...Object.entries(wild).map(([key, value]) => fc.record({ key: fc.constant(key), value })),
      ),
      weight: 4,
    },
    fc.record({ key: fc.constantFrom(...Object.keys(wild)), remove: fc.constant(true) }),
  );
  const statusData = fc
    .tuple(
      validData,
      fc.oneof(
        { arbitrary: fc.constant([]), weight: 2 },
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
      ),
    )
    .map(([data, mutations]) => {
      const result: Record<string, unknown> = { ...data };
      for (const change of mutations) {
        if ('remove' in change) delete result[change.key];
        else
          Object.defineProperty(result, change.key, {
            value: change.value,
            enumerable: true,
            writable: true,
            configurable: true,
          });
      }
      return result;
    });
  return fc.oneof(
    { arbitrary: statusData, weight: 12 },
    fc.object(),
    fc.anything(),
    fc.constant(undefined),
  );
}

const someVerb = fc.oneof(
  { arbitrary: fc.constant('status-submit'), weight: 12 },
  fc.constantFrom('status-edit', 'status-refresh', 'rsvp', 'STATUS-SUBMIT', ''),
  fc.string(),
  fc.anything(),
);

/** An adaptiveCard/action invoke from `person` in their personal chat, with this `value`. */
function invokeActivity(
  bot: BotHarness,
  person: TeamsUser,
  value: unknown,
): Partial<TeamsActivity> {
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: bot.connector.url,
    locale: 'de-DE',
    from: person,
    recipient: { id: BOT_ID },
    conversation: { id: `a:chat-${person.id}`, conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    value,
  };
}

/** 200, or 4xx for a malformed activity; never a server error, never internals in the body. */
function assertCalmAnswer(answer: Answer): void {
  assert.ok(
    answer.status === 200 || (answer.status >= 400 && answer.status < 500),
    `HTTP ${answer.status} (expected 200, or 4xx for a malformed activity): ${answer.raw.slice(0, 200)}`,
  );
  assert.doesNotMatch(
    answer.raw,
    /\.[jt]s:\d+|node_modules|TypeError|ReferenceError|Cannot read/,
    'no stack trace or internals in the answer',
  );
}

/** A press for a failure message: long strings cut, invisible separators spelled out. */
function visible(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'string' && item.length > 40 ? `${item.slice(0, 20)}…(${item.length})` : item,
  ).replace(/[\u2028\u2029\u200b]/g, (char) => `\\u${char.charCodeAt(0).toString(16)}`);
}

/** The bot still answers a normal message. */
async function assertStillServing(bot: BotHarness): Promise<void> {
  const reply = await bot.say(teamsUser(OWNER), chatOf(OWNER), 'hilfe');
  assert.equal(reply.method, 'POST');
  assert.ok(reply.body.text || reply.body.attachments?.length, 'the help answer arrives');
}

describe('status-check card invokes under failure (HTTP, CloudAdapter, Azurite)', () => {
  afterEach(() => sinon.restore());

  describe('when storage stops during a submit', () => {
    let azurite: TestAzurite;
    let bot: BotHarness;
    beforeEach(async () => {
      azurite = await startTestAzurite();
      bot = await startBot({ store: await freshStore(azurite), overrides: { clock: CLOCK } });
      await installFor(bot, directory, [OWNER]);
    });
    afterEach(async () => {
      await bot.close();
      await stopTestAzurite(azurite);
    });

    it('then the owner gets the form back with the input kept and a plain "not saved", not the saved view', async () => {
      await stopTestAzurite(azurite);
      const answer = await press(bot, OWNER, cardData(), valid);

      const card = assertForm(answer, 'submit while storage is down');
      assert.ok(
        textsOf(card.body).includes(STORAGE_DOWN),
        `the card says "${STORAGE_DOWN}"; it says: ${textsOf(card.body).join(' | ')}`,
      );
      assert.equal(inputValue(card, 'happened__0'), valid.happened__0, 'the text is kept');
      assert.equal(inputValue(card, 'nextSteps__0'), valid.nextSteps__0);
      assert.equal(inputValue(card, 'progress__0'), valid.progress__0);
      assert.equal(inputValue(card, 'status__0'), valid.status__0);
      assert.doesNotMatch(answer.raw, /\.ts:\d+|node_modules|TypeError|ECONNREFUSED/);
    });
  });

  describe('when the storage write fails', () => {
    let bot: BotHarness;
    beforeEach(async () => {
      bot = await startBot({ overrides: { clock: CLOCK } });
      await installFor(bot, directory, [OWNER]);
    });
    afterEach(async () => {
      await bot.close();
    });

    const unavailable = () =>
      new AppError(ErrorCodes.STORAGE_UNAVAILABLE, 'table storage did not answer as expected', {
        cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:10002'), {
          code: 'ECONNREFUSED',
        }),
      });

    it('then nothing is half-written, the form comes back, and a later submit is stored once', async () => {
      const batch = sinon.stub(bot.store, 'batch').rejects(unavailable());
      const answer = await press(bot, OWNER, cardData(), valid);
      assert.equal(batch.callCount, 1, 'the submit reached the write');

      const card = assertForm(answer, 'submit with a failing write');
      assert.ok(textsOf(card.body).includes(STORAGE_DOWN), `the card says "${STORAGE_DOWN}"`);
      assert.equal(inputValue(card, 'happened__0'), valid.happened__0, 'the text is kept');
      const rows = await rowsOf(bot.store, GOAL);
      assert.deepEqual(
        rows.map((row) => row.rowKey),
        [],
        'no u|, k| or latest row for the goal',
      );

      batch.restore();
      // The owner presses "Absenden" again on the card that came back.
      const again = await press(bot, OWNER, actionOf(card).data, valid);
      assertSavedView(again, 'the second submit');
      const after = await rowsOf(bot.store, GOAL);
      assert.equal(after.filter((row) => row.rowKey.startsWith('u|')).length, 1);
      assertRowsWellFormed(after);
      const latest = await bot.app.statuses.latest(GOAL);
      assert.equal(latest.update?.happened, valid.happened__0);
      assert.equal(latest.update?.author, OWNER);
    });

    it('when the write landed but its answer was lost, then the retry is stored once and shown as saved', async () => {
      const realBatch = bot.store.batch.bind(bot.store);
      const batch = sinon.stub(bot.store, 'batch').callsFake(async (...args) => {
        await realBatch(...args);
        throw unavailable();
      });
      const first = await press(bot, OWNER, cardData(), valid);
      const card = assertForm(first, 'submit whose answer was lost');
      assert.ok(textsOf(card.body).includes(STORAGE_DOWN));
      batch.restore();

      const again = await press(bot, OWNER, actionOf(card).data, valid);
      assertSavedView(again, 'the retry');
      const rows = await rowsOf(bot.store, GOAL);
      assert.equal(rows.filter((row) => row.rowKey.startsWith('u|')).length, 1);
      assertRowsWellFormed(rows);
    });
  });

  describe('when a text contains a line separator (U+2028, as pasted from some editors)', () => {
    // A private Azurite: the default (embedded) storage is Azurite, and this may break it for good.
    let azurite: TestAzurite;
    let bot: BotHarness;
    beforeEach(async () => {
      azurite = await startTestAzurite();
      bot = await startBot({ store: await freshStore(azurite), overrides: { clock: CLOCK } });
      await installFor(bot, directory, [OWNER, COORDINATOR]);
    });
    afterEach(async () => {
      await bot.close();
      await stopTestAzurite(azurite);
    });

    it('then it is saved like any text, a "Gespeichert." is never untrue, and others can still save', async () => {
      const values = { ...valid, happened__0: 'Stand:\u2028{Teil 2} folgt' };
      const first = await press(bot, OWNER, cardData(), values);
      // Whatever the owner was told, they press "Absenden" again on the card that came back.
      const again = await press(
        bot,
        OWNER,
        first.card ? actionOf(first.card).data : cardData(),
        values,
      );
      // Then someone else reports on their own goal of the round, in plain words.
      const other = await press(
        bot,
        COORDINATOR,
        cardData({
          cardId: `${ROUND}|${COORDINATOR}`,
          ownerId: COORDINATOR,
          goals: [{ goalId: OTHER_GOAL.id, version: '' }],
        }),
        valid,
      );

      const latest = await bot.app.statuses.latest(GOAL);
      for (const [label, answer] of [
        ['first submit', first],
        ['second submit', again],
      ] as const) {
        if (answer.card && textsOf(answer.card.body).includes(SAVED))
          assert.match(
            latest.update?.happened ?? '(nothing stored)',
            /^Stand:\s\{Teil 2\} folgt$/,
            `${label}: the card says "${SAVED}", so the text must be stored`,
          );
      }
      assertRowsWellFormed(await rowsOf(bot.store, GOAL));
      assertSavedView(other, 'a later, unrelated submit');
      assertSavedView(first, 'the first submit (valid input)');
    });
  });

  describe('when two people edit the same goal at once', () => {
    let bot: BotHarness;
    beforeEach(async () => {
      bot = await startBot({ overrides: { clock: CLOCK } });
      await installFor(bot, directory, [OWNER, DEPUTY]);
    });
    afterEach(async () => {
      await bot.close();
    });

    it('then one is saved, the other gets the form with a notice naming the first, and can resubmit', async () => {
      // Both open the card: the same card, the same version.
      const ownerCard = assertForm(
        await press(bot, OWNER, cardData(), {}, 'status-refresh'),
        'owner loads',
      );
      const deputyCard = assertForm(
        await press(bot, DEPUTY, cardData(), {}, 'status-refresh'),
        'deputy loads',
      );
      assert.deepEqual(actionOf(ownerCard).data.goals, [{ goalId: GOAL, version: '' }]);
      assert.deepEqual(actionOf(deputyCard).data.goals, actionOf(ownerCard).data.goals);
      assert.equal(actionOf(deputyCard).data.cardId, actionOf(ownerCard).data.cardId);

      const ownerValues = {
        ...valid,
        progress__0: '40',
        happened__0: 'Stand laut Zielverantwortung',
      };
      const deputyValues = {
        ...valid,
        status__0: 'delayed',
        progress__0: '25',
        happened__0: 'Stand laut Vertretung',
      };
      const [ownerAnswer, deputyAnswer] = await Promise.all([
        press(bot, OWNER, actionOf(ownerCard).data, ownerValues),
        press(bot, DEPUTY, actionOf(deputyCard).data, deputyValues),
      ]);

      const rows = await rowsOf(bot.store, GOAL);
      assertRowsWellFormed(rows);
      assert.equal(
        rows.filter((row) => row.rowKey.startsWith('u|')).length,
        1,
        'exactly one of the two is stored',
      );
      const stored = (await bot.app.statuses.latest(GOAL)).update!;
      const winner = stored.author === OWNER ? OWNER : DEPUTY;
      const loser = winner === OWNER ? DEPUTY : OWNER;
      const answers = { [OWNER]: ownerAnswer, [DEPUTY]: deputyAnswer };
      const values = { [OWNER]: ownerValues, [DEPUTY]: deputyValues };
      assert.equal(stored.happened, values[winner]!.happened__0);

      assertSavedView(answers[winner]!, `${winner} (stored)`);
      // The other one must not be told "Gespeichert." — that edit was not stored.
      const loserCard = assertForm(answers[loser]!, `${loser} (not stored)`);
      assert.ok(
        textsOf(loserCard.body).includes(conflictBy(winner)),
        `${loser} sees "${conflictBy(winner)}"; the card shows: ${textsOf(loserCard.body).join(' | ')}`,
      );
      const newVersion = actionOf(loserCard).data.goals[0]!.version;
      assert.equal(
        newVersion,
        (await bot.app.statuses.latest(GOAL)).version,
        'the current version',
      );

      // The other one checks and presses "Absenden" again on the card that came back.
      const resubmitted = await press(bot, loser, actionOf(loserCard).data, values[loser]);
      assertSavedView(resubmitted, `${loser} resubmits`);
      const history = await bot.app.statuses.history(GOAL);
      assert.equal(history.length, 2, 'both edits are in the history');
      const latest = (await bot.app.statuses.latest(GOAL)).update!;
      assert.equal(latest.author, loser);
      assert.equal(latest.happened, values[loser]!.happened__0);
      assertRowsWellFormed(await rowsOf(bot.store, GOAL));
    });
  });

  describe('when the same submit arrives more than once (double click, Teams retry)', () => {
    let bot: BotHarness;
    beforeEach(async () => {
      bot = await startBot({ overrides: { clock: CLOCK } });
      await installFor(bot, directory, [OWNER]);
    });
    afterEach(async () => {
      await bot.close();
    });

    it('then it is stored once and every answer is the saved view', async () => {
      const activity: Partial<TeamsActivity> = {
        type: 'invoke',
        name: 'adaptiveCard/action',
        id: randomUUID(),
        channelId: 'msteams',
        serviceUrl: bot.connector.url,
        locale: 'de-DE',
        from: teamsUser(OWNER),
        recipient: { id: BOT_ID },
        conversation: { id: chatOf(OWNER), conversationType: 'personal', tenantId: TENANT },
        channelData: { tenant: { id: TENANT } },
        value: {
          action: {
            type: 'Action.Execute',
            verb: 'status-submit',
            data: { ...cardData(), ...valid },
          },
        },
      };
      const concurrent = await Promise.all([bot.send(activity), bot.send(activity)]);
      const later = await bot.send(activity);
      const answers = await Promise.all([...concurrent, later].map(answerOf));
      answers.forEach((answer, index) => assertSavedView(answer, `answer ${index + 1}`));

      const rows = await rowsOf(bot.store, GOAL);
      assert.equal(rows.filter((row) => row.rowKey.startsWith('u|')).length, 1);
      assert.equal(rows.filter((row) => row.rowKey.startsWith('k|')).length, 1);
      assertRowsWellFormed(rows);
      assert.equal((await bot.app.statuses.history(GOAL)).length, 1);
    });
  });

  describe('when arbitrary card payloads are pressed (property)', () => {
    // A private Azurite: what the presses do to it must not reach the other test files.
    let azurite: TestAzurite;
    let bot: BotHarness;
    beforeEach(async () => {
      azurite = await startTestAzurite();
      bot = await startBot({ store: await freshStore(azurite), overrides: { clock: CLOCK } });
      await installFor(bot, directory, [OWNER, DEPUTY, STRANGER, COORDINATOR]);
    });
    afterEach(async () => {
      await bot.close();
      await stopTestAzurite(azurite);
    });
    const seed = Number(process.env.FC_SEED ?? 20261130);

    it('when the invoke itself is malformed (no value, no action, not Action.Execute), then the answer is 200 or 4xx and the bot lives on', async function () {
      this.timeout(60_000);
      const value = fc.oneof(
        fc.constant(undefined),
        fc.constant({}),
        fc.record({ action: fc.anything() }),
        fc.record({
          action: fc.record({
            type: fc.oneof(fc.constantFrom('Action.Submit', 'action.execute', ''), fc.anything()),
            verb: someVerb,
            data: someCardData(),
          }),
        }),
        fc.anything(),
      );
      await fc.assert(
        fc.asyncProperty(somePerson, value, async (person, value) => {
          assertCalmAnswer(await answerOf(await bot.send(invokeActivity(bot, person, value))));
        }),
        { numRuns: 150, seed },
      );
      await assertStillServing(bot);
    });

    it('when Action.Execute carries arbitrary data, then every answer is 200, the bot lives on, and no row is partial', async function () {
      this.timeout(90_000);
      const press = fc.record({
        person: somePerson,
        // (`data` undefined: the press carries no data at all.)
        action: fc.record({
          type: fc.constant('Action.Execute'),
          verb: someVerb,
          data: someCardData(),
        }),
        // The same invoke twice at once (double click, Teams retry).
        twice: fc.boolean(),
      });

      let saved = 0;
      await fc.assert(
        fc.asyncProperty(press, async ({ person, action, twice }) => {
          const goals = (action.data as { goals?: unknown } | undefined)?.goals;
          const mentioned = (Array.isArray(goals) ? goals : [goals]).filter(
            (entry): entry is { goalId: string; version: unknown } =>
              !!entry &&
              typeof entry === 'object' &&
              GOAL_IDS.includes((entry as { goalId?: unknown }).goalId as string),
          );
          for (const entry of mentioned) {
            if (entry.version === '@current')
              entry.version = (await bot.app.statuses.latest(entry.goalId)).version;
          }
          const activity = invokeActivity(bot, person, { action });
          const responses = await Promise.all((twice ? [1, 2] : [1]).map(() => bot.send(activity)));
          for (const response of responses) {
            const answer = await answerOf(response);
            assertCalmAnswer(answer);
            assert.equal(answer.status, 200, 'a well-formed Action.Execute is answered with 200');
            const shown = answer.card ? textsOf(answer.card.body) : [answer.message ?? ''];
            assert.ok(
              !shown.some((text) => text.includes(STORAGE_DOWN)),
              `storage is up the whole run, so "not reachable, not saved" is untrue; the press: ${visible(action)}`,
            );
            if (answer.card?.actions?.[0]?.verb === 'status-edit') saved += 1;
          }
          // Rows can only exist for goals of the directory (others are refused before storage).
          for (const goalId of new Set(mentioned.map((entry) => entry.goalId)))
            assertRowsWellFormed(await rowsOf(bot.store, goalId));
        }),
        // The presses share one store, so a shrunk counterexample would run against a different
        // state: report the press that failed, as it was.
        { numRuns: 300, seed, endOnFailure: true },
      );

      await assertStillServing(bot);
      // Every row of the table, over all goals, is complete and consistent.
      const all = await bot.store.query(TABLES.statusUpdates, {});
      assertRowsWellFormed(all);
      assert.ok(
        saved > 0 && all.some((row) => row.rowKey.startsWith('u|')),
        `the run exercised storing (saved answers: ${saved})`,
      );
    });
  });
});
