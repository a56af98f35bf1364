import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { processesMentioning } from '../../support/processes';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/**
 * Debian's Chromium, headless, with a fresh user-data directory; every request to a host other than
 * this machine is aborted (nothing may leave it). No browser is downloaded.
 */
export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Chromium's own traffic (not the page's, which the route below aborts): without these it looks up
 * accounts.google.com, redirector.gvt1.com and content-autofill.googleapis.com. Every host name but
 * localhost resolves to "not found" without a DNS query, and autofill asks no server.
 */
export const CHROMIUM_OFFLINE_ARGS = [
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
  '--disable-features=AutofillServerCommunication',
];

const LOCAL = /^(?:https?|wss?):\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?(?:\/|$)/;

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Requests that were aborted because they were not local (for the failure report). */
  blocked: string[];
  close(): Promise<void>;
}

export async function launchBrowser(options: { timeoutMs?: number } = {}): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get install -y --no-install-recommends chromium`);
  // Everything Chromium writes (profile, caches, crash reports under $HOME) stays in one temp dir.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-chromium-'));
  const userDataDir = path.join(root, 'profile');
  const home = path.join(root, 'home');
  fs.mkdirSync(userDataDir);
  fs.mkdirSync(home);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: home,
        XDG_CONFIG_HOME: path.join(home, '.config'),
        XDG_CACHE_HOME: path.join(home, '.cache'),
      },
      headless: true,
      args: [...CHROMIUM_ARGS, ...CHROMIUM_OFFLINE_ARGS],
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
      viewport: { width: 1400, height: 1000 },
      timeout: options.timeoutMs ?? 30_000,
      serviceWorkers: 'block',
    });
  } catch (error) {
    fs.rmSync(root, { recursive: true, force: true });
    throw error;
  }
  const blocked: string[] = [];
  await context.route(
    (url) => !LOCAL.test(url.href),
    (route) => {
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  await context.routeWebSocket(
    (url) => !LOCAL.test(url.href),
    (socket) => {
      blocked.push(socket.url());
      return socket.close();
    },
  );
  const page = context.pages()[0] ?? (await context.newPage());
  let closed = false;
  return {
    context,
    page,
    blocked,
    close: async () => {
      if (closed) return;
      closed = true;
      const timer = new Promise<void>((resolve) => setTimeout(resolve, 10_000).unref());
      await Promise.race([context.close().catch(() => undefined), timer]);
      // Whatever of this Chromium is still running (it did not close in time) is killed by pid.
      for (const pid of processesMentioning(root)) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // gone meanwhile
        }
      }
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
