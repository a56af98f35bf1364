import '../src/warnings';
import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  azuriteConnectionString,
  startAzurite,
  stopChild,
} from '../src/storage/embedded/embedded-tables';
import { parseDirectory } from '../src/directory/parse';
import { DEMO_DIRECTORY_FILE, serviceNodeFlags } from '../src/paths';
import { nextMessage, type FromChild, type ToChild } from './load-child';

/**
 * `npm run bench:load`: kokobot against a bare botbuilder echo bot under the same load. Both run in
 * their own processes (the load generator must not share their event loop, and kokobot's peak RSS
 * is its own), both on restify + a CloudAdapter without credentials, both replying through the
 * same connector sink (another process); kokobot keeps its state in a real Azurite (in memory).
 * They are driven in turn with autocannon (20 connections, 15 s a run, alternating echo / kokobot
 * for several rounds after a short warm-up each, so that other work on the machine hits both
 * alike) with the same Teams message activities: questions of tests/questions/corpus.yaml, German
 * and English, one user per connection in their own personal chat (directory people known by AAD
 * id or by e-mail, and strangers). Prints figures, the CPU each process spent per request, and
 * whether the targets are met; exits 0 either way (a benchmark, not a test).
 *
 * Both bots run with the node flags of `npm start` (package.json) and the same, unmodified
 * botbuilder, so that kokobot is measured as it is started and the echo bot on equal terms. BENCH_ROUNDS (3), BENCH_SECONDS (15), BENCH_WARMUP_SECONDS (3) shorten a run while
 * working on it; BENCH_CPU_PROF=<dir> runs kokobot with `node --cpu-prof` and writes its profile
 * there; BENCH_KOKOBOT_FLAGS passes further node flags to kokobot, after those of `npm start`
 * (e.g. `--heap-growing-percent=200` to try another heap growth); BENCH_ECHO_FLAGS the same for
 * the echo bot. BENCH_RATE=<requests/s> caps the load at that rate (autocannon's overallRate): below
 * both bots' limits, the CPU each spends per request is compared without the contention of a
 * saturated machine, which makes small changes to the hot path measurable. BENCH_SOURCE_MAPS=off
 * runs kokobot without source maps, to measure what they cost.
 */
const ROOT = path.resolve(__dirname, '..');
const CONNECTIONS = 20;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const CPU_PROF_DIR = process.env.BENCH_CPU_PROF;
const RATE = process.env.BENCH_RATE ? Number(process.env.BENCH_RATE) : undefined;
const flags = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);
const KOKOBOT_FLAGS = flags(process.env.BENCH_KOKOBOT_FLAGS);
const ECHO_FLAGS = flags(process.env.BENCH_ECHO_FLAGS);
const START_FLAGS = serviceNodeFlags();
const TARGETS = { throughput: 0.8, p99: 1.5, rssMb: 250 };

const TENANT = '11111111-2222-4333-8444-555555555555';
const BOT_ID = '28:kokobot-bench';

interface BenchUser {
  id: string;
  aadObjectId: string;
  name: string;
  /** The Teams client's locale: fixed per user (their questions come in German and English). */
  locale: string;
  /** What the connector's member look-up answers (users the directory knows by e-mail only). */
  email?: string;
}

/**
 * One user per connection, each in their own personal chat, asking one question after the other
 * (a connection waits for its answer, as a person does): the demo directory's people with an
 * aadObjectId, then people it knows by e-mail only (linked through the member look-up on their
 * first message), and three users it does not know at all. One in four has an English client.
 */
