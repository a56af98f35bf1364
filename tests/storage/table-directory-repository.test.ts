import assert from 'node:assert/strict';
import fs from 'node:fs';
import sinon from 'sinon';
import { parseDirectory } from '../../src/directory/parse';
import type { Directory } from '../../src/directory/model';
import { ErrorCodes, AppError } from '../../src/errors';
import { DEMO_DIRECTORY_FILE } from '../../src/paths';
import { KEPT_VERSIONS } from '../../src/directory/repository';
import { TableDirectoryRepository } from '../../src/storage/table-directory-repository';
import type { TableStore } from '../../src/storage/table-store';
import { TABLES } from '../../src/storage/tables';
import { freshStore } from '../support/azurite';

function demo(): Directory {
  const result = parseDirectory(fs.readFileSync(DEMO_DIRECTORY_FILE, 'utf8'));
  assert.ok(result.ok);
  return result.directory;
}

/** A large directory so an import needs several batches (and can fail between them). */
function large(base: Directory, people: number): Directory {
  const extra = Array.from({ length: people }, (_, i) => ({
    id: `extra${i}`,
    name: `Extra Person ${i}`,
    actor: base.actors[0]!.id,
    role: 'Mitglied',
    email: `extra${i}@example.org`,
    coordinator: false,
  }));
  return { ...base, people: [...base.people, ...extra] };
}

