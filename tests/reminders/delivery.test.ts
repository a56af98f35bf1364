import assert from 'node:assert/strict';
import type { AppOverrides } from '../../src/app';
import { membersOf } from '../../src/directory/members';
import { TableConversationRepository } from '../../src/storage/table-conversation-repository';
import type { TableStore } from '../../src/storage/table-store';
import { startBot, TENANT, type BotHarness } from '../support/bot-harness';
import { textOf, type CaughtActivity } from '../support/connector-emulator';
import { demoDirectory } from '../support/demo';
import { chatOf, installFor, teamsUser } from '../support/members';

const directory = demoDirectory();
const SG_MEMBERS = membersOf(directory, 'sg');
// Eight members have the app; the rest cannot be reached.
const INSTALLED = SG_MEMBERS.slice(0, 8);
const SEVEN_DAYS_DUE = new Date('2026-12-02T08:00:00Z');

const reminderTo = (connector: BotHarness['connector'], personId: string): CaughtActivity[] =>
  connector.activities.filter(
    (activity) =>
      activity.conversationId === chatOf(personId) &&
      activity.method === 'POST' &&
      /Erinnerung: Die Steuerungsgruppe/.test(textOf(activity)),
  );

describe('meeting reminders through the whole path (outbox → scheduler → connector; real Azurite)', function () {
  this.timeout(60_000);
  let now: Date;
  let bot: BotHarness;
  const clock = () => now;
  const reminderSettings = (instanceId: string): AppOverrides['reminders'] => ({
    instanceId,
    leaseMs: 60_000,
    retry: { maxAttempts: 4, baseMs: 1_000, maxMs: 10_000 },
    timeoutMs: 500,
    concurrency: 1,
  });

  beforeEach(async () => {
    now = new Date('2026-11-24T09:00:00Z');
    bot = await startBot({ overrides: { clock, reminders: reminderSettings('a') } });
    await installFor(bot, directory, INSTALLED);
    await bot.app.reminders.round(); // plans the outbox; nothing is due yet
  });
  afterEach(async () => {
    await bot.close();
  });

  async function drain(instances: BotHarness[]): Promise<void> {
    for (let round = 0; round < 20; round += 1) {
      const done = await Promise.all(instances.map((instance) => instance.app.reminders.round()));
      if (done.every((count) => count === 0)) return;
    }
  }

  it('when the 7-day reminder of the next steering-group meeting falls due, then each member with the app gets it once, as a card with RSVP buttons', async () => {
    assert.equal(
      bot.connector.activities.filter((a) => /^Erinnerung/.test(textOf(a))).length,
      0,
      'nothing before it is due',
    );
    now = new Date(SEVEN_DAYS_DUE.getTime() + 30_000);
    await drain([bot]);
    for (const personId of INSTALLED)
      assert.equal(reminderTo(bot.connector, personId).length, 1, personId);
    const card = reminderTo(bot.connector, INSTALLED[0]!)[0]!;
    assert.match(
      textOf(card),
      /^Erinnerung: Die Steuerungsgruppe KAoA Bochum tagt am Mittwoch, 9\. Dezember 2026 um 10:00 Uhr/,
    );
    const actions = (
      card.body.attachments![0]!.content as { actions: { type: string; title: string }[] }
    ).actions;
    assert.deepEqual(
      actions.filter((a) => a.type === 'Action.Execute').map((a) => a.title),
      ['Zusage', 'Absage', 'Vertretung kommt'],
    );
    assert.ok(
      actions.some((a) => a.type === 'Action.OpenUrl' && a.title === 'Zum Kalender hinzufügen'),
    );

    const rows = (await bot.app.outbox.forMeeting('sg-2026-12')).filter(
      (row) => row.offset === 'P7D',
    );
    assert.equal(rows.length, SG_MEMBERS.length);
    assert.equal(rows.filter((row) => row.state === 'sent').length, INSTALLED.length);
    assert.ok(
      rows
        .filter((row) => row.state === 'failed')
        .every((row) => /unreachable/.test(row.reason ?? '')),
    );
  });

  it('when members cannot be reached, then the coordinators are told once per meeting, with their names', async () => {
    await installFor(bot, directory, ['ahoffmann']);
    now = new Date(SEVEN_DAYS_DUE.getTime() + 30_000);
    await drain([bot]);
    now = new Date('2026-12-08T08:00:30Z');
    await drain([bot]);
    const reports = bot.connector.activities.filter(
      (activity) =>
        activity.conversationId === chatOf('ahoffmann') &&
        /nicht erreichbar/.test(textOf(activity)),
    );
    assert.equal(reports.length, 1, 'once per meeting, not once per reminder');
    const unreachable = SG_MEMBERS.filter((id) => !INSTALLED.includes(id) && id !== 'ahoffmann');
    assert.match(
      textOf(reports[0]!),
      new RegExp(
        `^${unreachable.length} Mitglieder von Steuerungsgruppe KAoA Bochum sind für kokobot nicht erreichbar: `,
      ),
    );
    const someone = directory.people.find((person) => person.id === unreachable[0])!.name;
    assert.ok(textOf(reports[0]!).includes(someone));
  });

  it('when three instances run against one storage, then every due reminder arrives exactly once', async () => {
    const others = [
      await startBot({
        store: bot.store,
        overrides: { clock, reminders: { ...reminderSettings('b'), concurrency: 4 } },
      }),
      await startBot({
        store: bot.store,
        overrides: { clock, reminders: { ...reminderSettings('c'), concurrency: 4 } },
      }),
    ];
    try {
      now = new Date(SEVEN_DAYS_DUE.getTime() + 30_000);
      await drain([bot, ...others]);
      for (const personId of INSTALLED)
        assert.equal(reminderTo(bot.connector, personId).length, 1, personId);
      const senders = new Set(
        (await bot.app.outbox.forMeeting('sg-2026-12'))
          .filter((row) => row.state === 'sent')
          .flatMap((row) => row.history.filter((h) => h.outcome === 'sent').map((h) => h.by)),
      );
      assert.ok(senders.size >= 2, `work was shared (${[...senders].join(', ')})`);
    } finally {
      for (const other of others) await other.close();
    }
  });

  it('when an instance died holding claims, then after the claims expire the rest arrive exactly once', async () => {
    now = new Date(SEVEN_DAYS_DUE.getTime() + 30_000);
    // The dead instance claimed half of the due rows and never finished them.
    const due = await bot.app.outbox.due(now.toISOString(), 100);
    const claimed = due.filter((_, index) => index % 2 === 0);
    for (const entry of claimed) {
      entry.state = 'sending';
      entry.claimedBy = 'dead';
      entry.leaseUntil = new Date(now.getTime() + 60_000).toISOString();
      entry.attempts += 1;
      assert.ok(await bot.app.outbox.update(entry));
    }
    await drain([bot]);
    const claimedPeople = new Set(claimed.map((entry) => entry.personId));
    for (const personId of INSTALLED)
      assert.equal(
        reminderTo(bot.connector, personId).length,
        claimedPeople.has(personId) ? 0 : 1,
        personId,
      );
    now = new Date(now.getTime() + 61_000);
    await drain([bot]);
    for (const personId of INSTALLED)
      assert.equal(reminderTo(bot.connector, personId).length, 1, personId);
    const takenOver = (await bot.app.outbox.forMeeting('sg-2026-12')).filter((row) =>
      row.history.some((h) => h.outcome === 'expired-claim' && h.detail === 'dead'),
    );
    assert.equal(takenOver.length, claimed.length);
  });

  it('when Teams answers 429 with Retry-After, then the whole fan-out pauses that long and nothing is sent twice', async () => {
    now = new Date(SEVEN_DAYS_DUE.getTime() + 30_000);
    bot.connector.failNext({ status: 429, retryAfterSeconds: 30 });
    await drain([bot]);
    const sentSoFar = INSTALLED.filter(
      (personId) => reminderTo(bot.connector, personId).length === 1,
    );
    assert.equal(sentSoFar.length, 0, 'after the 429 nobody else is sent to until the pause ends');
    now = new Date(now.getTime() + 20_000);
    await drain([bot]);
    assert.equal(
      INSTALLED.filter((personId) => reminderTo(bot.connector, personId).length === 1).length,
      0,
      'still paused after 20 s',
    );
    now = new Date(now.getTime() + 11_000);
    await drain([bot]);
    for (const personId of INSTALLED)
      assert.equal(reminderTo(bot.connector, personId).length, 1, personId);
    const throttled = (await bot.app.outbox.forMeeting('sg-2026-12')).filter((row) =>
      row.history.some((h) => h.status === 429),
    );
    assert.equal(throttled.length, 1);
  });

  it('when Teams answers 503, 500, 403 or hangs, then 503 and the hang are retried with backoff, 500 is recorded as failed, 403 marks the chat stale', async () => {
    // Status-check cards (due 10 days before) go out first; the faults are meant for the reminders.
    now = new Date('2026-11-27T08:00:30Z');
    await drain([bot]);
    now = new Date(SEVEN_DAYS_DUE.getTime() + 30_000);
    bot.connector.failNext({ status: 503 });
    bot.connector.failNext({ hang: true });
    bot.connector.failNext({ status: 500 });
    bot.connector.failNext({
      status: 403,
      body: { error: { code: 'ConversationBlockedByUser', message: 'blocked' } },
    });
    await drain([bot]);
    const rows = (await bot.app.outbox.forMeeting('sg-2026-12')).filter(
      (row) => row.offset === 'P7D' && row.personId && INSTALLED.includes(row.personId),
    );
    const byStatus = (status: number) =>
      rows.find((row) => row.history.some((h) => h.status === status))!;
    assert.equal(byStatus(503).state, 'pending', 'waiting for its retry');
    assert.ok(Date.parse(byStatus(503).nextAttemptAt) >= now.getTime() + 500, 'backoff');
    assert.equal(byStatus(500).state, 'failed');
    const blocked = byStatus(403);
    assert.equal(blocked.state, 'failed');
    const hung = rows.find((row) => row.history.some((h) => h.detail === 'timeout'))!;
    assert.equal(hung.state, 'pending');
    const stale = await new TableConversationRepository({
      store: bot.store as TableStore,
    }).listForUser(TENANT, teamsUser(blocked.personId!).aadObjectId);
    assert.equal(stale[0]!.stale, true);

    now = new Date(now.getTime() + 30_000);
    await drain([bot]);
    for (const personId of INSTALLED) {
      const expected = personId === byStatus(500).personId || personId === blocked.personId ? 0 : 1;
      assert.equal(reminderTo(bot.connector, personId).length, expected, personId);
    }
    // A message from the blocked user makes the chat fresh again.
    await bot.message('hilfe', {
      from: teamsUser(blocked.personId!),
      conversation: {
        id: chatOf(blocked.personId!),
        conversationType: 'personal',
        tenantId: TENANT,
      },
    });
    const fresh = await new TableConversationRepository({
      store: bot.store as TableStore,
    }).listForUser(TENANT, teamsUser(blocked.personId!).aadObjectId);
    assert.equal(fresh[0]!.stale, false);
  });

  describe('each person controls their reminders', () => {
    const say = async (personId: string, text: string) =>
      textOf(await bot.say(teamsUser(personId), chatOf(personId), text));

    it('when a member switches reminders off, then none come, the help card says so, and switching on again works', async () => {
      const member = INSTALLED[2]!;
      assert.match(await say(member, 'Erinnerungen aus'), /Erinnerungen sind jetzt aus/);
      const help = bot.connector.activities.length;
      await say(member, 'hilfe');
      assert.match(JSON.stringify(bot.connector.activities[help]!.body), /Ihre Erinnerungen: aus/);
      now = new Date(SEVEN_DAYS_DUE.getTime() + 30_000);
      await drain([bot]);
      assert.equal(reminderTo(bot.connector, member).length, 0);
      assert.match(await say(member, 'erinnerungen an'), /wieder an/);
      now = new Date('2026-12-08T08:00:30Z');
      await drain([bot]);
      assert.equal(reminderTo(bot.connector, member).length, 1, 'the 1-day reminder comes again');
    });

    it('when a member is away until a date, then reminders due until then are skipped and later ones come', async () => {
      const member = INSTALLED[3]!;
      assert.match(
        await say(member, 'abwesend bis 05.12.'),
        /Bis einschließlich 5\.12\.2026 bekommen Sie keine Erinnerungen/,
      );
      now = new Date(SEVEN_DAYS_DUE.getTime() + 30_000);
      await drain([bot]);
      assert.equal(reminderTo(bot.connector, member).length, 0);
      now = new Date('2026-12-08T08:00:30Z');
      await drain([bot]);
      assert.equal(reminderTo(bot.connector, member).length, 1);
    });
  });

  it('when the bot was down, then a reminder a few hours late is still sent and labelled late; one whose meeting started is skipped', async () => {
    now = new Date(SEVEN_DAYS_DUE.getTime() + 3 * 3600_000);
    await drain([bot]);
    const late = reminderTo(bot.connector, INSTALLED[0]!);
    assert.equal(late.length, 1);
    assert.match(textOf(late[0]!), /Diese Erinnerung kommt verspätet\./);
    now = new Date('2026-12-09T09:30:00Z'); // the meeting started at 09:00 UTC
    await drain([bot]);
    const rows = (await bot.app.outbox.forMeeting('sg-2026-12')).filter(
      (row) => row.offset === 'P1D' && row.personId === INSTALLED[0],
    );
    assert.equal(rows[0]!.state, 'skipped');
    assert.match(rows[0]!.reason ?? '', /meeting has started|too late/);
  });

  describe('coordinators move or cancel a meeting', () => {
    const say = (personId: string, text: string, value?: unknown) =>
      bot.say(teamsUser(personId), chatOf(personId), text, value);
    const confirmData = (card: CaughtActivity) =>
      (
        card.body.attachments![0]!.content as {
          actions: { title: string; data: Record<string, unknown> }[];
        }
      ).actions.find((action) => action.title === 'Ja')!.data;

    it('when a coordinator moves a meeting after the first reminders, then reminded members get a notice, and the next reminder follows the new date', async () => {
      await installFor(bot, directory, ['ahoffmann']);
      now = new Date(SEVEN_DAYS_DUE.getTime() + 30_000);
      await drain([bot]);
      assert.match(
        textOf(await say(INSTALLED[0]!, 'sitzung verschieben sg-2026-12 auf 16.12.2026 10:00')),
        /kann nur die Koordinierungsstelle/,
      );
      const confirm = await say('ahoffmann', 'sitzung verschieben sg-2026-12 auf 16.12.2026 10:00');
      assert.match(
        textOf(confirm),
        /die Sitzung vom Mittwoch, 9\. Dezember 2026, 10:00 Uhr auf Mittwoch, 16\. Dezember 2026, 10:00 Uhr verschieben\?/,
      );
      // "Ja" pressed on that card: the outcome replaces it, buttons and all.
      const before = bot.connector.activities.length;
      await bot.message('', {
        from: teamsUser('ahoffmann'),
        conversation: { id: chatOf('ahoffmann'), conversationType: 'personal' },
        value: confirmData(confirm),
        replyToId: confirm.activityId,
      } as never);
      const done = await bot.connector.waitFor(
        (a) =>
          bot.connector.activities.indexOf(a) >= before && a.conversationId === chatOf('ahoffmann'),
      );
      assert.equal(done.method, 'PUT');
      assert.equal(done.activityId, confirm.activityId, 'the pressed card is replaced');
      const replaced = done.body.attachments![0]!.content as {
        actions?: unknown[];
        body: unknown[];
      };
      assert.deepEqual(replaced.actions ?? [], [], 'no buttons left to press');
      assert.match(JSON.stringify(replaced.body), /verschieben\?/, 'the question stays readable');
      assert.match(
        textOf(done),
        /ist verschoben\. \d+ bereits (erinnertes Mitglied bekommt|erinnerte Mitglieder bekommen) eine Nachricht/,
      );
      await drain([bot]);
      for (const personId of INSTALLED) {
        const notices = bot.connector.activities.filter(
          (a) => a.conversationId === chatOf(personId) && /^Verschoben: /.test(textOf(a)),
        );
        assert.equal(notices.length, 1, personId);
        assert.match(textOf(notices[0]!), /am Mittwoch, 16\. Dezember 2026 um 10:00 Uhr/);
      }
      now = new Date('2026-12-08T08:00:30Z');
      await drain([bot]);
      assert.equal(
        reminderTo(bot.connector, INSTALLED[0]!).length,
        1,
        'no 1-day reminder for the old date',
      );
      now = new Date('2026-12-15T08:00:30Z');
      await drain([bot]);
      const reminders = reminderTo(bot.connector, INSTALLED[0]!);
      assert.equal(reminders.length, 2);
      assert.match(textOf(reminders[1]!), /16\. Dezember 2026/);
      const answer = await say(INSTALLED[0]!, 'Wann tagt die SG das nächste Mal?');
      assert.match(textOf(answer), /16\. Dezember 2026/, 'answers know about the move too');
    });

    it('when a coordinator cancels a meeting, then reminded members hear so and no further reminder comes', async () => {
      await installFor(bot, directory, ['ahoffmann']);
      now = new Date(SEVEN_DAYS_DUE.getTime() + 30_000);
      await drain([bot]);
      const confirm = await say('ahoffmann', 'sitzung absagen sg-2026-12');
      await say('ahoffmann', '', confirmData(confirm));
      await drain([bot]);
      assert.ok(
        bot.connector.activities.some(
          (a) =>
            a.conversationId === chatOf(INSTALLED[0]!) &&
            /^Abgesagt: Die Sitzung von Steuerungsgruppe KAoA Bochum/.test(textOf(a)),
        ),
      );
      now = new Date('2026-12-08T08:00:30Z');
      await drain([bot]);
      assert.equal(reminderTo(bot.connector, INSTALLED[0]!).length, 1);
    });
  });

  it('when a coordinator registers a team channel for the SG, then one reminder per offset goes there too, without RSVP buttons', async () => {
    await installFor(bot, directory, ['ahoffmann']);
    const channel = {
      id: '19:sg-channel@thread.tacv2;messageid=123',
      conversationType: 'channel',
      tenantId: TENANT,
    };
    const register = async (personId: string) => {
      const before = bot.connector.activities.length;
      await bot.message('<at>kokobot</at> kanal registrieren für SG', {
        from: teamsUser(personId),
        conversation: channel,
      });
      return textOf(
        await bot.connector.waitFor(
          (a) => bot.connector.activities.indexOf(a) >= before && a.conversationId === channel.id,
        ),
      );
    };
    assert.match(await register(INSTALLED[0]!), /kann nur die Koordinierungsstelle/);
    assert.match(
      await register('ahoffmann'),
      /Dieser Kanal bekommt jetzt auch die Erinnerungen von „Steuerungsgruppe KAoA Bochum“/,
    );
    now = new Date(SEVEN_DAYS_DUE.getTime() + 30_000);
    await drain([bot]);
    const posts = bot.connector.activities.filter(
      (a) =>
        a.conversationId === '19:sg-channel@thread.tacv2' &&
        /Erinnerung: Die Steuerungsgruppe/.test(textOf(a)),
    );
    assert.equal(posts.length, 1);
    const actions = (posts[0]!.body.attachments![0]!.content as { actions: { type: string }[] })
      .actions;
    assert.ok(actions.every((action) => action.type !== 'Action.Execute'));
  });

  it('when a new directory is imported, then removed members get nothing and new members get the reminders still due', async () => {
    const changed = demoDirectory();
    const leaving = INSTALLED[4]!;
    changed.people.find((person) => person.id === leaving)!.actor = 'gib'; // G.I.B. is not in the SG
    changed.people.push({
      id: 'neu',
      name: 'Nora Neu',
      actor: 'aa',
      role: 'Beraterin',
      email: 'nora.neu@example.org',
      coordinator: false,
    });
    await bot.app.directoryRepository.replace(changed);
    bot.app.directory.invalidate();
    await installFor(bot, changed, ['neu']);
    await bot.app.reminders.round();
    const rows = await bot.app.outbox.forMeeting('sg-2026-12');
    assert.ok(
      rows
        .filter((row) => row.personId === leaving)
        .every((row) => row.state === 'skipped' && row.reason === 'no longer planned'),
    );
    assert.deepEqual(
      rows
        .filter((row) => row.personId === 'neu')
        .map((row) => row.offset)
        .sort(),
      ['P1D', 'P7D'],
    );
    now = new Date(SEVEN_DAYS_DUE.getTime() + 30_000);
    await drain([bot]);
    assert.equal(reminderTo(bot.connector, leaving).length, 0);
    assert.equal(reminderTo(bot.connector, 'neu').length, 1);
  });

  describe('RSVP', () => {
    const invoke = (personId: string, data: Record<string, unknown>) =>
      bot.invoke(teamsUser(personId), chatOf(personId), 'rsvp', data);

    it('when a member presses Zusage, then the card is replaced in place and the answer stored; pressing Absage changes it', async () => {
      const member = INSTALLED[0]!;
      const first = await invoke(member, {
        kokobot: 'rsvp',
        meetingId: 'sg-2026-12',
        answer: 'yes',
      });
      assert.equal(first.status, 200);
      const body = (await first.json()) as { statusCode: number; type: string; value: unknown };
      assert.equal(body.statusCode, 200);
      assert.equal(body.type, 'application/vnd.microsoft.card.adaptive');
      assert.match(JSON.stringify(body.value), /Ihre Antwort: Zusage/);
      assert.equal((await bot.app.rsvps.get('sg-2026-12', member))?.answer, 'yes');
      const second = (await (
        await invoke(member, { kokobot: 'rsvp', meetingId: 'sg-2026-12', answer: 'no' })
      ).json()) as { value: unknown };
      assert.match(JSON.stringify(second.value), /Ihre Antwort: Absage/);
      assert.equal((await bot.app.rsvps.get('sg-2026-12', member))?.answer, 'no');
      now = new Date(SEVEN_DAYS_DUE.getTime() + 30_000);
      await drain([bot]);
      assert.equal(reminderTo(bot.connector, member).length, 0, 'no reminder after declining');
    });

    it('when a coordinator asks who comes to the next SG, then counts and names come back; an ordinary member is told it is not for them', async () => {
      await invoke(INSTALLED[0]!, { kokobot: 'rsvp', meetingId: 'sg-2026-12', answer: 'yes' });
      await invoke(INSTALLED[1]!, { kokobot: 'rsvp', meetingId: 'sg-2026-12', answer: 'no' });
      await invoke(INSTALLED[2]!, { kokobot: 'rsvp', meetingId: 'sg-2026-12', answer: 'deputy' });
      await installFor(bot, directory, ['ahoffmann']);
      const ask = async (personId: string) => {
        const before = bot.connector.activities.length;
        await bot.message('Wer kommt zur nächsten SG?', {
          from: teamsUser(personId),
          conversation: { id: chatOf(personId), conversationType: 'personal', tenantId: TENANT },
        });
        return textOf(
          await bot.connector.waitFor(
            (activity) =>
              bot.connector.activities.indexOf(activity) >= before &&
              activity.conversationId === chatOf(personId),
          ),
        );
      };
      const total = SG_MEMBERS.length;
      assert.equal(
        await ask('ahoffmann'),
        `Steuerungsgruppe KAoA Bochum am Mittwoch, 9. Dezember 2026: 1 Zusage, 1 Vertretung, 1 Absage, ${total - 3} ohne Antwort.`,
      );
      const ordinary = INSTALLED.find(
        (id) =>
          !directory.people.find((person) => person.id === id)?.coordinator &&
          !['bgross', 'jmueller'].includes(id),
      )!;
      assert.match(await ask(ordinary), /sehen nur die Koordinierungsstelle und der Vorsitz/);
    });

    it('when someone forges an RSVP for another person or a body they are not in, then nothing is stored', async () => {
      const outsider = directory.people.find((person) => !SG_MEMBERS.includes(person.id))!.id;
      await installFor(bot, directory, [outsider]);
      const member = INSTALLED[1]!;
      const response = (await (
        await invoke(outsider, {
          kokobot: 'rsvp',
          meetingId: 'sg-2026-12',
          answer: 'no',
          personId: member,
          userId: member,
        })
      ).json()) as {
        type: string;
        value: string;
      };
      assert.equal(response.type, 'application/vnd.microsoft.activity.message');
      assert.match(response.value, /nicht auf der Mitgliederliste/);
      assert.equal(await bot.app.rsvps.get('sg-2026-12', member), undefined);
      assert.equal(await bot.app.rsvps.get('sg-2026-12', outsider), undefined);
    });
  });
});
