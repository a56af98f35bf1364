import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import pino from 'pino';
import { MAX_BODY_BYTES } from '../../src/http/server';
import { membersOf } from '../../src/directory/members';
import { validateTable } from '../../src/storage/row-schemas';
import { TABLES } from '../../src/storage/tables';
import {
  freshStore,
  startTestAzurite,
  stopTestAzurite,
  type TestAzurite,
} from '../support/azurite';
import { BOT_ID, startBot, TENANT, type BotHarness, type TeamsUser } from '../support/bot-harness';
import { textOf } from '../support/connector-emulator';
import { demoDirectory } from '../support/demo';
import { chatOf, installFor, teamsUser } from '../support/members';

/*
 * Random and malformed input of every kind, over real HTTP into the whole bot (restify, the
 * CloudAdapter, Azurite, the connector emulator): Teams-like activities of every type with fields
 * missing, wrongly typed, huge or full of control characters; card presses of all of kokobot's
 * cards with random data; and raw bodies that are no activity at all (broken JSON, other content
 * types, oversized). Whatever comes in: the answer is a status Teams understands (never 500), no
 * internals leak, the bot keeps serving, and no table holds a row that breaks its own schema.
 * (Status-card presses in depth: tests/status/status-invoke.test.ts.)
 */

const directory = demoDirectory();
const CLOCK = () => new Date('2026-11-30T10:00:00Z');
const ALLOWED = new Set([200, 201, 202, 400, 401, 413]);
const INTERNALS =
  /\.[jt]s:\d+|node_modules|TypeError|ReferenceError|RangeError|SyntaxError|Cannot read|at [\w.<>]+ \(/;

// Everyone in the demo directory has installed the bot (linked by e-mail through the emulator).
const KNOWN = directory.people.map((person) => person.id);
const COORDINATORS = directory.people.filter((person) => person.coordinator).map((p) => p.id);
const OWNERS = [
  ...new Set(directory.goals.filter((goal) => goal.body === 'sg').map((goal) => goal.owner)),
];
const MEETINGS = directory.meetings.map((meeting) => meeting.id);
const GOALS = directory.goals.map((goal) => goal.id);
const ROUND = 'sg-2026-12';

// ---------------------------------------------------------------------------------------------
// Strings

const oddUnit = fc.constantFrom(
  ...['a', 'Z', ' ', 'ß', 'ä', '😀', '👩‍👩‍👧', '"', "'", '\\', '$', '{', '}', '<', '>', '&', '%'],
  ...['|', '/', '#', '?', '*', ':', ';', '=', '\u0000', '\u0007', '\b', '\n', '\r', '\t'],
  ...['\u001b', '\u001f', '\u007f', '\u0085', '\u00a0', '\u200b', '\u200e', '\u200f', '\u202e'],
  ...['\u2028', '\u2029', '\ufeff', '\ufffd', '\ud800', '\udfff', 'ש', 'ع', '١', '\u0301'],
);
const odd = fc.string({ unit: oddUnit, maxLength: 60 });
const markup = fc.constantFrom(
  '<at>kokobot</at> hilfe',
  '<at>kokobot</at>',
  '<at>',
  '</at><at>',
  '<script>alert(1)</script>',
  '&nbsp;&amp;&#0;',
  '<p>'.repeat(500),
  '${{7*7}}{{constructor.constructor("return process")()}}',
  '\u202eeflih',
  'مرحبا كيف حالك؟',
  'שלום',
  '🙂'.repeat(2000),
  '\u2028'.repeat(3000),
  '\u0000'.repeat(3000),
);
const command = fc.constantFrom(
  'hilfe',
  'help',
  '?',
  'Wer leitet die Steuerungsgruppe?',
  'Wann tagt die SG?',
  'Wer ist für Z3.2 zuständig?',
  'erinnerungen aus',
  'erinnerungen an',
  'abwesend bis 15.01.',
  'abwesend bis 31.02.2027',
  'wieder da',
  'kanal registrieren für SG',
  'kanal registrieren für',
  'register channel for nothing',
  `sitzung verschieben ${ROUND} auf 16.12.2026 10:00`,
  `sitzung verschieben ${ROUND} auf 99.99.2026 25:61`,
  'sitzung absagen sg-2099-01',
  `sitzung absagen ${ROUND}`,
  'status',
  'status sg',
  'zwischenbilanz',
  'Zwischenbilanz SG',
  'Wer hat noch nicht geantwortet?',
  'report',
);
// Long texts: around the 2000-character limit, and up to just over the 256 KB body limit (JSON
// escapes can make a shorter text exceed it).
const huge = fc
  .tuple(
    fc.constantFrom(2001, 10_000, 100_000, 200_000, 255_000, 262_000, 300_000),
    fc.constantFrom('x', 'ä', ' ', '\u0000', '😀', '\u2028', 'hilfe '),
    odd,
  )
  .map(([length, fill, head]) =>
    (head + fill.repeat(Math.ceil(length / fill.length))).slice(0, length),
  );

const someText: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: command, weight: 6 },
  { arbitrary: odd, weight: 3 },
  { arbitrary: fc.tuple(command, odd).map(([a, b]) => `${a}${b}`), weight: 2 },
  { arbitrary: markup, weight: 2 },
  { arbitrary: fc.string({ maxLength: 200 }), weight: 1 },
  { arbitrary: huge, weight: 1 },
  {
    arbitrary: fc.constantFrom(undefined, null, '', 42, true, ['hilfe'], { text: 'hilfe' }),
    weight: 1,
  },
);

