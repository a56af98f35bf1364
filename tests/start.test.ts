import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  exited,
  freePort,
  processesMentioning,
  runKokobot,
  startService,
  waitForHealthy,
} from './support/processes';

describe('npm start on a fresh machine (embedded Azurite, demo directory)', function () {
  this.timeout(90_000);

  it('when started, then it serves, shares its storage with `kokobot ask`, stops cleanly on SIGTERM and keeps its data', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-start-'));
    const port = await freePort();
    const env = { KOKOBOT_DATA_DIR: dataDir, PORT: String(port) };
    const service = startService(env);
    try {
      await waitForHealthy(`http://127.0.0.1:${port}/healthz`);
      assert.match(service.output(), /directory was empty: loaded the directory file/);
      assert.match(service.output(), /local mode: no Bot Framework credentials/);

      const asked = await runKokobot(['ask', 'hilfe'], { KOKOBOT_DATA_DIR: dataDir });
      assert.equal(asked.code, 0, asked.stderr);
      assert.match(asked.stdout, /KAoA Bochum/);

      service.kill('SIGTERM');
      assert.equal(await exited(service), 0);
      assert.equal(fs.existsSync(path.join(dataDir, 'azurite.json')), false);
      assert.deepEqual(processesMentioning(dataDir), [], 'no orphaned Azurite');
    } finally {
      if (service.exitCode === null) service.kill('SIGKILL');
    }

    const again = startService(env);
    try {
      await waitForHealthy(`http://127.0.0.1:${port}/healthz`);
      assert.doesNotMatch(
        again.output(),
        /directory was empty/,
        'the directory survived the restart',
      );
      again.kill('SIGINT');
      assert.equal(await exited(again), 0);
    } finally {
      if (again.exitCode === null) again.kill('SIGKILL');
    }
  });

  it('when the service process is killed hard, then its Azurite goes away by itself', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-kill-'));
    const port = await freePort();
    const service = startService({ KOKOBOT_DATA_DIR: dataDir, PORT: String(port) });
    await waitForHealthy(`http://127.0.0.1:${port}/healthz`);
    assert.equal(processesMentioning(dataDir).length, 1, 'one Azurite for this data directory');
    service.kill('SIGKILL');
    await exited(service);
    const deadline = Date.now() + 10_000;
    while (processesMentioning(dataDir).length > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.deepEqual(processesMentioning(dataDir), []);
  });

  const refused: [string, Record<string, string>, RegExp][] = [
    [
      'PORT is not a number',
      { PORT: 'abc' },
      /^kokobot could not start\. Configuration error: PORT must be a whole number between 1 and 65535 \(got "abc"\)\.\n$/,
    ],
    [
      'it is asked to listen on all addresses without credentials',
      { KOKOBOT_HOST: '0.0.0.0' },
      /^kokobot could not start\. Configuration error: KOKOBOT_HOST is 0\.0\.0\.0, but without Bot Framework credentials/,
    ],
    [
      'the directory file is missing',
      { KOKOBOT_DIRECTORY: '/nonexistent/dir.yaml' },
      /^kokobot could not start\. There is no file \/nonexistent\/dir\.yaml\.\n$/,
    ],
  ];
  for (const [when, env, message] of refused) {
    it(`when ${when}, then it refuses to start with one clear sentence and no stack trace`, async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-refuse-'));
      const service = startService({ KOKOBOT_DATA_DIR: dataDir, ...env });
      assert.equal(await exited(service, 30_000), 1);
      assert.match(service.output(), message);
      assert.doesNotMatch(service.output(), /\n\s+at /);
      assert.deepEqual(processesMentioning(dataDir), []);
    });
  }
});
