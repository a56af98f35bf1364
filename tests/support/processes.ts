import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PACKAGE_ROOT, serviceNodeFlags } from '../../src/paths';
import type { CaughtActivity } from './connector-emulator';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Environment for child processes: nothing inherited that could point them at other storage. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LOG_LEVEL: 'info',
  };
  return { ...env, ...extra };
}

export function runKokobot(
  args: string[],
  env: Record<string, string> = {},
  cwd = PACKAGE_ROOT,
): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(PACKAGE_ROOT, 'bin', 'kokobot.js'), ...args], {
      cwd,
      env: cleanEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export function startService(
  env: Record<string, string>,
  cwd = PACKAGE_ROOT,
): ChildProcess & { output: () => string } {
  const child = spawn(
    process.execPath,
    // As `npm start` runs it: its node flags, then the TypeScript entry point.
    [...serviceNodeFlags(), '--require', 'tsx/cjs', path.join(PACKAGE_ROOT, 'src', 'index.ts')],
    {
      cwd,
      env: cleanEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return Object.assign(child, { output: () => output });
}

/** The connector emulator in a child process (tests/support/connector-child.ts), for timing tests. */
export async function startConnectorProcess(): Promise<{
  url: string;
  caught: () => Promise<CaughtActivity[]>;
  stop: () => Promise<void>;
}> {
  const child = spawn(
    process.execPath,
    ['--require', 'tsx/cjs', path.join(PACKAGE_ROOT, 'tests', 'support', 'connector-child.ts')],
    { cwd: PACKAGE_ROOT, env: cleanEnv({}), stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const first = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve(text.split('\n')[0]!);
    });
    child.once('exit', (code) => reject(new Error(`the connector process exited (${code})`)));
  });
  const { url, control } = JSON.parse(first) as { url: string; control: string };
  return {
    url,
    caught: async () => (await (await fetch(`${control}/caught`)).json()) as CaughtActivity[],
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}

export function exited(child: ChildProcess, timeoutMs = 15_000): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('process did not exit in time')), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function waitForHealthy(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not become healthy`);
}

/** Processes (other than ours) whose command line mentions `needle` — to find orphans. */
export function processesMentioning(needle: string): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.includes(needle)) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

export type NpmStart = ChildProcess & { output: () => string };

/**
 * `npm start` exactly as package.json defines it (npm, its script shell, node), in a process group
 * of its own: a signal to that group is what Ctrl+C sends, and it cannot reach the test run. With
 * `tty`, it runs on a pseudo terminal (util-linux `script`), as a person starts it; writing "\x03"
 * to its stdin is then a real Ctrl+C.
 */
export function startNpm(env: Record<string, string>, options: { tty?: boolean } = {}): NpmStart {
  const [command, args] = options.tty
    ? ['script', ['-qfec', 'npm start', '/dev/null']]
    : ['npm', ['start']];
  const child = spawn(command, args, {
    cwd: PACKAGE_ROOT,
    env: cleanEnv(env),
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return Object.assign(child, { output: () => output });
}

/** The live (not zombie) processes of process group `pgid`. */
export function processGroup(pgid: number): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(group) === pgid && state !== 'Z') pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

/** `root` and every process below it, now (a process orphaned later keeps its pid here). */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const tree = [root];
  for (let index = 0; index < tree.length; index += 1)
    tree.push(...(children.get(tree[index]!) ?? []));
  return tree;
}

/** Which of `pids` still run (zombies count as gone). */
export function stillRunning(pids: number[]): number[] {
  return pids.filter((pid) => {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
    } catch {
      return false;
    }
  });
}

/** Waits until `check` holds, polling; false if it did not within `timeoutMs`. */
export async function eventually(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

/** Waits until `output()` matches; throws with the output so far when it does not in time. */
export async function waitForOutput(
  child: { output: () => string },
  pattern: RegExp,
  timeoutMs = 30_000,
): Promise<void> {
  if (!(await eventually(() => pattern.test(child.output()), timeoutMs))) {
    throw new Error(`no ${pattern} in the output:\n${child.output()}`);
  }
}
