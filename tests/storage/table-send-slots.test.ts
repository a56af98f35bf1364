import assert from 'node:assert/strict';
import sinon from 'sinon';
import { AzureTableStore } from '../../src/storage/azure-table-store';
import { TableSendSlots } from '../../src/storage/table-send-slots';
import { TABLES } from '../../src/storage/tables';
import { startTestAzurite, stopTestAzurite, type TestAzurite } from '../support/azurite';

/*
 * Send slots in a real Azurite. A claim is a read and a conditional write: when that round trip
 * takes longer than a slot is wide, each slot claimed has begun too long ago by the time it is
 * won, and a sender that gave every such slot up sent nothing at all (bench:reminders' unthrottled
 * run stalled at 23 of 2,000). Storage is slowed with sinon; the slots are the real ones.
 */
describe('send slots shared through table storage (real Azurite)', function () {
  this.timeout(60_000);
  let azurite: TestAzurite;
  before(async () => {
    azurite = await startTestAzurite();
  });
  after(async () => {
    await stopTestAzurite(azurite);
  });
  afterEach(() => sinon.restore());

  async function slotsWithLatency(ms: number, prefix: string): Promise<TableSendSlots> {
    const store = new AzureTableStore(
      { kind: 'connection-string', connectionString: azurite.connectionString },
      { tablePrefix: prefix },
    );
    await store.ensureTable(TABLES.settings);
    for (const method of ['get', 'replace', 'insert'] as const) {
      const real = store[method].bind(store) as (...args: unknown[]) => Promise<unknown>;
      (sinon.stub(store, method) as sinon.SinonStub).callsFake(async (...args: unknown[]) => {
        await new Promise((resolve) => setTimeout(resolve, ms));
        return real(...args);
      });
    }
    return new TableSendSlots(store);
  }

  it('when a claim takes far longer than a slot is wide, then claims still succeed, one after another', async () => {
    const slots = await slotsWithLatency(15, 'slow');
    const perSecond = 2_000; // slots half a millisecond wide, claims of 30 ms and more
    const granted: number[] = [];
    const started = Date.now();
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let i = 0; i < 25; i += 1) {
          await slots.claim({ tenant: 't', perSecond });
          granted.push(Date.now());
        }
      }),
    );
    assert.equal(granted.length, 200);
    assert.ok(Date.now() - started < 20_000, `200 claims took ${Date.now() - started} ms`);
  });

  it('when two senders claim at 10 per second, then no sliding second holds more than 10 and none is skipped for long', async () => {
    const slots = await slotsWithLatency(2, 'fair');
    const granted: number[] = [];
    await Promise.all(
      Array.from({ length: 2 }, async () => {
        for (let i = 0; i < 12; i += 1) {
          await slots.claim({ tenant: 't', perSecond: 10 });
          granted.push(Date.now());
        }
      }),
    );
    granted.sort((a, b) => a - b);
    let busiest = 0;
    for (let last = 0, first = 0; last < granted.length; last += 1) {
      while (granted[last]! - granted[first]! >= 1000) first += 1;
      busiest = Math.max(busiest, last - first + 1);
    }
    assert.ok(busiest <= 10, `busiest second ${busiest}`);
    const span = (granted.at(-1)! - granted[0]!) / 1000;
    assert.ok(23 / span >= 8, `${(23 / span).toFixed(1)} per second`);
  });
});
