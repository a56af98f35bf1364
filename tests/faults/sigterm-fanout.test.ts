import assert from 'node:assert/strict';
import { TableConversationRepository } from '../../src/storage/table-conversation-repository';
import { AzureTableStore } from '../../src/storage/azure-table-store';
import { TableOutboxRepository } from '../../src/storage/table-outbox-repository';
import { TABLES } from '../../src/storage/tables';
import { membersOf } from '../../src/directory/members';
import type { OutboxEntry } from '../../src/reminders/outbox';
import { startTestAzurite, stopTestAzurite, type TestAzurite } from '../support/azurite';
import { BOT_ID, TENANT } from '../support/bot-harness';
import { ConnectorEmulator } from '../support/connector-emulator';
import { demoDirectory } from '../support/demo';
import { chatOf, teamsUser } from '../support/members';
import { exited, freePort, startService, waitForHealthy } from '../support/processes';

/*
 * The service is stopped (SIGTERM, as a deployment does) in the middle of a reminder fan-out to the
 * steering group. A new process takes over: every member gets the reminder exactly once.
 */
const directory = demoDirectory();
// The 7-day reminders of three meetings fall due at once: each member of each body gets one.
const MEETINGS = ['sg-2026-12', 'fag-bo-2027-02', 'sg-2027-03'].map((id) =>
  directory.meetings.find((meeting) => meeting.id === id)!,
);
const SENDS = MEETINGS.flatMap((meeting) =>
  membersOf(directory, meeting.body).map((personId) => ({ meeting, personId })),
);
const MEMBERS = [...new Set(SENDS.map((send) => send.personId))]; // each has a personal chat

describe('SIGTERM in the middle of a reminder fan-out (two service processes, real Azurite)', function () {
  this.timeout(120_000);
  let azurite: TestAzurite;
  let connector: ConnectorEmulator;
  const children: ReturnType<typeof startService>[] = [];

  before(async () => {
    azurite = await startTestAzurite();
    connector = await new ConnectorEmulator().start();
    connector.delayMs = 400; // Teams is slow today: the fan-out takes seconds
  });
  after(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await connector.stop();
    await stopTestAzurite(azurite);
  });

  it('when the first process is stopped half way, then the second finishes it and nobody gets the reminder twice', async () => {
    const store = new AzureTableStore({
      kind: 'connection-string',
      connectionString: azurite.connectionString,
    });
    for (const table of Object.values(TABLES)) await store.ensureTable(table);
    // Everyone has a personal chat with the bot, and the 7-day reminder is due now.
    const conversations = new TableConversationRepository({ store });
    for (const personId of MEMBERS) {
      const user = teamsUser(personId);
      await conversations.save({
        tenantId: TENANT,
        aadObjectId: user.aadObjectId,
        conversationType: 'personal',
        personId,
        reference: {
          channelId: 'msteams',
          serviceUrl: connector.url,
          conversation: { id: chatOf(personId), conversationType: 'personal', tenantId: TENANT },
          bot: { id: BOT_ID },
          user,
          locale: 'de-DE',
        },
      });
    }
    const now = new Date().toISOString();
    const rows: OutboxEntry[] = SENDS.map(({ meeting, personId }) => ({
      meetingId: meeting.id,
      bodyId: meeting.body,
      offset: 'P7D',
      recipient: `person:${personId}`,
      personId,
      kind: 'reminder',
      state: 'pending',
      dueAt: now,
      nextAttemptAt: now,
      meetingStart: meeting.start,
      startsAt: new Date(`${meeting.start}:00+01:00`).toISOString(),
      attempts: 0,
      history: [],
    }));
    assert.equal(await new TableOutboxRepository(store).addMissing(rows), SENDS.length);
    assert.ok(SENDS.length > 30, 'a fan-out worth interrupting');

    const env = { TABLES_CONNECTION_STRING: azurite.connectionString };
    const reminders = () =>
      connector.activities.filter((activity) => activity.body.type === 'message');
    const port = await freePort();
    const first = startService({ ...env, PORT: String(port) });
    children.push(first);
    await waitForHealthy(`http://127.0.0.1:${port}/healthz`);
    const deadline = Date.now() + 30_000;
    while (reminders().length < 3) {
      assert.ok(Date.now() < deadline, `the fan-out starts: ${first.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    first.kill('SIGTERM');
    assert.equal(await exited(first), 0, first.output());
    const afterFirst = reminders().length;
    assert.ok(afterFirst < SENDS.length, `stopped half way (${afterFirst} of ${SENDS.length})`);

    const secondPort = await freePort();
    const second = startService({ ...env, PORT: String(secondPort) });
    children.push(second);
    await waitForHealthy(`http://127.0.0.1:${secondPort}/healthz`);
    const finish = Date.now() + 60_000;
    while (reminders().length < SENDS.length) {
      assert.ok(Date.now() < finish, `the second process finishes: ${reminders().length}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 1500)); // anything extra would show now
    second.kill('SIGTERM');
    assert.equal(await exited(second), 0);

    // Exactly once per recipient and meeting: each reminder names its meeting's body.
    const received = new Map<string, number>();
    for (const activity of reminders()) {
      const card = JSON.stringify(activity.body);
      const meeting = MEETINGS.find(
        (candidate) =>
          card.includes(directory.bodies.find((body) => body.id === candidate.body)!.name) &&
          card.includes(candidate.start.slice(0, 4)) &&
          card.includes(`${Number(candidate.start.slice(8, 10))}.`),
      );
      const key = `${activity.conversationId}|${meeting?.id}`;
      received.set(key, (received.get(key) ?? 0) + 1);
    }
    for (const { meeting, personId } of SENDS)
      assert.equal(
        received.get(`${chatOf(personId)}|${meeting.id}`),
        1,
        `${personId} ${meeting.id}`,
      );
    for (const meeting of MEETINGS) {
      const outbox = await new TableOutboxRepository(store).forMeeting(meeting.id);
      const ours = outbox.filter((row) => row.kind === 'reminder' && row.offset === 'P7D');
      assert.ok(ours.length > 0 && ours.every((row) => row.state === 'sent'), meeting.id);
    }
  });
});