describe('directory in table storage (real Azurite)', () => {
  let store: TableStore;
  let repository: TableDirectoryRepository;

  beforeEach(async () => {
    store = await freshStore();
    for (const table of Object.values(TABLES)) await store.ensureTable(table);
    repository = new TableDirectoryRepository({ store });
  });

  afterEach(() => sinon.restore());

  it('when storage is new, then there is no directory', async () => {
    assert.equal(await repository.current(), undefined);
    assert.equal(await repository.currentVersion(), undefined);
  });

  it('when a directory is imported, then it is read back equal', async () => {
    const directory = demo();
    const summary = await repository.replace(directory);
    assert.equal(summary.counts.people, directory.people.length);
    const fresh = new TableDirectoryRepository({ store });
    const snapshot = await fresh.current();
    assert.equal(snapshot?.version, summary.version);
    const sortById = <T extends { id: string }>(list: T[]) =>
      [...list].sort((a, b) => a.id.localeCompare(b.id));
    assert.deepEqual(sortById(snapshot!.directory.people), sortById(directory.people));
    assert.deepEqual(sortById(snapshot!.directory.meetings), sortById(directory.meetings));
    assert.deepEqual(snapshot!.directory.organisation, directory.organisation);
  });

  it('when a second import replaces the first, then only the new records are visible and the last ten directories are kept', async () => {
    const first = await repository.replace(demo());
    const smaller = { ...demo(), goals: demo().goals.slice(0, 2) };
    await repository.replace(smaller);
    const third = await repository.replace(smaller);
    const snapshot = await new TableDirectoryRepository({ store }).current();
    assert.equal(snapshot?.version, third.version);
    assert.equal(snapshot?.directory.goals.length, 2);
    assert.equal((await repository.snapshot(first.version))?.goals.length, demo().goals.length);
    for (let round = 0; round < KEPT_VERSIONS; round += 1) await repository.replace(smaller);
    const partitions = new Set(
      (await store.query(TABLES.directory, {})).map((row) => row.partitionKey),
    );
    const snapshots = [...partitions].filter((partition) => partition.startsWith('v_'));
    assert.equal(snapshots.length, KEPT_VERSIONS, 'the last ten are kept, older ones deleted');
    assert.equal(await repository.snapshot(first.version), undefined);
  });

  it('when a staged directory is switched on against the version it was prepared on, then it is in force; against another, it is refused and nothing changes', async () => {
    const base = await repository.replace(demo());
    const staged = await repository.stage({ ...demo(), goals: [] });
    assert.equal((await repository.current())?.version, base.version, 'staging changes nothing');
    assert.equal((await repository.snapshot(staged))?.goals.length, 0);
    const other = await repository.stage({ ...demo(), goals: demo().goals.slice(0, 1) });
    // Two confirms at once on the same base: exactly one wins.
    const outcomes = await Promise.allSettled([
      repository.switchTo(staged, base.version),
      new TableDirectoryRepository({ store }).switchTo(other, base.version),
    ]);
    assert.equal(outcomes.filter((outcome) => outcome.status === 'fulfilled').length, 1);
    const refused = outcomes.find((outcome) => outcome.status === 'rejected');
    assert.equal((refused as PromiseRejectedResult).reason.code, ErrorCodes.DIRECTORY_CHANGED);
    // An earlier version can be put back (a restore), against the version now in force.
    const now = (await repository.current())!.version;
    const restored = await repository.switchTo(base.version, now);
    assert.equal(restored.version, base.version);
    assert.equal((await repository.current())?.directory.goals.length, demo().goals.length);
  });

  it('when an import fails half way, then readers still see the whole previous directory, and the next import cleans up', async () => {
    const first = await repository.replace(demo());
    const batch = store.batch.bind(store);
    let calls = 0;
    sinon.stub(store, 'batch').callsFake(async (table, partition, operations) => {
      calls += 1;
      if (calls === 2) throw new AppError(ErrorCodes.STORAGE_UNAVAILABLE, 'injected failure');
      return batch(table, partition, operations);
    });
    await assert.rejects(repository.replace(large(demo(), 250)), /injected failure/);
    sinon.restore();

    const reader = new TableDirectoryRepository({ store });
    const snapshot = await reader.current();
    assert.equal(snapshot?.version, first.version);
    assert.equal(
      snapshot?.directory.people.length,
      demo().people.length,
      'no mix of old and new people',
    );

    const clock = sinon.useFakeTimers({ now: Date.now() + 120_000, toFake: ['Date'] });
    try {
      await new TableDirectoryRepository({ store }).replace(demo());
    } finally {
      clock.restore();
    }
    const partitions = new Set(
      (await store.query(TABLES.directory, {})).map((row) => row.partitionKey),
    );
    assert.equal(
      [...partitions].filter((p) => p.startsWith('v_')).length,
      2,
      'the failed import left nothing behind',
    );
  });

  it('when two imports race, then the slower one is not switched on and says so', async () => {
    await repository.replace(demo());
    const other = new TableDirectoryRepository({ store });
    const get = store.get.bind(store);
    // The first import reads the pointer, then the other import finishes before it switches.
    sinon.stub(store, 'get').callsFake(async (table, keys) => {
      const row = await get(table, keys);
      if (keys.partitionKey === '_pointer' && !racing) {
        racing = true;
        await other.replace({ ...demo(), goals: [] });
      }
      return row;
    });
    let racing = false;
    await assert.rejects(
      repository.replace(demo()),
      (error: unknown) =>
        error instanceof AppError && error.code === ErrorCodes.DIRECTORY_CONCURRENT_IMPORT,
    );
    sinon.restore();
    const snapshot = await new TableDirectoryRepository({ store }).current();
    assert.equal(snapshot?.directory.goals.length, 0, 'the import that won stays in force');
  });

  it('when a stored row was tampered with, then reading refuses it instead of trusting it', async () => {
    const { version } = await repository.replace(demo());
    const rows = await store.query(TABLES.directory, {
      partitionKey: `v_${version}`,
      rowKeyPrefix: 'people:',
    });
    await store.upsert(
      TABLES.directory,
      { partitionKey: rows[0]!.partitionKey, rowKey: rows[0]!.rowKey },
      { json: JSON.stringify({ id: 'x', name: 42 }) },
    );
    await assert.rejects(
      new TableDirectoryRepository({ store }).current(),
      (error: unknown) =>
        error instanceof AppError && error.code === ErrorCodes.STORAGE_ROW_INVALID,
    );
  });
});
