import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AzureTableStore } from '../src/storage/azure-table-store';
import { acquireEmbeddedTables } from '../src/storage/embedded/embedded-tables';

/*
 * npm run bench:durability — what a kill -9 can still lose from the embedded storage.
 *
 * A writer process owns the embedded Azurite of a fresh data directory (as `npm start` does),
 * creates a table and inserts rows one after the other, reporting each acknowledged insert. After
 * N ms it is killed with SIGKILL: either the writer alone (the service, as an operator or the OOM
 * killer does) or the writer and its Azurite worker together (`docker kill`, a power cut). Then the
 * data directory is opened again and the rows that survived are counted.
 */
const TABLE = 'durability';

async function writer(dataDir: string): Promise<void> {
  const embedded = await acquireEmbeddedTables(dataDir);
  const store = new AzureTableStore({
    kind: 'connection-string',
    connectionString: embedded.connectionString,
  });
  await store.ensureTable(TABLE);
  process.send?.({ type: 'ready', worker: embedded.workerPid });
  for (let index = 0; ; index += 1) {
    await store.insert(
      TABLE,
      { partitionKey: 'p', rowKey: String(index).padStart(8, '0') },
      {
        index,
      },
    );
    process.send?.({ type: 'acked', count: index + 1 });
  }
}

async function trial(options: { afterMs: number; killWorker: boolean }) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-durability-'));
  const child: ChildProcess = fork(__filename, ['writer', dataDir], {
    execArgv: ['--require', 'tsx/cjs'],
  });
  let acked = 0;
  let worker: number | undefined;
  await new Promise<void>((resolve) =>
    child.on('message', (message: { type: string; count?: number; worker?: number }) => {
      if (message.type === 'ready') {
        worker = message.worker;
        resolve();
      }
      if (message.type === 'acked') acked = message.count ?? acked;
    }),
  );
  await new Promise((resolve) => setTimeout(resolve, options.afterMs));
  const ackedAtKill = acked;
  child.kill('SIGKILL');
  if (options.killWorker && worker) process.kill(worker, 'SIGKILL');
  await new Promise((resolve) => child.once('exit', resolve));
  // The worker of a killed writer flushes and exits by itself; wait until the directory is free.
  const deadline = Date.now() + 15_000;
  while (worker && Date.now() < deadline && alive(worker)) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const embedded = await acquireEmbeddedTables(dataDir);
  const store = new AzureTableStore({
    kind: 'connection-string',
    connectionString: embedded.connectionString,
  });
  // A table that was lost altogether counts as no rows kept.
  const present = await store
    .query(TABLE, { partitionKey: 'p' })
    .then((rows) => rows.length)
    .catch(() => 0);
  await embedded.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  return { acked: ackedAtKill, present, lost: Math.max(0, ackedAtKill - present) };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const delays = (process.env.DURABILITY_MS ?? '300,1000,3000,7000').split(',').map(Number);
  process.stdout.write('bench:durability (kill -9 after N ms of acknowledged inserts)\n');
  for (const killWorker of [false, true]) {
    const what = killWorker ? 'service and Azurite' : 'service only       ';
    for (const afterMs of delays) {
      const result = await trial({ afterMs, killWorker });
      process.stdout.write(
        `  kill -9 ${what} after ${String(afterMs).padStart(5)} ms: ${String(result.acked).padStart(5)} acknowledged, ${String(result.present).padStart(5)} kept, ${String(result.lost).padStart(5)} lost\n`,
      );
    }
  }
}

if (process.argv[2] === 'writer') {
  writer(process.argv[3]!).catch((error: unknown) => {
    process.stderr.write(`writer: ${(error as Error).message}\n`);
    process.exit(1);
  });
} else {
  main().catch((error: unknown) => {
    process.stderr.write(`bench:durability failed: ${(error as Error).message}\n`);
    process.exit(1);
  });
}
