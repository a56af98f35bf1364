import assert from 'node:assert/strict';
import sinon from 'sinon';
import { TableMeetingChangeRepository } from '../../src/storage/table-meeting-change-repository';
import { TABLES } from '../../src/storage/tables';
import { freshStore } from '../support/azurite';

describe('meeting changes in table storage (real Azurite)', () => {
  it('when a coordinator cancels a meeting while the changes are being read, then the next answer already knows it', async () => {
    const store = await freshStore();
    await store.ensureTable(TABLES.meetingChanges);
    const repo = new TableMeetingChangeRepository(store);
    // The read reaches storage before the cancellation but comes back after it.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const query = store.query.bind(store);
    const slow = sinon.stub(store, 'query').callsFake(async (...args) => {
      const rows = await query(...args);
      await held;
      return rows;
    });
    try {
      const before = repo.list();
      await repo.set({ meetingId: 'sg-2026-12', kind: 'cancelled' }, 'ahoffmann');
      release();
      assert.deepEqual(await before, []);
      assert.deepEqual(
        (await repo.list()).map((change) => [change.meetingId, change.kind]),
        [['sg-2026-12', 'cancelled']],
      );
    } finally {
      slow.restore();
    }
  });
});