// ---------------------------------------------------------------------------------------------
// Activities

/** A Teams user: a known directory person, a stranger, one without AAD id, or something wrong. */
const someUser: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...KNOWN).map((id) => teamsUser(id) as unknown), weight: 8 },
  {
    arbitrary: fc.uuid().map((aad) => ({ id: `29:x-${aad}`, aadObjectId: aad, name: 'Fremd' })),
    weight: 2,
  },
  fc.constant({ id: '29:no-aad' }),
  fc.record({
    id: fc.oneof(odd, fc.constant('')),
    aadObjectId: fc.oneof(odd, fc.constant('')),
    name: odd,
  }),
  fc.constantFrom(
    undefined,
    null,
    '29:just-a-string',
    42,
    [],
    { id: 42 },
    { id: '' },
    { id: 'x'.repeat(600) },
  ),
  fc.anything(),
);

const someConversation = (user: unknown): fc.Arbitrary<unknown> => {
  const userId = (user as { id?: unknown } | null)?.id;
  const personal = `a:chat-${typeof userId === 'string' ? userId.replace(/^29:/, '') : 'x'}`;
  return fc.oneof(
    {
      arbitrary: fc.constant({ id: personal, conversationType: 'personal', tenantId: TENANT }),
      weight: 8,
    },
    fc.constant({
      id: '19:group-1@thread.v2',
      conversationType: 'groupChat',
      tenantId: TENANT,
      isGroup: true,
    }),
    fc.constant({
      id: '19:sg@thread.tacv2;messageid=1',
      conversationType: 'channel',
      tenantId: TENANT,
    }),
    fc.record({
      id: odd,
      conversationType: fc.oneof(odd, fc.constant('personal')),
      tenantId: fc.oneof(odd, fc.uuid()),
    }),
    fc.constantFrom(
      { id: personal },
      { id: personal, tenantId: 42 },
      { id: personal, isGroup: 'yes' },
      { id: '' },
      { id: 'x'.repeat(2000), conversationType: 'personal' },
      { conversationType: 'personal' },
      'a:chat',
      null,
      [],
    ),
    fc.anything(),
  );
};

const serviceUrls = (connector: string) =>
  fc.oneof(
    { arbitrary: fc.constant(connector), weight: 20 },
    fc.constantFrom(
      // (Not an unreachable one: the connector client retries for ~12 s.)
      'http://127.0.0.1:99999/',
      'http://%zz/',
      '',
      'not a url',
      'javascript:alert(1)',
      'ftp://127.0.0.1/',
      `${connector}../../v3/%2e%2e/?#`,
      `${connector}${'x'.repeat(3000)}`,
      42,
      null,
      { url: connector },
    ),
    fc.string({ maxLength: 30 }),
  );

const someType = fc.oneof(
  { arbitrary: fc.constant('message'), weight: 10 },
  { arbitrary: fc.constant('invoke'), weight: 7 },
  { arbitrary: fc.constantFrom('conversationUpdate', 'installationUpdate'), weight: 3 },
  fc.constantFrom(
    'messageReaction',
    'messageUpdate',
    'messageDelete',
    'event',
    'typing',
    'endOfConversation',
    'deleteUserData',
    'contactRelationUpdate',
    'handoff',
    'trace',
    'command',
    'suggestion',
    'Message',
    'MESSAGE',
    '',
  ),
  fc.string({ maxLength: 20 }),
  fc.constantFrom(undefined, null, 42, ['message'], { type: 'message' }),
);

