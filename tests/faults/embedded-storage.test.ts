import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_DIRECTORY_FILE } from '../../src/paths';
import {
  eventually,
  exited,
  freePort,
  processTree,
  processesMentioning,
  runKokobot,
  startNpm,
  waitForHealthy,
  waitForOutput,
  type NpmStart,
} from '../support/processes';

/*
 * The embedded storage (Azurite under KOKOBOT_DATA_DIR) as `npm start` runs it, hurt the ways it is
 * hurt on a real machine: its worker dies, or everything `npm start` started is killed hard right
 * after an operator's import was acknowledged.
 */
function killAll(npm: NpmStart, dataDir: string): void {
  for (const pid of [...processTree(npm.pid!), ...processesMentioning(dataDir)]) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
}

/** The demo directory under another name, so an import shows in every answer's heading. */
function renamedDirectory(dir: string): string {
  const file = path.join(dir, 'testhausen.yaml');
  const yaml = fs
    .readFileSync(DEMO_DIRECTORY_FILE, 'utf8')
    .replaceAll('KAoA Bochum', 'KAoA Testhausen');
  fs.writeFileSync(file, yaml);
  return file;
}

describe('the embedded storage of npm start under faults', function () {
  this.timeout(120_000);

  it('when the Azurite worker is killed, then the service starts it again and answers as before', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-worker-'));
    const port = await freePort();
    const npm = startNpm({ KOKOBOT_DATA_DIR: dataDir, PORT: String(port) });
    try {
      await waitForHealthy(`http://127.0.0.1:${port}/healthz`, 60_000);
      const [worker] = processesMentioning(dataDir);
      assert.ok(worker, 'the Azurite worker runs');
      process.kill(worker, 'SIGKILL');

      await waitForOutput(npm, /was started again/, 15_000);
      await waitForHealthy(`http://127.0.0.1:${port}/healthz`, 10_000);
      const [again] = processesMentioning(dataDir);
      assert.ok(again && again !== worker, 'a new worker runs');
      const asked = await runKokobot(['ask', 'hilfe'], { KOKOBOT_DATA_DIR: dataDir });
      assert.equal(asked.code, 0, asked.stderr);
      assert.match(asked.stdout, /KAoA Bochum/);
      assert.equal(processTree(npm.pid!).includes(again), true, 'the worker is the service’s');
    } finally {
      killAll(npm, dataDir);
    }
  });

  for (const [when, stop, survives] of [
    [
      'the whole process group of npm start is killed with SIGKILL a second later',
      (npm: NpmStart) => process.kill(-npm.pid!, 'SIGKILL'),
      'the Azurite worker is not in that group: it saves and exits when the service is gone',
    ],
    [
      'npm start is stopped with SIGTERM a second later',
      (npm: NpmStart) => npm.kill('SIGTERM'),
      'a graceful stop saves what Azurite had not saved yet',
    ],
  ] as const) {
    it(`when a directory import was acknowledged and ${when}, then the import is there after a restart`, async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-durable-'));
      const env = { KOKOBOT_DATA_DIR: dataDir, PORT: String(await freePort()) };
      const first = startNpm(env);
      try {
        await waitForHealthy(`http://127.0.0.1:${env.PORT}/healthz`, 60_000);
        const imported = await runKokobot(['import', renamedDirectory(dataDir)], env);
        assert.equal(imported.code, 0, imported.stderr);
        await new Promise((resolve) => setTimeout(resolve, 1000));
        stop(first);
        await exited(first);
        assert.ok(
          await eventually(() => processesMentioning(dataDir).length === 0, 10_000),
          'the worker has exited',
        );
      } finally {
        killAll(first, dataDir);
      }

      const second = startNpm(env);
      try {
        await waitForHealthy(`http://127.0.0.1:${env.PORT}/healthz`, 60_000);
        assert.doesNotMatch(second.output(), /directory was empty/, survives);
        const asked = await runKokobot(['ask', 'hilfe'], env);
        assert.match(asked.stdout, /KAoA Testhausen/, survives);
        second.kill('SIGTERM');
        await exited(second);
      } finally {
        killAll(second, dataDir);
      }
    });
  }
});
