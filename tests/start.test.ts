import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { portAnswers } from '../src/storage/embedded/embedded-tables';
import {
  eventually,
  exited,
  freePort,
  processGroup,
  processTree,
  processesMentioning,
  runKokobot,
  startNpm,
  startService,
  stillRunning,
  waitForHealthy,
  waitForOutput,
  type NpmStart,
} from './support/processes';

/** Leaves nothing behind a test that failed half way. */
function killAll(npm: NpmStart, dataDir: string): void {
  for (const pid of [...processTree(npm.pid!), ...processesMentioning(dataDir)]) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
}

function azuritePortOf(dataDir: string): number {
  return (
    JSON.parse(fs.readFileSync(path.join(dataDir, 'azurite.json'), 'utf8')) as { port: number }
  ).port;
}

/** The node service below `npm start` (npm, a script shell, a terminal are the others). */
function servicePid(npm: NpmStart): number {
  const pid = processTree(npm.pid!).find((candidate) =>
    fs.readFileSync(`/proc/${candidate}/cmdline`, 'utf8').includes('src/index.ts\0'),
  );
  assert.ok(pid && pid !== npm.pid, 'the node service runs');
  return pid;
}

/** Lines the service printed (npm's own `> kokobot@… start` header and blank lines left out). */
function serviceLines(output: string): string[] {
  return output.split(/\r?\n/).filter((line) => line.trim() !== '' && !line.startsWith('> '));
}

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

describe('npm start as a person and an operator meet it', function () {
  this.timeout(120_000);

  it('when the port is taken, then it says so in one sentence, exits non-zero and stops the Azurite it started', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-busy-'));
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    const npm = startNpm({ KOKOBOT_DATA_DIR: dataDir, PORT: String(port) });
    try {
      assert.notEqual(await exited(npm, 60_000), 0);
      assert.deepEqual(serviceLines(npm.output()), [
        `Port ${port} ist belegt — läuft kokobot schon? PORT=${port + 1} npm start wählt einen anderen.`,
      ]);
      assert.ok(
        await eventually(() => processesMentioning(dataDir).length === 0, 5000),
        'the embedded Azurite was stopped again',
      );
      assert.equal(fs.existsSync(path.join(dataDir, 'azurite.json')), false);
    } finally {
      killAll(npm, dataDir);
      blocker.close();
    }
  });

  it('when started on a terminal, then the first lines say where it listens, how to ask it and how to stop it, readably; Ctrl+C stops everything', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-tty-'));
    const port = await freePort();
    const npm = startNpm({ KOKOBOT_DATA_DIR: dataDir, PORT: String(port) }, { tty: true });
    try {
      await waitForOutput(npm, /Beenden mit Strg\+C/, 60_000);
      const lines = serviceLines(npm.output());
      assert.match(
        lines[0]!,
        new RegExp(`^\\d\\d:\\d\\d:\\d\\d INFO  kokobot läuft auf http://127\\.0\\.0\\.1:${port} `),
      );
      assert.match(
        lines[1]!,
        /INFO {2}Fragen Sie es in einem zweiten Terminal: npx kokobot ask "hilfe"$/,
      );
      assert.match(lines[2]!, /INFO {2}Beenden mit Strg\+C$/);
      assert.ok(
        lines.every((line) => !line.trimStart().startsWith('{')),
        `no JSON on a terminal:\n${lines.join('\n')}`,
      );
      const azuritePort = azuritePortOf(dataDir);
      const tree = processTree(npm.pid!);
      assert.ok(tree.length >= 4, 'a terminal, npm, node and Azurite');

      npm.stdin!.write('\x03'); // Ctrl+C on the terminal
      assert.ok(
        await eventually(() => stillRunning(tree).length === 0, 10_000),
        `everything stopped within 10 s:\n${npm.output()}`,
      );
      assert.equal(await portAnswers(port), false);
      assert.equal(await portAnswers(azuritePort), false);
    } finally {
      killAll(npm, dataDir);
    }
  });

  for (const [when, env] of [
    ['stdout is not a terminal', {}],
    ['LOG_FORMAT=json is set', { LOG_FORMAT: 'json' }],
  ] as const) {
    it(`when ${when}, then every log line is JSON, the first one with the URL`, async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-json-'));
      const port = await freePort();
      const npm = startNpm(
        { KOKOBOT_DATA_DIR: dataDir, PORT: String(port), ...env },
        { tty: 'LOG_FORMAT' in env },
      );
      try {
        await waitForOutput(npm, /Strg\+C/, 60_000);
        const entries = serviceLines(npm.output()).map(
          (line) => JSON.parse(line) as { msg: string; url?: string },
        );
        assert.equal(entries[0]!.url, `http://127.0.0.1:${port}`);
        assert.match(entries[1]!.msg, /npx kokobot ask "hilfe"/);
        process.kill(servicePid(npm), 'SIGTERM');
        assert.equal(await exited(npm), 0);
      } finally {
        killAll(npm, dataDir);
      }
    });
  }

  const stops: [string, (npm: NpmStart) => void][] = [
    ['SIGTERM goes to npm (docker stop, a process manager)', (npm) => npm.kill('SIGTERM')],
    ['SIGINT goes to npm', (npm) => npm.kill('SIGINT')],
    ['SIGTERM goes to the node service', (npm) => process.kill(servicePid(npm), 'SIGTERM')],
    ['SIGINT goes to the node service', (npm) => process.kill(servicePid(npm), 'SIGINT')],
    ['SIGINT goes to the whole process group (Ctrl+C)', (npm) => process.kill(-npm.pid!, 'SIGINT')],
    ['SIGTERM goes to the whole process group', (npm) => process.kill(-npm.pid!, 'SIGTERM')],
  ];
  for (const [when, send] of stops) {
    it(`when ${when}, then every process of npm start and its Azurite is gone within 10 s and the ports are free`, async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-stop-'));
      const port = await freePort();
      const npm = startNpm({ KOKOBOT_DATA_DIR: dataDir, PORT: String(port) });
      try {
        await waitForHealthy(`http://127.0.0.1:${port}/healthz`, 60_000);
        const azuritePort = azuritePortOf(dataDir);
        assert.equal(processesMentioning(dataDir).length, 1, 'one Azurite for this data directory');
        const tree = processTree(npm.pid!);
        assert.ok(tree.length >= 3, 'npm, node and Azurite (and a script shell where it stays)');

        send(npm);
        assert.ok(
          await eventually(
            () =>
              stillRunning(tree).length === 0 &&
              processGroup(npm.pid!).length === 0 &&
              processesMentioning(dataDir).length === 0,
            10_000,
          ),
          `everything stopped within 10 s:\n${npm.output()}`,
        );
        assert.match(npm.output(), /"msg":"stopping"/);
        assert.equal(await portAnswers(port), false);
        assert.equal(await portAnswers(azuritePort), false);
        assert.equal(fs.existsSync(path.join(dataDir, 'azurite.json')), false);
      } finally {
        killAll(npm, dataDir);
      }
    });
  }
});
