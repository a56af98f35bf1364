import '../src/warnings';
import { performance } from 'node:perf_hooks';
import { createApp } from '../src/app';
import { parseConfig } from '../src/config';
import type { Directory } from '../src/directory/model';
import { silentLogger } from '../src/logging';
import { AzureTableStore } from '../src/storage/azure-table-store';
import { TableConversationRepository } from '../src/storage/table-conversation-repository';
import { TableDirectoryRepository } from '../src/storage/table-directory-repository';
import { TABLES } from '../src/storage/tables';
import { TEAMS_LIMITS, type RateLimits } from '../src/reminders/throttle';
import { startTestAzurite, stopTestAzurite } from '../tests/support/azurite';
import { busiestSecond, ConnectorEmulator } from '../tests/support/connector-emulator';

/**
 * `npm run bench:reminders`: a fan-out to 2,000 members through the connector emulator over real
 * HTTP, with a real Azurite as the outbox. Run 1 keeps the Teams limit (50 messages/s per tenant):
 * the achieved rate as a fraction of it. Run 2 does the same with two instances on one storage
 * (two Apps in this process, each with its own limiter, sharing only table storage, as two service
 * processes do): the busiest sliding second the connector saw, and the aggregate rate. Run 3 lifts
 * the limit: time from due to sent. All count duplicates and losses. Prints figures; asserts nothing.
 */
const RECIPIENTS = 2000;
const TENANT = 'bench-tenant';

