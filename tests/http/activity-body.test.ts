import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import sinon from 'sinon';
import { MAX_BODY_BYTES } from '../../src/http/server';
import { de } from '../../src/i18n/de';
import { BOT_ID, startBot, TENANT, type BotHarness } from '../support/bot-harness';
import { demoDirectory } from '../support/demo';
import { chatOf, installFor, teamsUser } from '../support/members';

/*
 * What tests/fuzz/random-input.test.ts found at the edge of POST /api/messages, one example each:
 * bodies restify or the CloudAdapter answered with 500 (or a crash), and invokes left unanswered.
 */
describe('the body of POST /api/messages is checked at the edge', () => {
  let bot: BotHarness;
  const crashes: unknown[] = [];
  const onCrash = (error: unknown) => crashes.push(error);

  beforeEach(async () => {
    bot = await startBot({ overrides: { clock: () => new Date('2026-11-30T10:00:00Z') } });
    process.on('uncaughtException', onCrash);
  });
  afterEach(async () => {
    process.off('uncaughtException', onCrash);
    sinon.restore();
    await bot.close();
  });

  const activity = (extra: Record<string, unknown> = {}) => ({
    type: 'message',
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: bot.connector.url,
    locale: 'de-DE',
    text: 'hilfe',
    from: { id: '29:user-1', aadObjectId: '99999999-0000-4000-8000-000000000099' },
    recipient: { id: BOT_ID },
    conversation: { id: 'a:personal-1', conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    ...extra,
  });
  const post = async (body: string | Buffer, headers: Record<string, string> = {}) => {
    const response = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    return { status: response.status, text: await response.text() };
  };
  const stillServing = async () => {
    assert.deepEqual(crashes, [], 'nothing thrown outside a handler');
    assert.equal((await bot.message('hilfe')).status, 200);
  };

  it('when a gzip body is broken, then 400 and the process lives on (it threw outside any handler)', async () => {
    const answer = await post(JSON.stringify(activity()), { 'content-encoding': 'gzip' });
    assert.equal(answer.status, 400);
    await stillServing();
  });

  it('when a gzip body unzips beyond the limit, then 413; a proper gzip body is still read', async () => {
    const bomb = gzipSync(JSON.stringify(activity({ text: 'x'.repeat(4 * MAX_BODY_BYTES) })));
    assert.ok(bomb.length < MAX_BODY_BYTES / 10, 'small as sent');
    assert.equal((await post(bomb, { 'content-encoding': 'gzip' })).status, 413);
    const zipped = gzipSync(JSON.stringify(activity()));
    assert.equal((await post(zipped, { 'content-encoding': 'gzip' })).status, 200);
    await bot.connector.waitFor((caught) => caught.conversationId === 'a:personal-1');
  });

  it('when the content encoding or type is not JSON as Teams sends it, then 400 (not 415, not parsed as a form)', async () => {
    const body = JSON.stringify(activity());
    assert.equal((await post(body, { 'content-encoding': 'br' })).status, 400);
    assert.equal((await post(body, { 'content-type': 'text/plain' })).status, 400);
    const form = 'type=message&channelId=msteams&text=hilfe&serviceUrl=http%3A%2F%2Fx';
    const asForm = await post(form, { 'content-type': 'application/x-www-form-urlencoded' });
    assert.equal(asForm.status, 400);
    await stillServing();
  });

  it('when JSON is not an activity (no type, not a string, not an object), then 400 without details', async () => {
    for (const body of [
      '{}',
      JSON.stringify({ ...activity(), type: undefined }),
      JSON.stringify({ ...activity(), type: ['message'] }),
      '[{"type":"message"}]',
      '-1e309',
      'null',
    ]) {
      const answer = await post(body);
      assert.equal(answer.status, 400, body.slice(0, 60));
      assert.equal(answer.text, '', 'no error text');
    }
    await stillServing();
  });

  it('when serviceUrl is missing or not an http(s) URL, then 400 (the adapter said 500 "endpoint.toLowerCase is not a function", or wrote to api.botframework.com)', async () => {
    for (const serviceUrl of [undefined, 42, { url: bot.connector.url }, '', 'not a url']) {
      const answer = await post(JSON.stringify(activity({ serviceUrl })));
      assert.equal(answer.status, 400, JSON.stringify(serviceUrl));
      assert.doesNotMatch(answer.text, /toLowerCase|TypeError/);
    }
    await stillServing();
  });

  it('when membersAdded or locale have the wrong shape, then 400 (kokobot threw on them)', async () => {
    for (const extra of [
      { type: 'conversationUpdate', membersAdded: [null] },
      { type: 'conversationUpdate', membersAdded: 'x' },
      { type: 'invoke', name: 'adaptiveCard/action', locale: 42, value: {} },
    ]) {
      assert.equal(
        (await post(JSON.stringify(activity(extra)))).status,
        400,
        JSON.stringify(extra),
      );
    }
    await stillServing();
  });

  it('when an invoke kokobot does not offer fails inside the SDK, then 400, not 501', async () => {
    const answer = await post(
      JSON.stringify(activity({ type: 'invoke', name: 'fileConsent/invoke', value: undefined })),
    );
    assert.equal(answer.status, 400);
  });

  it('when a card press fails unexpectedly, then the presser reads a plain sentence (200), not a 501', async () => {
    const directory = demoDirectory();
    const goal = directory.goals.find((candidate) => candidate.body === 'sg')!;
    await installFor(bot, directory, [goal.owner]);
    sinon.stub(bot.app.statuses, 'latest').rejects(new TypeError('boom'));
    const response = await bot.invoke(teamsUser(goal.owner), chatOf(goal.owner), 'status-refresh', {
      kokobot: 'status',
      roundId: 'sg-2026-12',
      cardId: `sg-2026-12|${goal.owner}`,
      ownerId: goal.owner,
      goals: [{ goalId: goal.id, version: '' }],
    });
    assert.equal(response.status, 200);
    const body = (await response.json()) as { type: string; value: string };
    assert.equal(body.type, 'application/vnd.microsoft.activity.message');
    assert.equal(body.value, de['error.generic']);
  });
});