const invokeName = fc.oneof(
  { arbitrary: fc.constant('adaptiveCard/action'), weight: 10 },
  fc.constantFrom(
    'task/fetch',
    'task/submit',
    'composeExtension/query',
    'composeExtension/submitAction',
    'composeExtension/queryLink',
    'composeExtension/selectItem',
    'composeExtension/fetchTask',
    'actionableMessage/executeAction',
    'fileConsent/invoke',
    'signin/verifyState',
    'signin/tokenExchange',
    'signin/failure',
    'config/fetch',
    'config/submit',
    'tab/fetch',
    'tab/submit',
    'healthCheck',
    'application/search',
    'handoff/action',
    'message/submitAction',
    'adaptiveCard/Action',
    '',
  ),
  fc.string({ maxLength: 30 }),
  fc.constantFrom(undefined, null, 42),
);

const localDateTime = fc.oneof(
  fc.constantFrom('2026-12-16T10:00', '2026-12-16T12:00', '2026-13-45T99:99', '0000-00-00T00:00'),
  fc
    .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 16)),
);
const someMeeting = fc.oneof(
  { arbitrary: fc.constantFrom(...MEETINGS), weight: 4 },
  fc.constantFrom('sg-2099-01', `${ROUND}@2026-12-09`, 'x', ''),
  odd,
);

/** The data of one of kokobot's cards (Action.Submit value or Action.Execute data), maybe broken. */
const cardData: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.record({
    kokobot: fc.constant('forward'),
    question: fc.oneof(command, odd, huge, fc.constant('   ')),
  }),
  fc.record({
    kokobot: fc.constant('forward-reply'),
    forwardId: fc.oneof(fc.stringMatching(/^[a-f0-9]{32}$/), odd),
    reply: fc.oneof(odd, command, huge),
  }),
  fc.record({
    kokobot: fc.constant('clarify'),
    subject: fc.oneof(fc.constantFrom('bodies/sg', 'people/jmueller', 'goals/Z3.2'), odd),
    question: fc.oneof(command, odd),
  }),
  fc.record(
    {
      kokobot: fc.constant('meeting-change'),
      meetingId: someMeeting,
      change: fc.oneof(fc.constantFrom('moved', 'cancelled'), odd),
      start: localDateTime,
      end: localDateTime,
      confirm: fc.oneof(fc.boolean(), fc.constantFrom('true', 1)),
    },
    { requiredKeys: ['kokobot', 'meetingId', 'change', 'confirm'] },
  ),
  fc.record({
    kokobot: fc.constant('status-nudge'),
    roundIds: fc.oneof(fc.array(someMeeting, { maxLength: 3 }), fc.constant(ROUND)),
    confirm: fc.oneof(fc.boolean(), fc.constant('yes')),
  }),
  fc.record({
    kokobot: fc.constant('rsvp'),
    meetingId: someMeeting,
    answer: fc.oneof(fc.constantFrom('yes', 'no', 'deputy'), odd),
  }),
  fc.record(
    {
      kokobot: fc.constant('status'),
      verb: fc.constantFrom('status-submit', 'status-edit', 'status-refresh', 'x'),
      roundId: fc.oneof(fc.constant(ROUND), odd),
      cardId: fc.oneof(fc.constant(`${ROUND}|x`), odd),
      ownerId: fc.oneof(fc.constantFrom(...OWNERS), odd),
      goals: fc.oneof(
        fc.array(
          fc.record({ goalId: fc.oneof(fc.constantFrom(...GOALS), odd), version: fc.constant('') }),
          { minLength: 1, maxLength: 2 },
        ),
        fc.anything(),
      ),
      status__0: fc.oneof(fc.constantFrom('on-track', 'at-risk', 'delayed', 'done'), odd),
      progress__0: fc.oneof(fc.integer({ min: -5, max: 105 }).map(String), odd),
      happened__0: fc.oneof(odd, huge, markup),
      nextSteps__0: fc.oneof(odd, markup),
      supportNeeded__0: fc.constantFrom('true', 'false', ''),
      supportText__0: odd,
    },
    { requiredKeys: ['kokobot', 'goals'] },
  ),
  fc.record({ kokobot: fc.oneof(odd, fc.anything()) }),
  fc.dictionary(fc.string({ maxLength: 10 }), fc.anything(), { maxKeys: 5 }),
);

