import assert from 'node:assert/strict';
import { TableChannelRepository } from '../../src/storage/table-channel-repository';
import { TableDirectoryAudit } from '../../src/storage/table-directory-audit';
import { TableDirectoryPreviews } from '../../src/storage/table-directory-previews';
import { TableMeetingChangeRepository } from '../../src/storage/table-meeting-change-repository';
import type { OutboxEntry } from '../../src/reminders/outbox';
import { forwardEntry } from '../../src/forwarding/forward-repository';
import { TablePauseGate } from '../../src/storage/table-pause-gate';
import { TablePreferencesRepository } from '../../src/storage/table-preferences-repository';
import { TableRsvpRepository } from '../../src/storage/table-rsvp-repository';
import { MemoryTableStore } from '../../src/storage/memory-table-store';
import {
  validateRow,
  validateTable,
  VALIDATED_TABLES,
  type StoredRow,
} from '../../src/storage/row-schemas';
import { TableContextRepository } from '../../src/storage/table-context-repository';
import { TableConversationRepository } from '../../src/storage/table-conversation-repository';
import { TableDirectoryRepository } from '../../src/storage/table-directory-repository';
import { TableForwardRepository } from '../../src/storage/table-forward-repository';
import { TableOutboxRepository } from '../../src/storage/table-outbox-repository';
import { TableSendSlots } from '../../src/storage/table-send-slots';
import { TableSettingsRepository } from '../../src/storage/table-settings-repository';
import { TableStatusRepository } from '../../src/storage/table-status-repository';
import type { Row } from '../../src/storage/table-store';
import { TABLES } from '../../src/storage/tables';
import { demoDirectory } from '../support/demo';

/*
 * validateRow (src/storage/row-schemas.ts) knows every table, passes every kind of row the
 * repositories write, and refuses rows that break their schema or sit under the wrong keys.
 */
