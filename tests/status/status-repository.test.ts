import assert from 'node:assert/strict';
import type { StatusUpdate } from '../../src/status/report';
import { TableStatusRepository } from '../../src/storage/table-status-repository';
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
});