/** Mostly absent; else a plausible value or anything at all. */
const rarely = (plausible: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 6 },
    { arbitrary: plausible, weight: 2 },
    fc.anything(),
  );

/** Replaces, removes or breaks up to three fields of an otherwise plausible value. */
function mutate<T extends Record<string, unknown>>(
  base: fc.Arbitrary<T>,
  wild: Record<string, fc.Arbitrary<unknown>>,
): fc.Arbitrary<Record<string, unknown>> {
  const change = fc.oneof(
    {
      arbitrary: fc.oneof(
        ...Object.entries(wild).map(([key, value]) => fc.record({ key: fc.constant(key), value })),
      ),
      weight: 3,
    },
    fc.record({ key: fc.constantFrom(...Object.keys(wild)), remove: fc.constant(true) }),
  );
  return fc
    .tuple(
      base,
      fc.oneof(
        { arbitrary: fc.constant([]), weight: 3 },
        fc.array(change, { minLength: 1, maxLength: 3 }),
      ),
    )
    .map(([value, changes]) => {
      const result: Record<string, unknown> = { ...value };
      for (const item of changes) {
        if ('remove' in item) delete result[item.key];
        else
          Object.defineProperty(result, item.key, {
            value: item.value,
            enumerable: true,
            writable: true,
            configurable: true,
          });
      }
      return result;
    });
}

/** Who may press what: the members of a meeting's body, the owners of the round's goals. */
const MEETING_MEMBERS = directory.meetings.flatMap((meeting) =>
  membersOf(directory, meeting.body).map((personId) => ({ meetingId: meeting.id, personId })),
);
const ROUND_GOALS = directory.goals.filter((goal) => goal.body === 'sg');

interface Scenario {
  type: unknown;
  user: unknown;
  name?: unknown;
  text?: unknown;
  value?: unknown;
}

const execute = (verb: string, data: unknown) => ({
  action: { type: 'Action.Execute', verb, data },
  trigger: 'manual',
});

const rsvpPress: fc.Arbitrary<Scenario> = fc
  .record({
    pair: fc.constantFrom(...MEETING_MEMBERS),
    answer: fc.oneof(fc.constantFrom('yes', 'no', 'deputy'), odd),
  })
  .map(({ pair, answer }) => ({
    type: 'invoke',
    name: 'adaptiveCard/action',
    user: teamsUser(pair.personId),
    value: execute('rsvp', { kokobot: 'rsvp', meetingId: pair.meetingId, answer }),
  }));

const statusPress: fc.Arbitrary<Scenario> = fc
  .record({
    goal: fc.constantFrom(...ROUND_GOALS),
    status: fc.oneof(fc.constantFrom('on-track', 'at-risk', 'delayed', 'done', 'paused'), odd),
    progress: fc.oneof(fc.integer({ min: 0, max: 100 }).map(String), odd),
    happened: fc.oneof(odd, markup, huge),
    nextSteps: fc.oneof(odd, command),
    supportNeeded: fc.constantFrom('true', 'false'),
    supportText: fc.oneof(odd, markup),
    verb: fc.constantFrom('status-submit', 'status-submit', 'status-edit', 'status-refresh'),
  })
  .map(({ goal, verb, ...values }) => ({
    type: 'invoke',
    name: 'adaptiveCard/action',
    user: teamsUser(goal.owner),
    value: execute(verb, {
      kokobot: 'status',
      roundId: ROUND,
      cardId: `${ROUND}|${goal.owner}`,
      ownerId: goal.owner,
      goals: [{ goalId: goal.id, version: '' }],
      status__0: values.status,
      progress__0: values.progress,
      happened__0: values.happened,
      nextSteps__0: values.nextSteps,
      supportNeeded__0: values.supportNeeded,
      supportText__0: values.supportText,
    }),
  }));

const meetingChangePress: fc.Arbitrary<Scenario> = fc
  .record({
    coordinator: fc.constantFrom(...COORDINATORS),
    meetingId: fc.constantFrom(...MEETINGS),
    change: fc.constantFrom('moved', 'cancelled'),
    start: localDateTime,
    end: localDateTime,
  })
  .map(({ coordinator, ...change }) => ({
    type: 'message',
    user: teamsUser(coordinator),
    value: { kokobot: 'meeting-change', ...change, confirm: true },
  }));

