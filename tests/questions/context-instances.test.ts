import assert from 'node:assert/strict';
import sinon from 'sinon';
import { MemoryTableStore } from '../../src/storage/memory-table-store';
import { TableContextRepository } from '../../src/storage/table-context-repository';
import type { TableStore } from '../../src/storage/table-store';
import { TABLES } from '../../src/storage/tables';
import { startBot, type BotHarness } from '../support/bot-harness';
import { textOf } from '../support/connector-emulator';

/** A store that counts the reads of context rows. */
function countingStore(): { store: TableStore; reads: () => number } {
  const inner = new MemoryTableStore();
  let reads = 0;
  const store: TableStore = Object.assign(Object.create(inner) as TableStore, {
    get: (table: string, keys: Parameters<TableStore['get']>[1]) => {
      if (table === TABLES.context) reads += 1;
      return inner.get(table, keys);
    },
  });
  return { store, reads: () => reads };
}

describe('follow-up context: kept in memory, never trusted over the stored one', () => {
  it('when a conversation goes on at the same instance, then its context is not read again', async () => {
    const { store, reads } = countingStore();
    await store.ensureTable(TABLES.context);
    const contexts = new TableContextRepository({ store });
    assert.deepEqual(await contexts.get('a:1'), { context: undefined, fromMemory: false });
    await contexts.set('a:1', { subject: 'bodies/sg', kind: 'chair' });
    assert.deepEqual(await contexts.get('a:1'), {
      context: { subject: 'bodies/sg', kind: 'chair' },
      fromMemory: true,
    });
    await contexts.set('a:1', { subject: 'bodies/sg', kind: 'next-meeting' });
    assert.deepEqual((await contexts.get('a:1')).context, {
      subject: 'bodies/sg',
      kind: 'next-meeting',
    });
    assert.equal(reads(), 1, 'only the first get reads');
  });

  it('when another instance changed or removed the context, then a read finds it and memory follows', async () => {
    const { store } = countingStore();
    await store.ensureTable(TABLES.context);
    const here = new TableContextRepository({ store });
    const there = new TableContextRepository({ store });
    await here.set('a:1', { subject: 'bodies/sg', kind: 'chair' });
    await there.set('a:1', { subject: 'bodies/jukon', kind: 'chair' });
    assert.deepEqual((await here.get('a:1')).context, { subject: 'bodies/sg', kind: 'chair' });
    assert.deepEqual(await here.get('a:1', { read: true }), {
      context: { subject: 'bodies/jukon', kind: 'chair' },
      fromMemory: false,
    });
    assert.deepEqual((await here.get('a:1')).context, { subject: 'bodies/jukon', kind: 'chair' });

    await there.set('a:1', undefined);
    assert.equal((await here.get('a:1', { read: true })).context, undefined, 'a removal is read');
    assert.equal((await there.get('a:1')).context, undefined);
  });

  it('when the context is older than its lifetime, then it is not used', async () => {
    let now = new Date('2026-11-24T09:00:00Z');
    const store = new MemoryTableStore();
    await store.ensureTable(TABLES.context);
    const contexts = new TableContextRepository({ store, clock: () => now });
    await contexts.set('a:1', { subject: 'bodies/sg', kind: 'chair' });
    now = new Date(now.getTime() + 31 * 60_000);
    assert.equal((await contexts.get('a:1')).context, undefined);
    assert.equal(
      (await new TableContextRepository({ store, clock: () => now }).get('a:1')).context,
      undefined,
    );
  });

  it('when storing fails, then the caller learns it and the instance no longer trusts its copy', async () => {
    const { store, reads } = countingStore();
    await store.ensureTable(TABLES.context);
    const contexts = new TableContextRepository({ store });
    await contexts.set('a:1', { subject: 'bodies/sg', kind: 'chair' });
    const failure = sinon.stub(store, 'batch').rejects(new Error('storage down'));
    await assert.rejects(
      contexts.set('a:1', { subject: 'bodies/jukon', kind: 'chair' }),
      /storage down/,
    );
    failure.restore();
    const before = reads();
    assert.deepEqual(await contexts.get('a:1'), {
      context: { subject: 'bodies/sg', kind: 'chair' },
      fromMemory: false,
    });
    assert.equal(reads(), before + 1, 'read again from storage');
  });

  describe('two bot instances on one store, one conversation', () => {
    let first: BotHarness;
    let second: BotHarness;
    const now = new Date('2026-11-24T09:00:00Z');

    beforeEach(async () => {
      first = await startBot({ overrides: { clock: () => now } });
      second = await startBot({ store: first.store, overrides: { clock: () => now } });
    });
    afterEach(async () => {
      await second.close();
      await first.close();
    });

    async function ask(bot: BotHarness, text: string): Promise<string> {
      const before = bot.connector.activities.length;
      assert.equal((await bot.message(text)).status, 200);
      return textOf(
        await bot.connector.waitFor(
          (activity) => bot.connector.activities.indexOf(activity) >= before,
        ),
      );
    }

    it('when the other instance answered in between, then a follow-up refers to its subject', async () => {
      await ask(first, 'Wer leitet die Steuerungsgruppe?');
      await ask(second, 'Wer leitet die Jugendkonferenz?');
      const reply = await ask(first, 'Und wann tagt sie?');
      assert.match(reply, /Jugendkonferenz/);
      assert.doesNotMatch(reply, /Steuerungsgruppe/);
    });

    it('when the other instance answered without a subject in between, then the old subject is not used', async () => {
      const alone = await ask(second, 'Und wann tagt sie?');
      await ask(first, 'Wer leitet die Steuerungsgruppe?');
      await ask(second, 'Welche Ziele sind bis Ende 2027 fällig?');
      assert.equal(await ask(first, 'Und wann tagt sie?'), alone);
    });
  });

  it('when a conversation goes on at one instance, then only a follow-up reads its context', async () => {
    const { store, reads } = countingStore();
    const bot = await startBot({
      store,
      overrides: { clock: () => new Date('2026-11-24T09:00:00Z') },
    });
    try {
      const ask = async (text: string) => {
        const before = bot.connector.activities.length;
        assert.equal((await bot.message(text)).status, 200);
        return textOf(
          await bot.connector.waitFor(
            (activity) => bot.connector.activities.indexOf(activity) >= before,
          ),
        );
      };
      await ask('Wer leitet die Jugendkonferenz?');
      const first = reads();
      await ask('Wer leitet die Steuerungsgruppe?');
      await ask('Welche Ziele sind bis Ende 2027 fällig?');
      await ask('Wer leitet die Steuerungsgruppe?');
      assert.equal(reads(), first, 'questions of their own do not read the context');
      assert.match(await ask('Und wann tagt sie?'), /Steuerungsgruppe/);
      assert.equal(reads(), first + 1, 'the follow-up checks the stored context once');
    } finally {
      await bot.close();
    }
  });
});
