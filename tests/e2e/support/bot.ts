import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createApp, type App } from '../../../src/app';
import { parseConfig } from '../../../src/config';
import { DEMO_DIRECTORY_FILE } from '../../../src/paths';

/**
 * The running bot, in this process: the real composition root with the embedded default storage
 * (Azurite started by the service, data in a temp KOKOBOT_DATA_DIR), the demo directory, local mode
 * (no credentials), 127.0.0.1 and a clock the test sets. Logs go to a file for failure reports.
 */
export interface RunningBot {
  app: App;
  url: string;
  setTime(iso: string): void;
  /** Reminder/outbox passes until nothing more is due (cards go out to open conversations). */
  drain(): Promise<number>;
  close(): Promise<void>;
}

export async function startRunningBot(options: {
  now: string;
  logFile: string;
}): Promise<RunningBot> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-e2e-data-'));
  let now = new Date(options.now);
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  const logger = pino({ level: 'debug' }, pino.destination({ dest: options.logFile, sync: true }));
  const config = parseConfig({
    KOKOBOT_DATA_DIR: dataDir,
    KOKOBOT_DIRECTORY: DEMO_DIRECTORY_FILE,
    KOKOBOT_HOST: '127.0.0.1',
    LOG_LEVEL: 'debug',
  });
  let app: App;
  try {
    app = await createApp(config, {
      logger,
      clock: () => now,
      reminders: { instanceId: 'e2e', concurrency: 2 },
    });
  } catch (error) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  try {
    const { url } = await app.listen({ port: 0, host: '127.0.0.1' });
    return {
      app,
      url,
      setTime: (iso) => {
        now = new Date(iso);
      },
      drain: async () => {
        let total = 0;
        for (let pass = 0; pass < 10; pass += 1) {
          const sent = await app.reminders.round();
          total += sent;
          if (sent === 0) break;
        }
        return total;
      },
      close: async () => {
        await app.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