const nudgePress: fc.Arbitrary<Scenario> = fc
  .record({ coordinator: fc.constantFrom(...COORDINATORS), confirm: fc.boolean() })
  .map(({ coordinator, confirm }) => ({
    type: 'message',
    user: teamsUser(coordinator),
    value: { kokobot: 'status-nudge', roundIds: [ROUND], confirm },
  }));

const forwardPress: fc.Arbitrary<Scenario> = fc
  .record({
    user: fc.constantFrom(...KNOWN),
    question: fc.oneof(command, odd, markup, huge),
  })
  .map(({ user, question }) => ({
    type: 'message',
    user: teamsUser(user),
    value: { kokobot: 'forward', question },
  }));

const channelCommand: fc.Arbitrary<Scenario> = fc
  .record({ coordinator: fc.constantFrom(...COORDINATORS), text: fc.oneof(command, odd) })
  .map(({ coordinator, text }) => ({
    type: 'message',
    user: teamsUser(coordinator),
    text: `kanal registrieren für SG${text}`,
  }));

/**
 * Presses that make sense (the right person, a real meeting or goal), with odd values where the
 * person types: these get past the checks and reach storage. A confirmed meeting change
 * reconciles the whole outbox and a nudge sends reminders: rarer, as they cost the most.
 */
const coherentPress: fc.Arbitrary<Scenario> = fc.oneof(
  { arbitrary: rsvpPress, weight: 4 },
  { arbitrary: statusPress, weight: 4 },
  { arbitrary: forwardPress, weight: 4 },
  { arbitrary: channelCommand, weight: 2 },
  { arbitrary: meetingChangePress, weight: 1 },
  { arbitrary: nudgePress, weight: 1 },
);

/** Anything: a random type, person, invoke name, text and value. */
const randomScenario: fc.Arbitrary<Scenario> = fc
  .record({ type: someType, user: someUser, name: invokeName, text: someText })
  .chain((scenario) =>
    fc.record({
      type: fc.constant(scenario.type),
      user: fc.constant(scenario.user),
      name: fc.constant(scenario.type === 'invoke' ? scenario.name : undefined),
      text: fc.constant(scenario.text),
      value: fc.oneof(
        {
          // An Action.Execute press, for invokes; a plain Action.Submit value otherwise.
          arbitrary:
            scenario.type === 'invoke'
              ? fc.record({
                  action: fc.record(
                    {
                      type: fc.oneof(
                        { arbitrary: fc.constant('Action.Execute'), weight: 6 },
                        fc.constantFrom('Action.Submit', 'action.execute', ''),
                        fc.anything(),
                      ),
                      verb: fc.oneof(
                        fc.constantFrom('rsvp', 'status-submit', 'status-edit', 'status-refresh'),
                        odd,
                        fc.anything(),
                      ),
                      data: cardData,
                    },
                    { requiredKeys: ['type'] },
                  ),
                  trigger: fc.constantFrom('manual', 'automatic'),
                })
              : cardData,
          weight: 4,
        },
        { arbitrary: fc.constant(undefined), weight: 4 },
        fc.anything(),
      ),
    }),
  );

