import assert from 'node:assert/strict';
import { membersOf } from '../../src/directory/members';
import { outboxRowKey, type OutboxEntry } from '../../src/reminders/outbox';
import { AzureTableStore } from '../../src/storage/azure-table-store';
import { TableConversationRepository } from '../../src/storage/table-conversation-repository';
import { TableOutboxRepository } from '../../src/storage/table-outbox-repository';
import { TABLES } from '../../src/storage/tables';
import { startTestAzurite, stopTestAzurite, type TestAzurite } from '../support/azurite';
import { BOT_ID, TENANT } from '../support/bot-harness';
import { busiestSecond, textOf } from '../support/connector-emulator';
import { demoDirectory } from '../support/demo';
import { chatOf, teamsUser } from '../support/members';
import {
  exited,
  freePort,
  startConnectorProcess,
  startService,
  waitForHealthy,
} from '../support/processes';

/*
 * Teams' per-tenant limit is one budget for the bot, however many instances run. Two service
 * processes on one Azurite send a fan-out with the limit set to 10 messages/s (KOKOBOT_SEND_RATE):
 * the connector emulator must never see more than 10 in any sliding second. The emulator runs in a
 * process of its own, so the arrival times it stamps are not bunched by this test process's pauses.
 */
const LIMIT = 10;
const directory = demoDirectory();
const MEETINGS = ['sg-2026-12', 'fag-bo-2027-02', 'sg-2027-03'].map((id) =>
  directory.meetings.find((meeting) => meeting.id === id)!,
);
// Both reminders of three meetings to every member: a fan-out of about ten seconds.
const OFFSETS = ['P7D', 'P1D'];
const SENDS = MEETINGS.flatMap((meeting) =>
  OFFSETS.flatMap((offset) =>
    membersOf(directory, meeting.body).map((personId) => ({ meeting, personId, offset })),
  ),
);
const MEMBERS = [...new Set(SENDS.map((send) => send.personId))];

describe('the per-tenant rate limit shared by two service processes (real Azurite)', function () {
  this.timeout(180_000);
  let azurite: TestAzurite;
  let connector: Awaited<ReturnType<typeof startConnectorProcess>>;
  const children: ReturnType<typeof startService>[] = [];

  before(async () => {
    azurite = await startTestAzurite();
    connector = await startConnectorProcess();
  });
  after(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await connector.stop();
    await stopTestAzurite(azurite);
  });

  it(`when two instances send one fan-out with a limit of ${LIMIT}/s, then no sliding second holds more than ${LIMIT}, and each message arrives once`, async () => {
    const store = new AzureTableStore({
      kind: 'connection-string',
      connectionString: azurite.connectionString,
    });
    for (const table of Object.values(TABLES)) await store.ensureTable(table);
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
    // The fan-out falls due at both services' third poll (30 s in), when their start-up work (the
    // demo directory's import, the first reconcile) is long done: on a loaded machine it ran into
    // the second poll's fan-out and held a send back past its slot's margin.
    const now = new Date(Date.now() + 27_000).toISOString();
    const rows: OutboxEntry[] = SENDS.map(({ meeting, personId, offset }) => ({
      meetingId: meeting.id,
      bodyId: meeting.body,
      offset,
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

    const env = { TABLES_CONNECTION_STRING: azurite.connectionString, KOKOBOT_SEND_RATE: '10' };
    const ports = [await freePort(), await freePort()];
    for (const port of ports) children.push(startService({ ...env, PORT: String(port) }));
    await Promise.all(
      ports.map((port, index) =>
        waitForHealthy(`http://127.0.0.1:${port}/healthz`).catch((error: unknown) => {
          throw new Error(`${String(error)}: ${children[index]!.output()}`);
        }),
      ),
    );

    const sent = async () =>
      (await connector.caught()).filter((activity) => activity.body.type === 'message');
    // Done when each of the fan-out's rows is final (the services' reconciler may skip a few that
    // the demo directory does not plan, such as a member who is away).
    const ours = new Set(rows.map((row) => outboxRowKey(row)));
    const ourRows = async () =>
      (await new TableOutboxRepository(store).all()).filter((row) => ours.has(outboxRowKey(row)));
    // The fan-out takes about ten seconds; a fresh-clone CI run on the loaded 2-core machine once
    // had 66 rows still waiting for their slots after 60 s (cause not found; see the note). The
    // property checked below is the same however long it takes.
    const deadline = Date.now() + 100_000;
    for (;;) {
      const open = (await ourRows()).filter((row) => ['pending', 'sending'].includes(row.state));
      if (open.length === 0) break;
      if (Date.now() >= deadline) {
        // Say why: the rows' states, attempts and last outcomes, and what the services logged.
        const detail = open
          .slice(0, 5)
          .map(
            (row) =>
              `${row.state} x${row.attempts} next ${row.nextAttemptAt} ${JSON.stringify(row.history.slice(-2))}`,
          );
        assert.fail(
          `the fan-out finishes: ${open.length} rows left\n${detail.join('\n')}\n${children.map((child) => child.output().slice(-2_000)).join('\n---\n')}`,
        );
      }
      // Reading the table is work for this process, which also stamps each arrival: seldom.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
    }
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // anything extra would show now
    for (const child of children) child.kill('SIGTERM');
    for (const child of children) assert.equal(await exited(child), 0, child.output());

    const delivered = (await ourRows()).filter((row) => row.state === 'sent');
    assert.ok(delivered.length >= 5 * LIMIT, `a fan-out of several seconds (${delivered.length})`);
    const arrived = await sent();
    const times = arrived.map((activity) => activity.at);
    // The services may also send rows of their own (a status round open on the real date): every
    // row sent, ours or theirs, arrived once.
    const outbox = await new TableOutboxRepository(store).all();
    const sentRows = outbox.filter((row) => row.state === 'sent');
    assert.equal(times.length, sentRows.length, 'each message once');
    const senders = new Set(
      outbox.flatMap((row) => row.history.filter((a) => a.outcome === 'sent').map((a) => a.by)),
    );
    assert.equal(senders.size, 2, 'both instances sent a share');
    const sorted = [...times].sort((a, b) => a - b);
    assert.ok(
      busiestSecond(times) <= LIMIT,
      `busiest second: ${busiestSecond(times)}; gaps (ms): ${sorted
        .slice(1)
        .map((at, i) => at - sorted[i]!)
        .join(' ')}`,
    );
    // The pace of the fan-out itself (reminders), not of rows the services sent before it.
    const fanOut = arrived
      .filter((activity) => /Erinnerung/.test(textOf(activity)))
      .map((activity) => activity.at);
    assert.equal(fanOut.length, delivered.length, 'the fan-out, once each');
    const rate = (fanOut.length - 1) / ((Math.max(...fanOut) - Math.min(...fanOut)) / 1000);
    assert.ok(rate >= 0.75 * LIMIT, `together they use the budget: ${rate.toFixed(1)}/s`);
  });
});
