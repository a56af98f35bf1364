import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../../src/paths';

/**
 * The Microsoft 365 Agents Playground (a Teams-like web client) as a child process: its own temp
 * working directory holding the generated `.m365agentsplayground.yml`, its own port, no browser of
 * its own (TEAMSAPPTESTER_BROWSER=none), telemetry off. It is one process (it spawns none) in our
 * process group, so a Ctrl-C reaches it too; stop() ends it, and so does this process's exit.
 */
export interface PlaygroundUser {
  id: string;
  name: string;
  email: string;
  aadObjectId: string;
}

export interface Playground {
  url: string;
  port: number;
  workDir: string;
  /** Its stdout/stderr and its own log file, for a failure report. */
  output(): string;
  stop(): Promise<void>;
}

const CLI = path.join(PACKAGE_ROOT, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
const TENANT = '6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
const BOT_ID = '28:kokobot-e2e';

function userYaml(user: PlaygroundUser, indent: string): string {
  const [givenName, ...rest] = user.name.split(' ');
  return [
    `id: ${JSON.stringify(user.id)}`,
    `name: ${JSON.stringify(user.name)}`,
    `userPrincipleName: ${JSON.stringify(user.email)}`,
    `aadObjectId: ${JSON.stringify(user.aadObjectId)}`,
    `givenName: ${JSON.stringify(givenName ?? user.name)}`,
    `surname: ${JSON.stringify(rest.join(' ') || user.name)}`,
    `email: ${JSON.stringify(user.email)}`,
  ]
    .map((line, index) => (index === 0 ? line : indent + line))
    .join('\n');
}

/** The Playground's config file: the current user and (at least five) other users. */
export function playgroundConfig(currentUser: PlaygroundUser, users: PlaygroundUser[]): string {
  if (users.length < 5)
    throw new Error('the Playground needs at least 5 users besides the current one');
  return [
    'version: "0.1.1"',
    `tenantId: ${TENANT}`,
    'bot:',
    `  id: ${JSON.stringify(BOT_ID)}`,
    '  name: kokobot',
    'currentUser:',
    `  ${userYaml(currentUser, '  ')}`,
    'users:',
    ...users.map((user) => `  - ${userYaml(user, '    ')}`),
    'personalChat:',
    '  id: a:kokobot-e2e-personal',
    'groupChat:',
    '  id: 19:kokobot-e2e-group@thread.v2',
    '  name: Group Chat',
    'team:',
    '  id: 19:kokobot-e2e-team@thread.tacv2',
    '  name: KoKo',
    '  aadGroupId: 0d9c8b7a-6f5e-4d3c-8b2a-190817161514',
    '  channels:',
    '    - id: 19:kokobot-e2e-channel@thread.tacv2',
    '      name: Steuerungsgruppe',
    '',
  ].join('\n');
}

export async function startPlayground(options: {
  botUrl: string;
  port: number;
  currentUser: PlaygroundUser;
  users: PlaygroundUser[];
  timeoutMs?: number;
}): Promise<Playground> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-playground-'));
  fs.writeFileSync(
    path.join(workDir, '.m365agentsplayground.yml'),
    playgroundConfig(options.currentUser, options.users),
  );
  const child = spawn(
    process.execPath,
    [
      CLI,
      '-e',
      `${options.botUrl}/api/messages`,
      '-c',
      'msteams',
      '-p',
      String(options.port),
      '--disable-telemetry',
    ],
    {
      cwd: workDir,
      env: {
        PATH: process.env.PATH,
        HOME: workDir,
        TEAMSAPPTESTER_BROWSER: 'none',
        // --disable-telemetry still starts Application Insights, whose Statsbeat probes the Azure
        // instance metadata service (169.254.169.254) and would report SDK metrics: both off, and
        // whatever else would go through its proxy settings goes to a closed local port instead.
        APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
        APPLICATION_INSIGHTS_NO_DIAGNOSTIC_CHANNEL: 'true',
        http_proxy: 'http://127.0.0.1:9',
        https_proxy: 'http://127.0.0.1:9',
        HTTP_PROXY: 'http://127.0.0.1:9',
        HTTPS_PROXY: 'http://127.0.0.1:9',
        no_proxy: '127.0.0.1,localhost',
        NO_PROXY: '127.0.0.1,localhost',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let output = '';
  child.stdout?.on(
    'data',
    (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)),
  );
  child.stderr?.on(
    'data',
    (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)),
  );

  const logFile = path.join(workDir, 'devTools', 'm365agentsplayground.log');
  const playground: Playground = {
    url: '',
    port: 0,
    workDir,
    output: () => {
      let log = '';
      try {
        log = fs.readFileSync(logFile, 'utf8').slice(-20_000);
      } catch {
        // no log written
      }
      return `${output}\n--- ${logFile} ---\n${log}`;
    },
    stop: async () => {
      await stopChild(child);
      process.removeListener('exit', killOnExit);
      fs.rmSync(workDir, { recursive: true, force: true });
    },
  };

  try {
    const timeoutMs = options.timeoutMs ?? 30_000;
    const deadline = Date.now() + timeoutMs;
    // It picks a random port when ours is taken: read the port back from its first line.
    while (!/Listening on (\d+)/.test(output)) {
      if (child.exitCode !== null) throw new Error(`the Playground exited with ${child.exitCode}`);
      if (Date.now() > deadline)
        throw new Error(`the Playground did not listen within ${timeoutMs} ms`);
      await sleep(100);
    }
    const port = Number(/Listening on (\d+)/.exec(output)![1]);
    const url = `http://127.0.0.1:${port}`;
    while (true) {
      if (child.exitCode !== null) throw new Error(`the Playground exited with ${child.exitCode}`);
      if (Date.now() > deadline)
        throw new Error(`the Playground did not answer within ${timeoutMs} ms`);
      try {
        const response = await fetch(`${url}/_debug/ping`, { signal: AbortSignal.timeout(2000) });
        if (response.ok && (await response.text()).includes('pong')) break;
      } catch {
        // not yet
      }
      await sleep(200);
    }
    return Object.assign(playground, { url, port });
  } catch (error) {
    const detail = playground.output();
    await playground.stop();
    throw new Error(`${(error as Error).message}\n${detail}`, { cause: error });
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** SIGTERM, SIGKILL after 5 s; resolves when it has exited. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