function someActivity(connector: string): fc.Arbitrary<Record<string, unknown>> {
  const scenario = fc.oneof(
    { arbitrary: randomScenario, weight: 3 },
    { arbitrary: coherentPress, weight: 2 },
  );
  const plausible = scenario.chain(({ type, user, name, text, value }) =>
    fc.record({
      type: fc.constant(type),
      id: fc.oneof({ arbitrary: fc.uuid(), weight: 5 }, odd),
      channelId: fc.oneof(
        { arbitrary: fc.constant('msteams'), weight: 8 },
        fc.constantFrom('webchat', 'emulator', 'directline', ''),
      ),
      serviceUrl: serviceUrls(connector),
      locale: fc.oneof(
        { arbitrary: fc.constantFrom('de-DE', 'en-US', 'en-GB', 'de'), weight: 6 },
        fc.constantFrom('', 'xx', 'ar-SA', 'he-IL', 'zh-Hans-CN', 'de_DE.UTF-8', 'x'.repeat(40)),
        odd,
      ),
      text: fc.constant(text),
      from: fc.constant(user),
      recipient: fc.oneof(
        { arbitrary: fc.constant({ id: BOT_ID, name: 'kokobot' }), weight: 8 },
        fc.constantFrom({ id: '28:other-bot' }, { id: '' }, {}, null, 'bot'),
      ),
      conversation: someConversation(user),
      channelData: fc.oneof(
        { arbitrary: fc.constant({ tenant: { id: TENANT } }), weight: 8 },
        fc.record({
          tenant: fc.oneof(fc.record({ id: fc.oneof(fc.uuid(), odd) }), fc.anything()),
          eventType: fc.constantFrom('teamMemberAdded', 'channelCreated', 'teamRenamed', 'x'),
          team: fc.anything(),
          channel: fc.anything(),
        }),
        fc.anything(),
      ),
      name: fc.constant(name),
      value: fc.constant(value),
      membersAdded: fc.oneof(
        { arbitrary: fc.constant(undefined), weight: 20 },
        { arbitrary: fc.constant([{ id: BOT_ID }]), weight: 6 },
        fc.constantFrom(
          [],
          [{}],
          [null],
          'x',
          [{ id: 42 }],
          [{ id: '29:someone' }, { id: BOT_ID }],
        ),
        fc.anything(),
      ),
      membersRemoved: fc.oneof(
        { arbitrary: fc.constant(undefined), weight: 20 },
        fc.constant([{ id: BOT_ID }]),
        fc.anything(),
      ),
      // Fields Teams sends with some activities only: mostly absent, sometimes anything.
      action: rarely(fc.constantFrom('add', 'remove', 'add-upgrade', 'x')),
      replyToId: rarely(fc.oneof(fc.uuid(), odd)),
      reactionsAdded: rarely(fc.constant([{ type: 'like' }])),
      attachments: rarely(fc.constant([{ contentType: 'text/html', content: '<p>hilfe</p>' }])),
      entities: rarely(
        fc.constant([{ type: 'mention', mentioned: { id: BOT_ID }, text: '<at>kokobot</at>' }]),
      ),
      timestamp: rarely(fc.constantFrom('not a date', '2026-11-30T10:00:00Z')),
    }),
  );
  const wild: Record<string, fc.Arbitrary<unknown>> = {
    type: fc.anything(),
    id: fc.anything(),
    channelId: fc.anything(),
    serviceUrl: fc.anything(),
    locale: fc.anything(),
    text: fc.anything(),
    from: fc.anything(),
    recipient: fc.anything(),
    conversation: fc.anything(),
    channelData: fc.anything(),
    value: fc.anything(),
    name: fc.anything(),
    membersAdded: fc.anything(),
    // Keys that trip up code treating the activity as a plain dictionary.
    ['__proto__']: fc.anything(),
    constructor: fc.anything(),
    toString: fc.anything(),
    hasOwnProperty: fc.anything(),
  };
  return mutate(plausible, wild);
}

// ---------------------------------------------------------------------------------------------
// Raw bodies

interface RawRequest {
  body: string | Buffer;
  contentType?: string;
  contentEncoding?: string;
  label: string;
}