function benchUsers(count: number): BenchUser[] {
  const parsed = parseDirectory(fs.readFileSync(DEMO_DIRECTORY_FILE, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const people = parsed.directory.people;
  const guests = 3;
  const byAad = people.filter((person) => person.aadObjectId);
  const byEmail = people
    .filter((person) => !person.aadObjectId && person.email)
    .slice(0, Math.max(0, count - guests - byAad.length));
  const users = [
    ...byAad.map((person) => ({ id: person.id, aadObjectId: person.aadObjectId! })),
    ...byEmail.map((person, i) => ({
      id: person.id,
      aadObjectId: `bbbbbbbb-0000-4000-8000-${String(i).padStart(12, '0')}`,
      email: person.email,
    })),
    ...Array.from({ length: guests }, (_, i) => ({
      id: `guest-${i}`,
      aadObjectId: `cccccccc-0000-4000-8000-${String(i).padStart(12, '0')}`,
    })),
  ];
  return users.slice(0, count).map((user, i) => ({
    ...user,
    id: `29:bench-${user.id}`,
    name: `User ${i}`,
    locale: i % 4 === 3 ? 'en-US' : 'de-DE',
  }));
}

interface CorpusItem {
  q: string;
  kind: string;
  lang: 'de' | 'en';
  follows?: boolean;
}

/** The first German and the first English question of each kind (no follow-ups, no non-questions). */
function questionMix(): string[] {
  const corpus = parse(
    fs.readFileSync(path.join(ROOT, 'tests/questions/corpus.yaml'), 'utf8'),
  ) as CorpusItem[];
  const picked = new Map<string, CorpusItem>();
  for (const item of corpus) {
    if (item.follows || item.kind === 'none' || !item.q.trim()) continue;
    const key = `${item.kind}|${item.lang}`;
    if (!picked.has(key)) picked.set(key, item);
  }
  return [...picked.values()].map((item) => item.q);
}

function forkChild(script: string, args: string[], execArgv: string[] = []): ChildProcess {
  return fork(path.join(__dirname, script), args, {
    execArgv: [...process.execArgv, ...execArgv],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    if (child.connected) child.send({ type: 'stop' } satisfies ToChild);
    else child.kill('SIGTERM');
  });
}

/** A child's `stats` answer: its peak RSS, and for the connector sink the replies it accepted. */
async function statsOf(child: ChildProcess): Promise<Extract<FromChild, { type: 'stats' }>> {
  const stats = nextMessage(child, 'stats');
  child.send({ type: 'stats' } satisfies ToChild);
  return stats;
}

const peakRssMb = async (child: ChildProcess) => (await statsOf(child)).maxRssBytes / 1024 / 1024;
const sinkReceived = async (sink: ChildProcess) => (await statsOf(sink)).received ?? 0;

/** CPU time (user + system) a process has used so far, in ms; from /proc, so Linux only. */
function cpuMs(pid: number | undefined): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime (fields 14 and 15 of the file) in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

interface Run {
  rps: number;
  /** CPU ms per request: the bot, Azurite, the connector sink, the load generator (this process). */
  cpu: { bot: number; azurite: number; sink: number; load: number };
  p50: number;
  p99: number;
  total: number;
  /** Activities the connector sink accepted during the run, per request (1: every answer arrived). */
  replies: number;
  non2xx: number;
  errors: number;
}

async function drive(
  port: number,
  seconds: number,
  users: BenchUser[],
  body: (user: BenchUser, turn: number) => string,
  pids: { bot?: number; azurite?: number; sink?: number },
  sink: ChildProcess,
): Promise<Run> {
  const receivedBefore = await sinkReceived(sink);
  const self = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  };
  const before = {
    bot: cpuMs(pids.bot),
    azurite: cpuMs(pids.azurite),
    sink: cpuMs(pids.sink),
    load: self(),
  };
  let connection = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/api/messages`,
    connections: CONNECTIONS,
    duration: seconds,
    ...(RATE ? { overallRate: RATE } : {}),
    timeout: 10,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    // Each connection is one user: before each request it sets the body to the user's next
    // question (the 'request' event comes right before the request is written).
    setupClient: (client) => {
      const user = users[connection % users.length]!;
      let turn = connection * 7;
      connection += 1;
      client.on('request', () => client.setBody(body(user, turn++)));
    },
  });
  const total = Math.max(1, result.requests.total);
  // Replies still on their way when autocannon stops are counted by the next run's start.
  const replies = (await sinkReceived(sink)) - receivedBefore;
  return {
    rps: result.requests.total / result.duration,
    cpu: {
      bot: (cpuMs(pids.bot) - before.bot) / total,
      azurite: (cpuMs(pids.azurite) - before.azurite) / total,
      sink: (cpuMs(pids.sink) - before.sink) / total,
      load: (self() - before.load) / total,
    },
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    replies: replies / total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function main() {
  const questions = questionMix();
  const users = benchUsers(CONNECTIONS);
  const started = Date.now();
  let azurite: ChildProcess | undefined;
  let sink: ChildProcess | undefined;
  let echo: ChildProcess | undefined;
  let kokobot: ChildProcess | undefined;
  try {
    const tables = await startAzurite({});
    azurite = tables.child;
    sink = forkChild('connector-sink.ts', [
      JSON.stringify(Object.fromEntries(users.flatMap((u) => (u.email ? [[u.id, u.email]] : [])))),
    ]);
    const sinkPort = (await nextMessage(sink, 'ready')).port;
    echo = forkChild('echo-bot.ts', [], [...START_FLAGS, ...ECHO_FLAGS]);
    kokobot = forkChild(
      'kokobot-server.ts',
      [azuriteConnectionString(tables.port)],
      [
        ...START_FLAGS,
        ...KOKOBOT_FLAGS,
        ...(CPU_PROF_DIR ? ['--cpu-prof', '--cpu-prof-dir', CPU_PROF_DIR] : []),
      ],
    );
    const [echoPort, kokobotPort] = [
      (await nextMessage(echo, 'ready')).port,
      (await nextMessage(kokobot, 'ready', 60_000)).port,
    ];

    // Every request a fresh Teams message activity: the user's next question, a new activity id.
    const serviceUrl = `http://127.0.0.1:${sinkPort}/`;
    let sequence = 0;
    const body = (user: BenchUser, turn: number) => {
      sequence += 1;
      return JSON.stringify({
        type: 'message',
        id: `bench-${sequence}`,
        timestamp: new Date().toISOString(),
        channelId: 'msteams',
        serviceUrl,
        locale: user.locale,
        text: questions[turn % questions.length],
        textFormat: 'plain',
        from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
        recipient: { id: BOT_ID, name: 'kokobot' },
        conversation: {
          id: `a:${user.id.slice(3)}`,
          conversationType: 'personal',
          tenantId: TENANT,
        },
        channelData: { tenant: { id: TENANT } },
      });
    };

    const bots = {
      echo: { port: echoPort, pids: { bot: echo.pid, sink: sink.pid } },
      kokobot: {
        port: kokobotPort,
        pids: { bot: kokobot.pid, azurite: azurite.pid, sink: sink.pid },
      },
    } as const;
    for (const bot of Object.values(bots))
      await drive(bot.port, WARMUP_SECONDS, users, body, bot.pids, sink);
    const runs: Record<keyof typeof bots, Run[]> = { echo: [], kokobot: [] };
    const lines: string[] = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const name of ['echo', 'kokobot'] as const) {
        const run = await drive(bots[name].port, SECONDS, users, body, bots[name].pids, sink);
        runs[name].push(run);
        lines.push(
          `  round ${round} ${name.padEnd(8)} ${run.rps.toFixed(0).padStart(5)} req/s  p50 ${run.p50.toFixed(0).padStart(3)} ms  p99 ${run.p99.toFixed(0).padStart(4)} ms  (${run.total} requests, ${run.non2xx} non-2xx, ${run.errors} errors)`,
        );
      }
    }
    const kokobotRss = await peakRssMb(kokobot);
    const echoRss = await peakRssMb(echo);

    const summary = (name: keyof typeof bots) => {
      const of = (pick: (run: Run) => number) => median(runs[name].map(pick));
      return {
        rps: of((run) => run.rps),
        p50: of((run) => run.p50),
        p99: of((run) => run.p99),
        failed: runs[name].reduce((sum, run) => sum + run.non2xx + run.errors, 0),
        replies: Math.min(...runs[name].map((run) => run.replies)),
        cpu: {
          bot: of((run) => run.cpu.bot),
          azurite: of((run) => run.cpu.azurite),
          sink: of((run) => run.cpu.sink),
          load: of((run) => run.cpu.load),
        },
      };
    };
    const e = summary('echo');
    const k = summary('kokobot');
    const throughputRatio = k.rps / e.rps;
    const p99Ratio = k.p99 / e.p99;
    const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
    const row = (label: string, echoValue: string, kokobotValue: string, ratio: string) =>
      `  ${label.padEnd(18)}${echoValue.padStart(9)}${kokobotValue.padStart(10)}   ${ratio}`.trimEnd();
    const ms = (value: number) => (Number.isNaN(value) ? '-' : value.toFixed(2));

    console.log('bench:load');
    console.log(
      `  load             ${CONNECTIONS} connections, ${SECONDS} s a run, ${ROUNDS} rounds echo/kokobot in turn after ${WARMUP_SECONDS} s warm-up each`,
    );
    console.log(
      `  messages         ${questions.length} corpus questions (de/en) from ${users.length} users (one per connection), Teams personal chats, replies to a connector sink`,
    );
    console.log(
      `  kokobot node     ${[...START_FLAGS, ...KOKOBOT_FLAGS].join(' ') || '(no flags)'} (npm start's${KOKOBOT_FLAGS.length ? ' + BENCH_KOKOBOT_FLAGS' : ''}), source maps ${process.env.BENCH_SOURCE_MAPS === 'off' ? 'off (BENCH_SOURCE_MAPS)' : 'on'}`,
    );
    console.log(
      `  echo node        ${[...START_FLAGS, ...ECHO_FLAGS].join(' ') || '(no flags)'} (npm start's${ECHO_FLAGS.length ? ' + BENCH_ECHO_FLAGS' : ''}); botbuilder as published in both`,
    );
    for (const line of lines) console.log(line);
    console.log(row('median of rounds', 'echo', 'kokobot', 'kokobot/echo'));
    console.log(
      row(
        'throughput',
        `${e.rps.toFixed(0)}/s`,
        `${k.rps.toFixed(0)}/s`,
        `${throughputRatio.toFixed(2)} (target >= ${TARGETS.throughput}: ${verdict(throughputRatio >= TARGETS.throughput)})`,
      ),
    );
    console.log(
      row(
        'latency p50',
        `${e.p50.toFixed(0)} ms`,
        `${k.p50.toFixed(0)} ms`,
        (k.p50 / e.p50).toFixed(2),
      ),
    );
    console.log(
      row(
        'latency p99',
        `${e.p99.toFixed(0)} ms`,
        `${k.p99.toFixed(0)} ms`,
        `${p99Ratio.toFixed(2)} (target <= ${TARGETS.p99}: ${verdict(p99Ratio <= TARGETS.p99)})`,
      ),
    );
    console.log(
      row(
        'peak RSS',
        `${echoRss.toFixed(0)} MB`,
        `${kokobotRss.toFixed(0)} MB`,
        `kokobot target < ${TARGETS.rssMb} MB: ${verdict(kokobotRss < TARGETS.rssMb)}`,
      ),
    );
    console.log(
      row(
        'non-2xx + errors',
        String(e.failed),
        String(k.failed),
        `target 0: ${verdict(e.failed + k.failed === 0)}`,
      ),
    );
    // Every request must have been answered at the connector: a bot that fails its turns (and still
    // says 200 to the channel) would otherwise look fast.
    const answered = (value: number) => value >= 0.99;
    console.log(
      row(
        'replies/request',
        e.replies.toFixed(2),
        k.replies.toFixed(2),
        `lowest round; every request answered: ${verdict(answered(e.replies) && answered(k.replies))}`,
      ),
    );
    console.log(
      row('CPU ms/request: bot', ms(e.cpu.bot), ms(k.cpu.bot), (k.cpu.bot / e.cpu.bot).toFixed(2)),
    );
    console.log(row('  Azurite', '-', ms(k.cpu.azurite), ''));
    console.log(row('  connector sink', ms(e.cpu.sink), ms(k.cpu.sink), ''));
    console.log(row('  load generator', ms(e.cpu.load), ms(k.cpu.load), ''));
    console.log(`  wall time        ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await Promise.all([stop(kokobot), stop(echo), stop(sink)]);
    if (azurite) await stopChild(azurite);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