describe('row schemas of every table', () => {
  const reference = {
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:1/',
    conversation: { id: 'a:chat/1#?', conversationType: 'personal', tenantId: 'tenant-1' },
    bot: { id: '28:bot' },
    user: { id: '29:u', aadObjectId: 'aad/1' },
    locale: 'de-DE',
  };
  const at = '2026-11-30T10:00:00.000Z';
  const outboxEntry: OutboxEntry = {
    meetingId: 'sg-2026-12',
    bodyId: 'sg',
    offset: 'P1D',
    recipient: 'jmueller',
    personId: 'jmueller',
    kind: 'reminder',
    state: 'pending',
    dueAt: at,
    nextAttemptAt: at,
    meetingStart: '2026-12-01T10:00',
    startsAt: '2026-12-01T09:00:00.000Z',
    attempts: 0,
    history: [],
  };

  /** A store holding one row of every kind kokobot writes, each written by its repository. */
  async function everyKindOfRow(): Promise<Map<string, Row[]>> {
    const store = new MemoryTableStore();
    for (const table of Object.values(TABLES)) await store.ensureTable(table);
    const directory = demoDirectory();
    await new TableDirectoryRepository({ store }).replace(directory);
    const conversations = new TableConversationRepository({ store });
    await conversations.save({
      tenantId: 'tenant-1',
      aadObjectId: 'aad/1',
      conversationType: 'personal',
      personId: 'jmueller',
      reference,
    });
    await conversations.save({
      tenantId: '',
      aadObjectId: 'aad-2',
      conversationType: 'channel',
      reference: {
        ...reference,
        conversation: { id: '19:x', conversationType: 'channel' },
        user: { id: '29:v', aadObjectId: 'aad-2' },
      },
    });
    await conversations.link('tenant-1', 'aad/1', 'jmueller');
    await new TableContextRepository({ store }).set('a:chat/1', {
      subject: 'bodies/sg',
      kind: 'chair',
    });
    await new TableSettingsRepository(store).sharedSecret('calendar-links');
    await new TablePauseGate(store).pause(Date.now() + 1000);
    await new TableSendSlots(store).claim({ tenant: 'tenant-1', perSecond: 1000 });
    const forward = {
      id: 'a'.repeat(32),
      question: 'Wer?',
      askerName: 'X',
      askerReference: reference,
      language: 'de' as const,
      status: 'open' as const,
      deliveries: [],
    };
    // A question forwarded before its messages were outbox rows (read, never written any more).
    await store.insert(
      TABLES.forwards,
      { partitionKey: 'b'.repeat(32), rowKey: 'forward' },
      {
        json: JSON.stringify({
          ...forward,
          id: 'b'.repeat(32),
          deliveries: [{ personId: 'jmueller', reference, activityId: '1' }],
        }),
      },
    );
    const forwards = new TableForwardRepository(store);
    await forwards.create(forward, [forwardEntry(forward.id, 'forward', at, 'jmueller')]);
    await forwards.markAnswered(
      (await forwards.get(forward.id))!,
      { answeredBy: 'Y', answer: 'Z' },
      [forwardEntry(forward.id, 'forward-answer', at)],
    );
    await new TableOutboxRepository(store).addMissing([outboxEntry]);
    await new TableRsvpRepository(store).set({
      meetingId: 'sg-2026-12',
      personId: 'jmueller',
      answer: 'yes',
      at,
    });
    await new TablePreferencesRepository(store).update('jmueller', { awayUntil: '2026-12-24' });
    await new TableMeetingChangeRepository(store).set(
      {
        meetingId: 'sg-2026-12',
        kind: 'moved',
        start: '2026-12-02T10:00',
        end: '2026-12-02T12:00',
      },
      'jmueller',
    );
    await new TableChannelRepository(store).register('sg', reference, 'jmueller');
    const update = {
      goalId: 'Z3/2',
      roundId: 'sg-2026-12',
      author: 'jmueller',
      at,
      status: 'at-risk' as const,
      progress: 40,
      happened: 'a',
      nextSteps: 'b',
      supportNeeded: false,
      supportText: '',
    };
    await new TableStatusRepository(store).save(update, {
      idempotencyKey: 'k1',
      expectedVersion: '',
    });
    await new TableDirectoryAudit(store).record({
      version: 'v1',
      importer: 'cli',
      source: 'cli',
      fileName: 'verzeichnis.yaml',
      size: 1200,
      at,
      summary: 'Personen: 1 neu',
    });
    await new TableDirectoryPreviews(store).create({
      id: 'c'.repeat(24),
      staged: 'v2',
      base: 'v1',
      importer: 'ahoffmann',
      importerName: 'Andrea Hoffmann',
      source: 'teams',
      fileName: 'verzeichnis.xlsx',
      size: 5000,
      createdAt: at,
      expiresAt: at,
      summary: 'Personen: 1 neu',
      state: 'open',
    });
    const rows = new Map<string, Row[]>();
    for (const table of Object.values(TABLES)) rows.set(table, await store.query(table, {}));
    return rows;
  }

  it('covers every table in TABLES, and nothing else', () => {
    assert.deepEqual([...VALIDATED_TABLES].sort(), Object.values(TABLES).sort());
    assert.match(
      validateRow('nosuchtable', { partitionKey: 'a', rowKey: 'b', data: {} })!,
      /no schema/,
    );
  });

  it('passes every row the repositories write, in every table', async () => {
    const rows = await everyKindOfRow();
    for (const [table, tableRows] of rows) {
      assert.ok(tableRows.length > 0, `${table} has a row to check`);
      assert.deepEqual(validateTable(table, tableRows), [], table);
    }
    const directoryRows = rows.get(TABLES.directory)!;
    for (const kind of [/^_pointer$/, /^_imports$/, /^v_/])
      assert.ok(
        directoryRows.some((row) => kind.test(row.partitionKey)),
        `directory ${kind}`,
      );
    const statusKeys = rows.get(TABLES.statusUpdates)!.map((row) => row.rowKey.slice(0, 2));
    assert.deepEqual(statusKeys.sort(), ['k|', 'la', 'u|']);
  });

  it('refuses rows of no known kind, with missing or wrongly typed columns, or under the wrong keys', async () => {
    const rows = await everyKindOfRow();
    const one = (table: string, pick: (row: Row) => boolean = () => true) =>
      rows.get(table)!.find(pick)!;
    const broken: [string, StoredRow][] = [];
    for (const table of Object.values(TABLES)) {
      const row = one(table);
      broken.push([table, { ...row, partitionKey: 'zz', rowKey: 'zz/zz' }]);
      const [column] = Object.keys(row.data).filter((key) => key !== 'updatedAt' && key !== 'by');
      const { [column!]: _dropped, ...rest } = row.data;
      // (Every column of a preferences row is optional: a person who never changed anything.)
      if (table !== TABLES.preferences) broken.push([table, { ...row, data: rest }]);
      broken.push([table, { ...row, data: { ...row.data, [column!]: 12345 } }]);
    }
    const person = one(TABLES.directory, (row) => row.rowKey.startsWith('people:'));
    broken.push([TABLES.directory, { ...person, rowKey: 'people:someone-else' }]);
    broken.push([TABLES.directory, { ...person, data: { json: '{"id":"x"}' } }]);
    broken.push([TABLES.directory, { ...person, data: { json: '{' } }]);
    const conversation = one(TABLES.conversations);
    broken.push([TABLES.conversations, { ...conversation, partitionKey: 'tenant-2' }]);
    broken.push([
      TABLES.conversations,
      { ...conversation, data: { ...conversation.data, reference: '{}' } },
    ]);
    const update = one(TABLES.statusUpdates, (row) => row.rowKey.startsWith('u|'));
    broken.push([TABLES.statusUpdates, { ...update, data: { ...update.data, progress: 101 } }]);
    broken.push([TABLES.statusUpdates, { ...update, partitionKey: 'Z9' }]);
    broken.push([
      TABLES.statusUpdates,
      { ...update, data: { ...update.data, happened: 'x'.repeat(2001) } },
    ]);
    const context = one(TABLES.context);
    broken.push([
      TABLES.context,
      { ...context, data: { ...context.data, json: '{"kind":"weather"}' } },
    ]);
    for (const [table, row] of broken) {
      assert.ok(
        validateRow(table, row),
        `${table} ${row.partitionKey} / ${row.rowKey} ${JSON.stringify(row.data).slice(0, 120)} is refused`,
      );
    }

    // What rows promise each other: a pointer without its update, an update without its key row.
    const statusRows = rows.get(TABLES.statusUpdates)!;
    assert.equal(
      validateTable(
        TABLES.statusUpdates,
        statusRows.filter((r) => r !== update),
      ).length,
      2,
    );
    assert.equal(
      validateTable(
        TABLES.statusUpdates,
        statusRows.filter((r) => !r.rowKey.startsWith('k|')),
      ).length,
      1,
    );
    const directoryRows = rows.get(TABLES.directory)!;
    assert.equal(
      validateTable(
        TABLES.directory,
        directoryRows.filter((r) => r.rowKey !== '~manifest'),
      ).length,
      1,
    );
  });
});