const someRaw = (connector: string): fc.Arbitrary<RawRequest> => {
  const valid = JSON.stringify({
    type: 'message',
    id: 'raw-1',
    channelId: 'msteams',
    serviceUrl: connector,
    text: 'hilfe',
    from: teamsUser(KNOWN[0]!),
    recipient: { id: BOT_ID },
    conversation: { id: chatOf(KNOWN[0]!), conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
  });
  const body = fc.oneof(
    fc.integer({ min: 0, max: valid.length - 1 }).map((cut) => valid.slice(0, cut)),
    fc.constantFrom(
      '',
      '{',
      '}',
      '{"type":',
      'null',
      'undefined',
      'NaN',
      'true',
      '0',
      '-1e309',
      '"message"',
      '[]',
      '[{}]',
      `[${valid}]`,
      '{}',
      '{"type":"message"}',
      '{"type":"invoke","name":"adaptiveCard/action"}',
      `\ufeff${valid}`,
      `${valid}garbage`,
      valid.replace('"hilfe"', '"hil\u0000fe"'),
      valid.replace('"hilfe"', "'hilfe'"),
      `{"__proto__":{"type":"message"},"constructor":{"prototype":{"polluted":true}}}`,
      '{"type":"message","type":"invoke"}',
      `{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`,
      '['.repeat(100_000),
      `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`,
      '\u0000\u0001\u0002',
      'type=message&text=hilfe&from[id]=x',
      '<activity><type>message</type></activity>',
    ),
    fc.string({ maxLength: 200 }),
    fc.string({ unit: oddUnit, maxLength: 200 }),
    fc.jsonValue().map((value) => JSON.stringify(value) ?? ''),
    fc
      .constantFrom(MAX_BODY_BYTES + 1, 300 * 1024, 1024 * 1024)
      .map((size) => JSON.stringify({ type: 'message', text: 'x'.repeat(size) })),
  );
  const contentType = fc.oneof(
    { arbitrary: fc.constant('application/json'), weight: 6 },
    fc.constantFrom(
      undefined,
      '',
      'application/json; charset=utf-8',
      'application/json; charset=latin1',
      'application/json; charset=utf-16',
      'application/jsonp',
      'application/merge-patch+json',
      'text/plain',
      'text/html',
      'application/xml',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=xyz',
      'multipart/form-data',
      'application/octet-stream',
      'image/png',
      '*/*',
      'application/json, text/plain',
      'garbage',
    ),
  );
  const encoding = fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 8 },
    fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'x-unknown', 'gzip, gzip'),
  );
  return fc
    .record({ body, contentType, encoding, gzip: fc.boolean() })
    .map(({ body, contentType, encoding, gzip }) => {
      const compressed = encoding === 'gzip' && gzip;
      return {
        body: compressed ? gzipSync(body) : body,
        contentType,
        contentEncoding: encoding,
        label: `${contentType ?? '(no content type)'} ${encoding ?? ''}${compressed ? ' (gzipped)' : ''}: ${visible(body)}`,
      };
    });
};

// ---------------------------------------------------------------------------------------------

type Request = { activity: Record<string, unknown> } | { raw: RawRequest };

interface Answer {
  status: number;
  raw: string;
}

/** A request for a failure message: long strings cut, invisible characters spelled out. */
function visible(value: unknown): string {
  const text =
    typeof value === 'string'
      ? value
      : (JSON.stringify(value, (_key, item: unknown) =>
          typeof item === 'string' && item.length > 60
            ? `${item.slice(0, 30)}…(${item.length})`
            : item,
        ) ?? String(value));
  return (text.length > 600 ? `${text.slice(0, 600)}…(${text.length})` : text).replace(
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is shown
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202e\ufeff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function describeRequest(request: Request): string {
  return 'raw' in request ? `raw ${request.raw.label}` : `activity ${visible(request.activity)}`;
}

async function post(bot: BotHarness, request: Request): Promise<Answer> {
  const headers: Record<string, string> = {};
  let body: string | Buffer;
  if ('raw' in request) {
    body = request.raw.body;
    if (request.raw.contentType !== undefined) headers['content-type'] = request.raw.contentType;
    if (request.raw.contentEncoding) headers['content-encoding'] = request.raw.contentEncoding;
  } else {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(request.activity);
  }
  const response = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers, body });
  return { status: response.status, raw: await response.text() };
}

