import assert from 'node:assert/strict';
import type { TurnContext } from 'botbuilder';
import type { ConversationRecord, ConversationRepository } from '../../src/conversations/model';
import { RecentConversations } from '../../src/conversations/recent-conversations';
import { DirectoryService } from '../../src/directory/directory-service';
import type { DirectorySnapshot } from '../../src/directory/repository';
import { silentLogger } from '../../src/logging';
import { ConversationCapture } from '../../src/teams/conversation-capture';
import type { InboundActivity } from '../../src/teams/activity';
import { renderCard } from '../../src/teams/cards/render';
import { demoDirectory } from '../support/demo';

/** A repository that only counts what reaches it (and remembers links). */
function countingRepository() {
  const calls = { save: 0, markStale: 0, linkedPerson: 0, link: 0 };
  const links = new Map<string, string>();
  const repository: ConversationRepository = {
    save: async () => {
      calls.save += 1;
      return 'written';
    },
    markStale: async () => {
      calls.markStale += 1;
    },
    linkedPerson: async (tenantId, aadObjectId) => {
      calls.linkedPerson += 1;
      return links.get(`${tenantId}|${aadObjectId}`);
    },
    link: async (tenantId, aadObjectId, personId) => {
      calls.link += 1;
      links.set(`${tenantId}|${aadObjectId}`, personId);
    },
    listForUser: async () => [],
    personalChatOf: async () => undefined,
    personalChatOfPerson: async () => undefined,
  };
  return { calls, repository, links };
}

const record = (conversationId = 'a:1', locale = 'de-DE') => ({
  tenantId: 't',
  aadObjectId: 'aad-1',
  conversationType: 'personal' as const,
  personId: 'p1',
  reference: {
    channelId: 'msteams',
    serviceUrl: 'https://smba.example/',
    conversation: { id: conversationId, conversationType: 'personal', tenantId: 't' },
    bot: { id: 'bot' },
    user: { id: 'u1', aadObjectId: 'aad-1' },
    locale,
  },
});

describe('recent conversations: no table read per message for an unchanged reference', () => {
  let now = 0;
  const options = { now: () => now, maxAgeMs: 60_000, maxEntries: 3 };

  beforeEach(() => {
    now = 1_000_000;
  });

  it('when the same reference comes again within the minute, then it is not read or written again', async () => {
    const { calls, repository } = countingRepository();
    const recent = new RecentConversations(repository, options);
    await recent.save(record());
    await recent.save(record());
    now += 59_000;
    await recent.save(record());
    assert.equal(calls.save, 1);
    now += 1_000;
    await recent.save(record());
    assert.equal(calls.save, 2, 'after a minute the row is looked at again');
  });

  it('when anything in the reference, person or type changed, then it is saved', async () => {
    const { calls, repository } = countingRepository();
    const recent = new RecentConversations(repository, options);
    await recent.save(record());
    await recent.save(record('a:1', 'en-US'));
    await recent.save({ ...record('a:1', 'en-US'), personId: 'p2' });
    await recent.save({ ...record('a:1', 'en-US'), personId: 'p2', conversationType: 'groupChat' });
    assert.equal(calls.save, 4);
  });

  it('when a chat is marked stale, then the next message saves it again (fresh)', async () => {
    const { calls, repository } = countingRepository();
    const recent = new RecentConversations(repository, options);
    await recent.save(record());
    await recent.markStale({ ...record(), stale: false, updatedAt: '' } as ConversationRecord);
    await recent.save(record());
    assert.deepEqual([calls.markStale, calls.save], [1, 2]);
  });

  it('when a save fails, then nothing is remembered and the next message tries again', async () => {
    const { calls, repository } = countingRepository();
    let fail = true;
    const recent = new RecentConversations(
      {
        ...repository,
        save: async (r) => {
          if (fail) throw new Error('storage down');
          return repository.save(r);
        },
      },
      options,
    );
    await assert.rejects(recent.save(record()));
    fail = false;
    await recent.save(record());
    await recent.save(record());
    assert.equal(calls.save, 1);
  });

  it('when more conversations than the bound come, then the oldest is forgotten', async () => {
    const { calls, repository } = countingRepository();
    const recent = new RecentConversations(repository, options);
    for (const id of ['a:1', 'a:2', 'a:3', 'a:4']) await recent.save(record(id));
    await recent.save(record('a:4'));
    await recent.save(record('a:1'));
    assert.equal(calls.save, 5, 'a:4 remembered, a:1 dropped');
  });

  it('when a user link is established or found, then it is not read again within the minute; no link is never remembered', async () => {
    const { calls, repository } = countingRepository();
    const recent = new RecentConversations(repository, options);
    assert.equal(await recent.linkedPerson('t', 'aad-1'), undefined);
    assert.equal(await recent.linkedPerson('t', 'aad-1'), undefined);
    assert.equal(calls.linkedPerson, 2);
    await recent.link('t', 'aad-1', 'p1');
    assert.equal(await recent.linkedPerson('t', 'aad-1'), 'p1');
    assert.equal(calls.linkedPerson, 2);
    now += 60_000;
    assert.equal(await recent.linkedPerson('t', 'aad-1'), 'p1');
    assert.equal(calls.linkedPerson, 3);
  });
});

