import assert from 'node:assert/strict';
import { AppError, ErrorCodes } from '../../src/errors';
import { MemoryTableStore } from '../../src/storage/memory-table-store';
import type { TableStore } from '../../src/storage/table-store';
import { freshStore } from '../support/azurite';

async function rejectsWith(promise: Promise<unknown>, code: string) {
  await assert.rejects(
    promise,
    (error: unknown) => error instanceof AppError && error.code === code,
  );
}

/** The same contract for the real table (Azurite) and the in-memory one, so the fake cannot drift. */
const stores: [string, () => Promise<TableStore>][] = [
  ['Azure Tables (Azurite)', () => freshStore()],
  ['in-memory', async () => new MemoryTableStore()],
];

for (const [name, make] of stores) {
  describe(`table store contract: ${name}`, () => {
    let store: TableStore;
    const keys = { partitionKey: 'p', rowKey: 'r1' };

    beforeEach(async () => {
      store = await make();
      await store.ensureTable('things');
      await store.ensureTable('things'); // idempotent
    });

    it('when a row is inserted twice, then the second insert is a conflict', async () => {
      await store.insert('things', keys, { a: 1 });
      await rejectsWith(store.insert('things', keys, { a: 2 }), ErrorCodes.STORAGE_CONFLICT);
      assert.deepEqual((await store.get('things', keys))?.data, { a: 1 });
    });

    it('when a row is replaced with an old ETag, then nothing changes (no lost update)', async () => {
      const first = await store.insert('things', keys, { a: 1 });
      const second = await store.replace('things', keys, { a: 2 }, first);
      await rejectsWith(
        store.replace('things', keys, { a: 3 }, first),
        ErrorCodes.STORAGE_PRECONDITION_FAILED,
      );
      const row = await store.get('things', keys);
      assert.equal(row?.data.a, 2);
      assert.equal(row?.etag, second);
    });

    it('when a row is missing, then get answers undefined and delete is quiet', async () => {
      assert.equal(await store.get('things', { partitionKey: 'p', rowKey: 'none' }), undefined);
      await store.delete('things', { partitionKey: 'p', rowKey: 'none' });
    });

    it('when a batch contains a conflicting insert, then none of it is written', async () => {
      await store.insert('things', { partitionKey: 'p', rowKey: 'b' }, { v: 'old' });
      await assert.rejects(
        store.batch('things', 'p', [
          { kind: 'upsert', rowKey: 'a', data: { v: 'new' } },
          { kind: 'insert', rowKey: 'b', data: { v: 'new' } },
        ]),
      );
      assert.equal(await store.get('things', { partitionKey: 'p', rowKey: 'a' }), undefined);
      assert.equal((await store.get('things', { partitionKey: 'p', rowKey: 'b' }))?.data.v, 'old');
    });

    it('when querying by partition and row-key prefix, then only those rows come back, in key order', async () => {
      await store.upsert('things', { partitionKey: 'p', rowKey: 'user1|b' }, { n: 2 });
      await store.upsert('things', { partitionKey: 'p', rowKey: 'user1|a' }, { n: 1 });
      await store.upsert('things', { partitionKey: 'p', rowKey: 'user2|a' }, { n: 3 });
      await store.upsert('things', { partitionKey: 'q', rowKey: 'user1|c' }, { n: 4 });
      const rows = await store.query('things', { partitionKey: 'p', rowKeyPrefix: 'user1|' });
      assert.deepEqual(
        rows.map((row) => row.data.n),
        [1, 2],
      );
    });

    it('when values of each scalar type are stored, then they come back with their types', async () => {
      await store.upsert('things', keys, { s: 'text', n: 42, b: true });
      assert.deepEqual((await store.get('things', keys))?.data, { s: 'text', n: 42, b: true });
    });
  });
}

for (const [name, make] of stores) {
  describe(`table store contract, conditional batches: ${name}`, () => {
    it('when a batch replaces a row with an old ETag, then none of the batch is written', async () => {
      const store = await make();
      await store.ensureTable('things');
      const first = await store.insert('things', { partitionKey: 'p', rowKey: 'latest' }, { v: 1 });
      await store.replace('things', { partitionKey: 'p', rowKey: 'latest' }, { v: 2 }, first);
      await assert.rejects(
        store.batch('things', 'p', [
          { kind: 'insert', rowKey: 'u1', data: { v: 3 } },
          { kind: 'replace', rowKey: 'latest', data: { v: 3 }, etag: first },
        ]),
        (error: unknown) =>
          error instanceof AppError && error.code === ErrorCodes.STORAGE_PRECONDITION_FAILED,
      );
      assert.equal(await store.get('things', { partitionKey: 'p', rowKey: 'u1' }), undefined);
      assert.equal((await store.get('things', { partitionKey: 'p', rowKey: 'latest' }))?.data.v, 2);
    });
  });
}