function directoryFor(members: number, start: string): Directory {
  return {
    organisation: { name: 'Bench', timezone: 'Europe/Berlin', locale: 'de-DE', state: 'NW' },
    actors: [
      { id: 'a', name: 'Institution', aliases: [], kind: 'city', description: 'x', partners: [] },
    ],
    people: Array.from({ length: members }, (_, i) => ({
      id: `p${i}`,
      name: `Person ${i}`,
      actor: 'a',
      role: 'Mitglied',
      email: `p${i}@example.org`,
      coordinator: false,
    })),
    bodies: [
      {
        id: 'big',
        name: 'Großes Gremium',
        aliases: [],
        purpose: 'Benchmark',
        members: ['a'],
        chairs: [],
        reminders: ['PT1H'],
      },
    ],
    fields: [],
    goals: [],
    meetings: [
      {
        id: 'm1',
        body: 'big',
        start,
        end: start.replace(
          /T(\d\d)/,
          (_, h) => `T${String((Number(h) + 1) % 24).padStart(2, '0')}`,
        ),
        location: 'Rathaus',
        agenda: [],
      },
    ],
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function run(label: string, limits: RateLimits, connectionString: string, instances = 1) {
  const connector = await new ConnectorEmulator().start();
  const store = new AzureTableStore(
    { kind: 'connection-string', connectionString },
    { tablePrefix: `b${Date.now().toString(36)}` },
  );
  for (const table of Object.values(TABLES)) await store.ensureTable(table);
  // Meeting 61 minutes ahead (whole minutes, local time): with a PT1H offset everything is due in ~1 min.
  const startAt = new Date(Date.now() + 61 * 60_000);
  const local = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Berlin',
    dateStyle: 'short',
    timeStyle: 'short',
  })
    .format(startAt)
    .replace(' ', 'T');
  const directory = directoryFor(RECIPIENTS, local);
  await new TableDirectoryRepository({ store }).replace(directory);
  const conversations = new TableConversationRepository({ store });
  for (let i = 0; i < RECIPIENTS; i += 1) {
    await conversations.save({
      tenantId: TENANT,
      aadObjectId: `aad-${i}`,
      conversationType: 'personal',
      personId: `p${i}`,
      reference: {
        channelId: 'msteams',
        serviceUrl: connector.url,
        conversation: { id: `a:bench-${i}`, conversationType: 'personal', tenantId: TENANT },
        bot: { id: 'bot' },
      },
    });
  }
  const apps = [];
  for (let i = 0; i < instances; i += 1)
    apps.push(
      await createApp(parseConfig({}), {
        store: store,
        logger: silentLogger(),
        skipDirectoryBootstrap: true,
        reminders: { instanceId: `${label}-${i}`, limits, concurrency: 32 },
      }),
    );
  const app = apps[0]!;
  await app.reminders.reconcile();
  const dueAt = Date.parse((await app.outbox.all())[0]!.dueAt);
  process.stderr.write(`  ${label}: due in ${Math.round((dueAt - Date.now()) / 1000)} s\n`);
  while (Date.now() < dueAt) await new Promise((resolve) => setTimeout(resolve, 200));

  const started = performance.now();
  const sentAt: number[] = [];
  const seen = new Map<string, number>();
  const progress = setInterval(
    () => process.stderr.write(`  ${label}: ${seen.size} of ${RECIPIENTS} sent\n`),
    10_000,
  );
  connector.activities.length = 0;
  const origPush = connector.activities.push.bind(connector.activities);
  connector.activities.push = (...items) => {
    for (const item of items) {
      sentAt.push(Date.now());
      seen.set(item.conversationId, (seen.get(item.conversationId) ?? 0) + 1);
    }
    return origPush(...items);
  };
  // Each instance runs its own loop of rounds, as the service's scheduler does.
  await Promise.all(
    apps.map(async (instance) => {
      for (let round = 0; round < 1000 && seen.size < RECIPIENTS; round += 1) {
        const done = await instance.reminders.round(Number.MAX_SAFE_INTEGER);
        if (done === 0) await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }),
  );
  clearInterval(progress);
  const seconds = (performance.now() - started) / 1000;
  const duplicates = [...seen.values()].filter((count) => count > 1).length;
  const losses = RECIPIENTS - seen.size;
  const delays = sentAt.map((at) => at - dueAt).sort((a, b) => a - b);
  const spanSeconds =
    sentAt.length > 1 ? (Math.max(...sentAt) - Math.min(...sentAt)) / 1000 : seconds;
  for (const instance of apps) await instance.close();
  await connector.stop();
  // Steady-state rate: messages after the first, over the time from the first to the last.
  return {
    label,
    seconds,
    rate: (sentAt.length - 1) / spanSeconds,
    busiest: busiestSecond(sentAt),
    delays,
    duplicates,
    losses,
  };
}

async function main() {
  const azurite = await startTestAzurite();
  try {
    const limited = await run('teams-limit', TEAMS_LIMITS, azurite.connectionString);
    const two = await run('two-instances', TEAMS_LIMITS, azurite.connectionString, 2);
    const free = await run(
      'unthrottled',
      { perTenantPerSecond: 100_000, perConversation: TEAMS_LIMITS.perConversation },
      azurite.connectionString,
    );
    const rss = process.resourceUsage().maxRSS / 1024;
    console.log('bench:reminders');
    console.log(
      `  recipients        ${RECIPIENTS} (one reminder each, outbox in Azurite, sent over HTTP to the connector emulator)`,
    );
    console.log(
      `  at the Teams limit: ${limited.rate.toFixed(1)} msg/s of ${TEAMS_LIMITS.perTenantPerSecond} = ${(limited.rate / TEAMS_LIMITS.perTenantPerSecond).toFixed(2)} of the limit (target >= 0.9), ${limited.seconds.toFixed(1)} s in all`,
    );
    console.log(
      `  two instances:      busiest sliding second ${two.busiest} msgs (target <= ${TEAMS_LIMITS.perTenantPerSecond}), together ${two.rate.toFixed(1)} msg/s = ${(two.rate / TEAMS_LIMITS.perTenantPerSecond).toFixed(2)} of the limit (target >= 0.9), ${two.seconds.toFixed(1)} s in all`,
    );
    console.log(`  one instance:       busiest sliding second ${limited.busiest} msgs`);
    console.log(
      `  unthrottled:        ${free.rate.toFixed(0)} msg/s; due -> sent p50 ${percentile(free.delays, 50).toFixed(0)} ms, p99 ${percentile(free.delays, 99).toFixed(0)} ms`,
    );
    console.log(
      `  duplicates        ${limited.duplicates + two.duplicates + free.duplicates} (target 0)`,
    );
    console.log(`  losses            ${limited.losses + two.losses + free.losses} (target 0)`);
    console.log(`  peak RSS          ${rss.toFixed(0)} MB`);
  } finally {
    await stopTestAzurite(azurite);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
