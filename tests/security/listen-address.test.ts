import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../src/app';
import { parseConfig } from '../../src/config';
import { AppError } from '../../src/errors';
import { silentLogger } from '../../src/logging';
import { portAnswers } from '../../src/storage/embedded/embedded-tables';
import { freshStore } from '../support/azurite';
import {
  exited,
  freePort,
  processesMentioning,
  startService,
  waitForHealthy,
} from '../support/processes';

const CREDENTIALS = {
  MicrosoftAppId: 'app',
  MicrosoftAppPassword: 'pw',
  MicrosoftAppTenantId: 't',
};

function refusal(raw: Record<string, string>): string {
  try {
    parseConfig(raw);
  } catch (error) {
    assert.ok(error instanceof AppError);
    return error.message;
  }
  assert.fail('expected a configuration error');
}

/** An address of this machine other than loopback, if it has one. */
function outsideAddress(): string | undefined {
  return Object.values(os.networkInterfaces())
    .flat()
    .find((entry) => entry && entry.family === 'IPv4' && !entry.internal)?.address;
}

const connects = (host: string, port: number) => portAnswers(port, host, 2000);

describe('listen address: without credentials only loopback', function () {
  this.timeout(60_000);

  for (const host of ['0.0.0.0', '::', '192.168.1.10', '10.0.0.1', '127.0.0.2']) {
    it(`when KOKOBOT_HOST is ${host} without credentials, then start-up stops with one sentence naming the problem`, () => {
      const message = refusal({ KOKOBOT_HOST: host });
      assert.equal(
        message,
        `Configuration error: KOKOBOT_HOST is ${host}, but without Bot Framework credentials (MicrosoftAppId) kokobot only listens on 127.0.0.1, because nobody's tokens would be checked.`,
      );
    });
  }

  for (const host of ['127.0.0.1', 'localhost', '::1']) {
    it(`when KOKOBOT_HOST is ${host} without credentials, then it is accepted`, () => {
      assert.equal(parseConfig({ KOKOBOT_HOST: host }).host, host);
    });
  }

  it('when credentials are set, then any address may be chosen (every request is authenticated)', () => {
    assert.equal(parseConfig({ ...CREDENTIALS, KOKOBOT_HOST: '0.0.0.0' }).host, '0.0.0.0');
    assert.equal(parseConfig(CREDENTIALS).host, '0.0.0.0');
  });

  it('when the app listens with the default configuration, then its socket is bound to 127.0.0.1 and unreachable from outside', async () => {
    const app = await createApp(parseConfig({}), {
      logger: silentLogger(),
      store: await freshStore(),
    });
    try {
      const { port } = await app.listen({ port: 0 });
      assert.equal((app.server.server.address() as net.AddressInfo).address, '127.0.0.1');
      assert.equal(await connects('127.0.0.1', port), true);
      const outside = outsideAddress();
      if (outside) assert.equal(await connects(outside, port), false, `reachable on ${outside}`);
    } finally {
      await app.close();
    }
  });

  it('when `npm start` runs without credentials and without KOKOBOT_ALLOWED_TENANTS, then it listens on 127.0.0.1 and warns once about each', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-security-'));
    const port = await freePort();
    const service = startService({ KOKOBOT_DATA_DIR: dataDir, PORT: String(port) });
    try {
      await waitForHealthy(`http://127.0.0.1:${port}/healthz`);
      const output = service.output();
      assert.equal(output.match(/local mode: no Bot Framework credentials/g)?.length, 1);
      assert.equal(output.match(/KOKOBOT_ALLOWED_TENANTS is not set/g)?.length, 1);
      assert.match(output, new RegExp(`kokobot läuft auf http://127\\.0\\.0\\.1:${port} `));
      const outside = outsideAddress();
      if (outside) assert.equal(await connects(outside, port), false, `reachable on ${outside}`);
      service.kill('SIGTERM');
      assert.equal(await exited(service), 0);
    } finally {
      if (service.exitCode === null) service.kill('SIGKILL');
    }
    assert.deepEqual(processesMentioning(dataDir), []);
  });

  it('when `npm start` gets a tenant that is not a GUID, then it refuses to start with one clear sentence and no stack trace', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-security-'));
    const service = startService({
      KOKOBOT_DATA_DIR: dataDir,
      KOKOBOT_ALLOWED_TENANTS: 'contoso.onmicrosoft.com',
    });
    assert.equal(await exited(service, 30_000), 1);
    assert.match(
      service.output(),
      /^kokobot could not start\. Configuration error: KOKOBOT_ALLOWED_TENANTS must be Microsoft Entra tenant IDs \(GUIDs\) separated by commas; entry 1, "contoso\.onmicrosoft\.com", is not a GUID \(got "contoso\.onmicrosoft\.com"\)\.\n$/,
    );
  });
});
