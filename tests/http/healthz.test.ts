import assert from 'node:assert/strict';
import { AzureTableStore } from '../../src/storage/azure-table-store';
import { startTestAzurite, stopTestAzurite } from '../support/azurite';
import { startBot } from '../support/bot-harness';

describe('GET /healthz', () => {
  it('when table storage answers, then 200; when it is gone, then 503 and the service lives on', async () => {
    const azurite = await startTestAzurite();
    const store = new AzureTableStore(
      { kind: 'connection-string', connectionString: azurite.connectionString },
      { tablePrefix: 'health' },
    );
    const bot = await startBot({ store });
    try {
      const ok = await fetch(`${bot.url}/healthz`);
      assert.equal(ok.status, 200);
      assert.deepEqual(await ok.json(), { status: 'ok', storage: 'ok' });
      await stopTestAzurite(azurite);
      const down = await fetch(`${bot.url}/healthz`);
      assert.equal(down.status, 503);
      assert.deepEqual(await down.json(), { status: 'unavailable', storage: 'unreachable' });
    } finally {
      await bot.close();
      await stopTestAzurite(azurite);
    }
  });
});
