import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { AppError, ErrorCodes } from '../../errors';
import { AzuriteSupervisor, type EmbeddedStorageEvent } from './azurite-supervisor';

export type { EmbeddedStorageEvent };

/** Azurite's well-known development account (public, documented, not a secret). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export function azuriteConnectionString(port: number): string {
  return `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};TableEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};`;
}

export interface EmbeddedTables {
  connectionString: string;
  port: number;
  /** True when this process started Azurite; false when it attached to a running service's. */
  owned: boolean;
  /** The Azurite worker's process id when this process owns it. */
  workerPid?: number;
  stop(): Promise<void>;
}

interface StateFile {
  pid: number;
  port: number;
}

const WORKER = path.join(__dirname, 'azurite-worker.cjs');
const START_TIMEOUT_MS = 20_000;

/** Starts an Azurite table service in a child process; in memory or persisted under `location`. */
export function startAzurite(options: {
  location?: string;
  /** A fixed port (a restart that clients find again); a free one by default. */
  port?: number;
}): Promise<{ port: number; child: ChildProcess }> {
  const args = options.location ? ['--location', options.location] : ['--inMemoryPersistence'];
  if (options.port) args.push('--port', String(options.port));
  args.push('--disableTelemetry');
  const child = fork(WORKER, args, {
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    // Its own process group: a Ctrl+C or a signal to the service's group must not stop the storage
    // before the service's work in flight has reached it; the service stops it (IPC) and it exits
    // by itself when the service is gone.
    detached: true,
    // Plain node: the service's heap flags and TypeScript loader are not the worker's business.
    execArgv: [],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new AppError(
          ErrorCodes.EMBEDDED_STORAGE_FAILED,
          'the embedded table storage (Azurite) did not start within 20 s',
        ),
      );
    }, START_TIMEOUT_MS);
    child.once('message', (message: { type?: string; port?: number; message?: string }) => {
      clearTimeout(timer);
      if (message.type === 'listening' && typeof message.port === 'number') {
        resolve({ port: message.port, child });
      } else {
        reject(
          new AppError(
            ErrorCodes.EMBEDDED_STORAGE_FAILED,
            `the embedded table storage (Azurite) failed to start: ${message.message ?? stderr}`,
          ),
        );
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new AppError(
          ErrorCodes.EMBEDDED_STORAGE_FAILED,
          `the embedded table storage (Azurite) exited with code ${code}: ${stderr.trim()}`,
        ),
      );
    });
  });
}

export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    if (child.connected) child.disconnect();
    else child.kill('SIGTERM');
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Whether something accepts TCP connections on host:port (within `timeoutMs`). */
export function portAnswers(port: number, host = '127.0.0.1', timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(timeoutMs);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/**
 * The embedded default: one Azurite per data directory, persisted under `<dataDir>/azurite`.
 * The process that starts it writes `<dataDir>/azurite.json` (exclusive create, so two starters
 * cannot both open the same database); a second process — `kokobot ask` while the service runs —
 * finds a live owner there and attaches to its port instead of opening the files itself. The owner
 * keeps the worker running (AzuriteSupervisor) and reports restarts and giving up to `onEvent`.
 */
export async function acquireEmbeddedTables(
  dataDir: string,
  options: { onEvent?: (event: EmbeddedStorageEvent) => void } = {},
): Promise<EmbeddedTables> {
  fs.mkdirSync(dataDir, { recursive: true });
  const stateFile = path.join(dataDir, 'azurite.json');
  for (let attempt = 0; attempt < 120; attempt += 1) {
    const existing = readState(stateFile);
    if (existing) {
      if (processAlive(existing.pid) && existing.port > 0 && (await portAnswers(existing.port))) {
        return {
          connectionString: azuriteConnectionString(existing.port),
          port: existing.port,
          owned: false,
          stop: async () => undefined,
        };
      }
      if (!processAlive(existing.pid)) {
        fs.rmSync(stateFile, { force: true });
        continue;
      }
      // The owner is alive but still starting (port 0): wait for it.
      await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    let fd: number;
    try {
      fd = fs.openSync(stateFile, 'wx');
    } catch {
      // Someone else just claimed it; read their state on the next round.
      await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    fs.writeSync(fd, JSON.stringify({ pid: process.pid, port: 0 } satisfies StateFile));
    fs.closeSync(fd);
    try {
      const location = path.join(dataDir, 'azurite');
      const { port, child } = await startAzurite({ location });
      const supervisor = new AzuriteSupervisor(child, port, {
        start: async (samePort) => (await startAzurite({ location, port: samePort })).child,
        stop: stopChild,
        onEvent: options.onEvent,
      });
      fs.writeFileSync(stateFile, JSON.stringify({ pid: process.pid, port } satisfies StateFile));
      const removeState = () => {
        const current = readState(stateFile);
        if (current?.pid === process.pid) fs.rmSync(stateFile, { force: true });
      };
      process.once('exit', removeState);
      return {
        connectionString: azuriteConnectionString(port),
        port,
        owned: true,
        get workerPid() {
          return supervisor.pid;
        },
        stop: async () => {
          await supervisor.stop();
          removeState();
        },
      };
    } catch (error) {
      fs.rmSync(stateFile, { force: true });
      throw error;
    }
  }
  throw new AppError(
    ErrorCodes.EMBEDDED_STORAGE_FAILED,
    `could not start or attach to the embedded table storage in ${dataDir}`,
  );
}

function readState(file: string): StateFile | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<StateFile>;
    if (typeof parsed.pid === 'number' && typeof parsed.port === 'number') {
      return { pid: parsed.pid, port: parsed.port };
    }
  } catch {
    // missing or half-written: treated as absent
  }
  return undefined;
}