describe('conversation capture: a user the directory does not know', () => {
  function activity(aadObjectId: string): InboundActivity {
    return {
      type: 'message',
      channelId: 'msteams',
      serviceUrl: 'https://smba.example/',
      from: { id: `29:${aadObjectId}`, aadObjectId },
      recipient: { id: 'bot' },
      conversation: { id: `a:${aadObjectId}`, conversationType: 'personal', tenantId: 't' },
    };
  }

  it('when the member look-up finds no directory person, then it is not repeated for the same directory version, and is after an import', async () => {
    const directory = demoDirectory();
    let snapshot: DirectorySnapshot = { version: 'v1', importedAt: '', directory };
    const directoryService = new DirectoryService({
      repository: {
        current: async () => snapshot,
      },
      refreshMs: 0,
    });
    let lookups = 0;
    const { calls, repository } = countingRepository();
    const capture = new ConversationCapture({
      conversations: repository,
      directory: directoryService,
      logger: silentLogger(),
      emailLinkTenants: 'any',
      lookupMember: async () => {
        lookups += 1;
        return { email: 'someone@elsewhere.example' };
      },
    });
    const guest = activity('cccccccc-0000-4000-8000-000000000001');
    const context = { activity: guest } as unknown as TurnContext;
    assert.equal(await capture.capture(context, guest), undefined);
    assert.equal(await capture.capture(context, guest), undefined);
    assert.deepEqual([lookups, calls.linkedPerson, calls.save], [1, 1, 2]);

    snapshot = { version: 'v2', importedAt: '', directory };
    assert.equal(await capture.capture(context, guest), undefined);
    assert.equal(lookups, 2, 'a new directory version is looked at again');
  });

  it('when the member look-up fails, then it is tried again on the next message', async () => {
    const directory = demoDirectory();
    const directoryService = new DirectoryService({
      repository: {
        current: async () => ({ version: 'v1', importedAt: '', directory }),
      },
    });
    let lookups = 0;
    const capture = new ConversationCapture({
      conversations: countingRepository().repository,
      directory: directoryService,
      logger: silentLogger(),
      emailLinkTenants: 'any',
      lookupMember: async () => {
        lookups += 1;
        throw Object.assign(new Error('not found'), { statusCode: 404 });
      },
    });
    const guest = activity('dddddddd-0000-4000-8000-000000000001');
    const context = { activity: guest } as unknown as TurnContext;
    await capture.capture(context, guest);
    await capture.capture(context, guest);
    assert.equal(lookups, 2);
  });
});

describe('card rendering: a card bound before is not bound again', () => {
  it('when the same card is rendered twice, then both are equal, and nobody can change the shared card', () => {
    const data = { title: 'Steuerungsgruppe', facts: [{ title: 'Vorsitz', value: 'A. Hoffmann' }] };
    const first = renderCard('body', data, 'Vorsitz: A. Hoffmann');
    const second = renderCard('body', data, 'Vorsitz: A. Hoffmann');
    assert.deepEqual(second, first);
    assert.throws(() => {
      (first.attachment.content as { extra?: boolean }).extra = true;
    }, TypeError);
    assert.throws(() => {
      (first.attachment.content as { body: { items?: unknown[] }[] }).body[0]!.items!.push(1);
    }, TypeError);
    const third = renderCard('body', data, 'Vorsitz: A. Hoffmann');
    assert.equal((third.attachment.content as { extra?: boolean }).extra, undefined);
    assert.deepEqual(third, first);
    const other = renderCard('body', { ...data, title: 'Jugendkonferenz' }, 'x');
    assert.match(JSON.stringify(other.attachment.content), /Jugendkonferenz/);
    assert.doesNotMatch(JSON.stringify(other.attachment.content), /Steuerungsgruppe/);
  });
});
