import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import sinon from 'sinon';
import { TableConversationRepository } from '../../src/storage/table-conversation-repository';
import { BOT_ID, startBot, TENANT, type BotHarness } from '../support/bot-harness';
import { textOf } from '../support/connector-emulator';

// People of the demo directory: jmueller has an aadObjectId there; tkrueger is found by e-mail.
const JMUELLER_AAD = '00000000-0000-4000-8000-000000000002';

describe('bot over HTTP through the CloudAdapter (real Azurite, connector emulator)', () => {
  let bot: BotHarness;

  beforeEach(async () => {
    bot = await startBot();
  });
  afterEach(async () => {
    sinon.restore();
    await bot.close();
  });

  it('when a user writes "hilfe", then the help card arrives with a German text fallback', async () => {
    const response = await bot.message('hilfe');
    assert.equal(response.status, 200);
    const reply = await bot.connector.waitFor(
      (activity) => activity.conversationId === 'a:personal-1',
    );
    const card = reply.body.attachments?.[0];
    assert.equal(card?.contentType, 'application/vnd.microsoft.card.adaptive');
    assert.equal((card?.content as { version: string }).version, '1.5');
    assert.match(textOf(reply), /beantwortet Fragen zu Wer, Was, Wann, Wo, Mit wem und Warum/);
    assert.equal(reply.body.summary, textOf(reply), 'notifications show the same fallback');
  });

  it('when the Teams client is English, then help is in English', async () => {
    await bot.message('help', { locale: 'en-GB' });
    const reply = await bot.connector.waitFor(() => true);
    assert.match(textOf(reply), /answers who, what, when, where, with whom and why/);
  });

  it('when the bot is mentioned in a channel, then the mention is stripped before understanding', async () => {
    await bot.message('<at>kokobot</at> hilfe', {
      conversation: {
        id: '19:channel@thread.tacv2',
        conversationType: 'channel',
        tenantId: TENANT,
      },
    });
    const reply = await bot.connector.waitFor(
      (a) => a.conversationId === '19:channel@thread.tacv2',
    );
    assert.match(textOf(reply), /beantwortet Fragen/);
  });

  it('when the bot is installed, then a welcome card arrives once and the conversation reference is stored', async () => {
    const conversation = { id: 'a:new-personal', conversationType: 'personal', tenantId: TENANT };
    const from = { id: '29:jm', aadObjectId: JMUELLER_AAD };
    await bot.send({
      type: 'installationUpdate',
      action: 'add',
      id: randomUUID(),
      channelId: 'msteams',
      serviceUrl: bot.connector.url,
      from,
      recipient: { id: BOT_ID },
      conversation,
      channelData: { tenant: { id: TENANT } },
    });
    await bot.send({
      type: 'conversationUpdate',
      id: randomUUID(),
      channelId: 'msteams',
      serviceUrl: bot.connector.url,
      from,
      recipient: { id: BOT_ID },
      membersAdded: [{ id: BOT_ID }],
      conversation,
      channelData: { tenant: { id: TENANT } },
    });
    const welcome = await bot.connector.waitFor((a) => a.conversationId === 'a:new-personal');
    assert.match(textOf(welcome), /Ich bin kokobot/);
    assert.equal(bot.connector.sentTo('a:new-personal').length, 1, 'one welcome, not two');

    const stored = await new TableConversationRepository({ store: bot.store }).listForUser(
      TENANT,
      JMUELLER_AAD,
    );
    assert.equal(stored.length, 1);
    assert.equal(
      stored[0]!.personId,
      'jmueller',
      'linked to the directory person by AAD object id',
    );
    assert.equal(stored[0]!.conversationType, 'personal');
    assert.equal(stored[0]!.reference.serviceUrl, bot.connector.url);
  });

  it('when a user unknown by AAD id writes, then they are linked by their Teams e-mail and the link is kept', async () => {
    const aad = 'aaaaaaaa-0000-4000-8000-00000000abcd';
    bot.connector.addMember('*', {
      id: '29:tk',
      aadObjectId: aad,
      email: 'Thomas.Krueger@example.org',
      userPrincipalName: 'tk@example.org',
      name: 'T K',
    });
    await bot.message('hilfe', { from: { id: '29:tk', aadObjectId: aad } });
    await bot.message('hilfe', {
      from: { id: '29:tk', aadObjectId: aad },
      conversation: { id: '19:group', conversationType: 'groupChat', tenantId: TENANT },
    });
    const repository = new TableConversationRepository({ store: bot.store });
    const stored = await repository.listForUser(TENANT, aad);
    assert.deepEqual(stored.map((record) => record.conversationType).sort(), [
      'groupChat',
      'personal',
    ]);
    assert.ok(
      stored.every((record) => record.personId === 'tkrueger'),
      JSON.stringify(stored.map((r) => r.personId)),
    );
    assert.equal(await repository.linkedPerson(TENANT, aad), 'tkrueger');
  });

  it('when the member look-up fails, then the user still gets an answer and stays unlinked', async () => {
    await bot.message('hilfe', {
      from: { id: '29:nobody', aadObjectId: 'bbbbbbbb-0000-4000-8000-00000000abcd' },
    });
    const reply = await bot.connector.waitFor(() => true);
    assert.match(textOf(reply), /beantwortet Fragen/);
    const stored = await new TableConversationRepository({ store: bot.store }).listForUser(
      TENANT,
      'bbbbbbbb-0000-4000-8000-00000000abcd',
    );
    assert.equal(stored[0]?.personId, undefined);
  });

  it('when nothing in the directory fits, then a calm answer offers examples and forwarding, never an error', async () => {
    await bot.message('Wie wird das Wetter?');
    const reply = await bot.connector.waitFor(() => true);
    assert.match(
      textOf(reply),
      /^Dazu habe ich im Verzeichnis nichts gefunden\. Fragen Sie zum Beispiel: „/,
    );
    const card = reply.body.attachments?.[0]?.content as { actions: { title: string }[] };
    assert.ok(
      card.actions.some(
        (action) => action.title === 'Frage an die Koordinierungsstelle weiterleiten',
      ),
    );
  });

  it('when a feature throws unexpectedly, then the user gets a plain sentence and no stack trace', async () => {
    sinon.stub(bot.app.directory, 'current').rejects(new Error('boom at /secret/path.ts:12'));
    await bot.message('hilfe');
    const reply = await bot.connector.waitFor(() => true);
    assert.match(textOf(reply), /etwas schiefgegangen/);
    assert.doesNotMatch(JSON.stringify(reply.body), /boom|secret|\.ts:/);
  });

  it('when the body is not JSON, then the answer is 400 and the bot lives on', async () => {
    const response = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type":',
    });
    assert.equal(response.status, 400);
    assert.doesNotMatch(await response.text(), /at .*\.ts:\d+/);
    assert.equal((await bot.message('hilfe')).status, 200);
  });

  it('when the body is too large, then the answer is 413', async () => {
    const response = await bot.message('x'.repeat(300 * 1024));
    assert.equal(response.status, 413);
  });

  it('when an activity lacks its sender, then nothing is answered and nothing stored', async () => {
    const response = await bot.send({
      type: 'message',
      id: 'x',
      channelId: 'msteams',
      serviceUrl: bot.connector.url,
      text: 'hilfe',
      recipient: { id: BOT_ID },
      conversation: { id: 'a:broken' },
    });
    assert.ok([200, 400].includes(response.status), `status ${response.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(bot.connector.sentTo('a:broken').length, 0);
  });
});
