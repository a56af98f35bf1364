import assert from 'node:assert/strict';
import sinon from 'sinon';
import { GroupedUpserts } from '../../src/storage/grouped-upserts';
import { MemoryTableStore } from '../../src/storage/memory-table-store';

describe('GroupedUpserts: one transaction for the rows written meanwhile', () => {
  let store: MemoryTableStore;
  beforeEach(async () => {
    store = new MemoryTableStore();
    await store.ensureTable('t');
  });
  afterEach(() => sinon.restore());

  it('when 250 rows are written at once, then they go out in batches of at most 100 and all are stored', async () => {
    const batch = sinon.spy(store, 'batch');
    const writes = new GroupedUpserts(store, 't', 'p');
    await Promise.all(Array.from({ length: 250 }, (_, i) => writes.upsert(`r${i}`, { n: i })));
    assert.deepEqual(
      batch.getCalls().map((call) => call.args[2].length),
      [100, 100, 50],
    );
    const rows = await store.query('t', { partitionKey: 'p' });
    assert.equal(rows.length, 250);
    assert.equal(rows.find((row) => row.rowKey === 'r249')?.data.n, 249);
  });

  it('when a row is written again before it went out, then it is written once with the newest data', async () => {
    const batch = sinon.spy(store, 'batch');
    const writes = new GroupedUpserts(store, 't', 'p');
    await Promise.all([writes.upsert('a', { n: 1 }), writes.upsert('a', { n: 2 })]);
    assert.equal(batch.callCount, 1);
    assert.equal(batch.firstCall.args[2].length, 1);
    assert.equal((await store.get('t', { partitionKey: 'p', rowKey: 'a' }))?.data.n, 2);
  });

  it('when a row is written while its batch is on its way, then the later write lands last', async () => {
    const writes = new GroupedUpserts(store, 't', 'p');
    const first = writes.upsert('a', { n: 1 });
    await new Promise((resolve) => setImmediate(resolve)); // the first batch is on its way
    const second = writes.upsert('a', { n: 2 });
    await Promise.all([first, second]);
    assert.equal((await store.get('t', { partitionKey: 'p', rowKey: 'a' }))?.data.n, 2);
  });

  it('when a batch fails, then each of its writers fails and the next writes go out again', async () => {
    const writes = new GroupedUpserts(store, 't', 'p');
    sinon.stub(store, 'batch').onFirstCall().rejects(new Error('storage down')).callThrough();
    const results = await Promise.allSettled([
      writes.upsert('a', { n: 1 }),
      writes.upsert('b', { n: 1 }),
    ]);
    assert.deepEqual(
      results.map((result) => result.status),
      ['rejected', 'rejected'],
    );
    assert.equal(await store.get('t', { partitionKey: 'p', rowKey: 'a' }), undefined);
    await writes.upsert('a', { n: 3 });
    assert.equal((await store.get('t', { partitionKey: 'p', rowKey: 'a' }))?.data.n, 3);
  });

  it('when asked to become idle, then it resolves after everything written has gone out', async () => {
    const writes = new GroupedUpserts(store, 't', 'p');
    void writes.upsert('a', { n: 1 });
    await writes.idle();
    assert.equal((await store.get('t', { partitionKey: 'p', rowKey: 'a' }))?.data.n, 1);
  });
});