describe('random and malformed input of every kind over HTTP (property)', () => {
  // A private Azurite: the rows this leaves must not reach the other test files.
  let azurite: TestAzurite;
  let bot: BotHarness;
  const turnErrors: unknown[] = [];
  const crashes: unknown[] = [];
  const onCrash = (error: unknown) => crashes.push(error);

  before(async function () {
    this.timeout(30_000);
    azurite = await startTestAzurite();
    // Everything the bot logs at error level (a failed turn, a failed request) is kept to report.
    const logger = pino(
      { level: 'error' },
      { write: (line: string) => turnErrors.push(JSON.parse(line)) },
    );
    bot = await startBot({ store: await freshStore(azurite), overrides: { clock: CLOCK, logger } });
    await installFor(bot, directory, KNOWN);
    process.on('unhandledRejection', onCrash);
    process.on('uncaughtException', onCrash);
  });
  after(async () => {
    process.off('unhandledRejection', onCrash);
    process.off('uncaughtException', onCrash);
    await bot?.close();
    if (azurite) await stopTestAzurite(azurite);
  });

  const seed = Number(process.env.FC_SEED ?? 20261201);
  const runs = Number(process.env.FC_RUNS ?? 2000);

  it('then every answer is 200/201/202/400/401/413, the bot lives on, and every row keeps its schema', async function () {
    this.timeout(120_000);
    console.log(`      fast-check seed ${seed} (FC_SEED=${seed} to replay), ${runs} runs`);
    const started = Date.now();
    const statuses = new Map<number, number>();
    let requests = 0;

    const request: fc.Arbitrary<Request> = fc.oneof(
      { arbitrary: someActivity(bot.connector.url).map((activity) => ({ activity })), weight: 4 },
      { arbitrary: someRaw(bot.connector.url).map((raw) => ({ raw })), weight: 1 },
    );
    // Mostly one request at a time; sometimes a few at once (a burst, a Teams retry).
    const burst = fc.oneof(
      { arbitrary: request.map((one) => [one]), weight: 5 },
      fc.array(request, { minLength: 2, maxLength: 5 }),
      request.map((one) => [one, one]),
    );

    const failures: string[] = [];
    const result = await fc.check(
      fc.asyncProperty(burst, async (batch) => {
        const answers = await Promise.all(batch.map((one) => post(bot, one)));
        answers.forEach((answer, index) => {
          requests += 1;
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          const what = describeRequest(batch[index]!);
          if (!ALLOWED.has(answer.status))
            failures.push(`HTTP ${answer.status} ${visible(answer.raw.slice(0, 200))} for ${what}`);
          else if (INTERNALS.test(answer.raw))
            failures.push(
              `internals in the answer ${visible(answer.raw.slice(0, 200))} to ${what}`,
            );
        });
        return failures.length === 0;
      }),
      // Every request shares one store and bot, so a shrunk counterexample would run against a
      // different state: report the failing burst as it was (cut short to stay readable).
      { numRuns: runs, seed, endOnFailure: true },
    );
    assert.ok(
      !result.failed,
      `after ${result.numRuns} runs (seed ${seed}, path ${result.counterexamplePath}): ${failures.join('\n') || String(result.errorInstance)}`,
    );

    // What the bot logged as failed turns (replies to garbage service URLs and conversation ids
    // cannot be sent), by kind: not a failure, but worth a look when it changes.
    const logged = new Map<string, number>();
    for (const entry of turnErrors as { msg?: string; err?: { name?: string; code?: string } }[]) {
      const kind = `${entry.msg} (${entry.err?.code ?? entry.err?.name ?? '?'})`;
      logged.set(kind, (logged.get(kind) ?? 0) + 1);
    }
    console.log(
      `      ${requests} requests in ${((Date.now() - started) / 1000).toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries(statuses))}; logged errors ${JSON.stringify(Object.fromEntries(logged))}`,
    );
    assert.deepEqual(crashes, [], 'no unhandled rejection or uncaught exception');

    // Still serving: /healthz, and a plain "hilfe" from a known person gets its help card.
    assert.equal((await fetch(`${bot.url}/healthz`)).status, 200);
    const person = KNOWN[0]!;
    const reply = await bot.say(teamsUser(person) as TeamsUser, chatOf(person), 'hilfe');
    assert.match(textOf(reply), /beantwortet Fragen/);

    // Nothing the bot sent to a chat shows internals.
    for (const sent of bot.connector.activities)
      assert.doesNotMatch(
        JSON.stringify(sent.body),
        INTERNALS,
        `internals sent: ${visible(sent.body)}`,
      );

    // Every row of every table keeps its schema.
    const counts: Record<string, number> = {};
    const problems: string[] = [];
    for (const table of Object.values(TABLES)) {
      const rows = await bot.store.query(table, {});
      counts[table] = rows.length;
      problems.push(...validateTable(table, rows));
    }
    console.log(`      rows: ${JSON.stringify(counts)}`);
    assert.deepEqual(problems.slice(0, 20), [], `${problems.length} rows break their schema`);
    // The run reached storage, not only the edge.
    for (const table of [TABLES.conversations, TABLES.context, TABLES.rsvps])
      assert.ok(counts[table]! > 0, `the run stored ${table} rows`);
    // Forwarded questions live in the outbox, next to the messages they send.
    const outboxRows = await bot.store.query(TABLES.outbox, {});
    assert.ok(
      outboxRows.some((row) => row.rowKey === 'forward'),
      'the run stored forwarded questions',
    );
  });
});
