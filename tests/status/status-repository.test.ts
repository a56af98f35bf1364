import assert from 'node:assert/strict';
import sinon from 'sinon';
import type { StatusUpdate } from '../../src/reports/report';
import {
  ALL_UPDATES_MAX_AGE_MS,
  TableStatusRepository,
} from '../../src/storage/table-status-repository';
import { TABLES } from '../../src/storage/tables';
import { freshStore } from '../support/azurite';

const update = (values: Partial<StatusUpdate> = {}): StatusUpdate => ({
  goalId: 'Z2.1',
  roundId: 'sg-2026-12',
  author: 'syilmaz',
  at: '2026-11-30T10:00:00.000Z',
  status: 'at-risk',
  progress: 40,
  happened: 'Börse verzögert sich',
  nextSteps: '',
  supportNeeded: false,
  supportText: '',
  ...values,
});

describe('status updates in table storage (real Azurite)', () => {
  async function repository() {
    const store = await freshStore();
    for (const table of Object.values(TABLES)) await store.ensureTable(table);
    return new TableStatusRepository(store);
  }

  async function twoInstances() {
    const store = await freshStore();
    for (const table of Object.values(TABLES)) await store.ensureTable(table);
    let now = Date.parse('2026-11-30T10:00:00.000Z');
    const clock = () => new Date(now);
    return {
      store,
      a: new TableStatusRepository(store, { clock }),
      b: new TableStatusRepository(store, { clock }),
      advance: (ms: number) => (now += ms),
    };
  }

  const progressOf = (updates: readonly StatusUpdate[]) => updates.map((entry) => entry.progress);

  it('when an update is saved, then it is the latest; an edit adds a row and the history keeps both', async () => {
    const repo = await repository();
    const first = await repo.save(update(), { idempotencyKey: 'card-1|v0', expectedVersion: '' });
    assert.equal(first.outcome, 'saved');
    const second = await repo.save(update({ at: '2026-12-01T10:00:00.000Z', progress: 50 }), {
      idempotencyKey: 'card-1|v1',
      expectedVersion: first.outcome === 'saved' ? first.version : '',
    });
    assert.equal(second.outcome, 'saved');
    assert.equal((await repo.latest('Z2.1')).update?.progress, 50);
    assert.deepEqual(
      (await repo.history('Z2.1')).map((entry) => entry.progress),
      [40, 50],
    );
  });

  it('when the same submission arrives twice (double click, retried invoke, two instances), then it is stored once', async () => {
    const repo = await repository();
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        repo.save(update(), { idempotencyKey: 'card-1|v0', expectedVersion: '' }),
      ),
    );
    assert.equal(results.filter((result) => result.outcome === 'saved').length, 1);
    assert.ok(
      results.every((result) => result.outcome !== 'conflict'),
      JSON.stringify(results),
    );
    assert.equal((await repo.history('Z2.1')).length, 1);
  });

  it('when two people edit the same goal from the same card version, then one is saved and the other is asked to reload; nothing is lost silently', async () => {
    const repo = await repository();
    const [a, b] = await Promise.all([
      repo.save(update({ author: 'syilmaz', progress: 60 }), {
        idempotencyKey: 'card-a|v0',
        expectedVersion: '',
      }),
      repo.save(update({ author: 'ahoffmann', progress: 70 }), {
        idempotencyKey: 'card-b|v0',
        expectedVersion: '',
      }),
    ]);
    assert.deepEqual([a.outcome, b.outcome].sort(), ['conflict', 'saved']);
    const conflict = a.outcome === 'conflict' ? a : b;
    assert.ok(
      conflict.outcome === 'conflict' && conflict.latest,
      'the loser sees what the winner saved',
    );
    assert.equal((await repo.history('Z2.1')).length, 1);
  });

  it("when status questions come in quick succession, then every update is read from storage once for them, and this instance's own save is seen at once", async () => {
    const { store, a } = await twoInstances();
    const first = await a.save(update(), { idempotencyKey: 'card-1|v0', expectedVersion: '' });
    const scans = sinon.spy(store, 'query');
    try {
      const answers = await Promise.all([a.all(), a.all(), a.all()]);
      assert.deepEqual(answers.map(progressOf), [[40], [40], [40]]);
      assert.deepEqual(progressOf(await a.all()), [40]);
      assert.equal(scans.callCount, 1, 'one table scan for four questions');

      await a.save(update({ at: '2026-12-01T10:00:00.000Z', progress: 55 }), {
        idempotencyKey: 'card-1|v1',
        expectedVersion: first.outcome === 'saved' ? first.version : '',
      });
      assert.deepEqual(progressOf(await a.all()), [40, 55], 'the own save, right after it');
      assert.equal(scans.callCount, 2);
    } finally {
      scans.restore();
    }
  });

  it(`when another instance saves, then this one shows it no later than ${ALL_UPDATES_MAX_AGE_MS} ms after`, async () => {
    const { a, b, advance } = await twoInstances();
    assert.deepEqual(progressOf(await b.all()), []);
    await a.save(update(), { idempotencyKey: 'card-1|v0', expectedVersion: '' });
    advance(ALL_UPDATES_MAX_AGE_MS - 1);
    assert.deepEqual(progressOf(await b.all()), [], 'still within the last read');
    advance(1);
    assert.deepEqual(progressOf(await b.all()), [40]);
    assert.deepEqual(progressOf(await a.all()), [40]);
  });

  it('when a save ends while every update is being read, then that read is not reused after it', async () => {
    const { a } = await twoInstances();
    const before = a.all();
    await a.save(update(), { idempotencyKey: 'card-1|v0', expectedVersion: '' });
    await before;
    assert.deepEqual(progressOf(await a.all()), [40]);
  });

  it('when reading every update fails, then the failure is not kept: the next question reads again', async () => {
    const { store, a } = await twoInstances();
    await a.save(update(), { idempotencyKey: 'card-1|v0', expectedVersion: '' });
    const failing = sinon.stub(store, 'query').rejects(new Error('storage not reachable'));
    try {
      await assert.rejects(Promise.all([a.all(), a.all()]), /storage not reachable/);
      assert.equal(failing.callCount, 1, 'callers during the read share it, and its failure');
    } finally {
      failing.restore();
    }
    assert.deepEqual(progressOf(await a.all()), [40]);
  });
});
