import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { de } from '../../src/i18n/de';
import { AzureTableStore } from '../../src/storage/azure-table-store';
import { startTestAzurite, stopTestAzurite, type TestAzurite } from '../support/azurite';
import { startBot, type BotHarness } from '../support/bot-harness';
import { textOf } from '../support/connector-emulator';
import { demoDirectory } from '../support/demo';
import { chatOf, installFor, teamsUser } from '../support/members';

/*
 * Table storage goes away while the bot is serving, and comes back on the same address: users get a
 * plain sentence, /healthz says 503, nothing crashes, no status is half-written or falsely saved, and
 * once storage is back the bot answers again without a restart.
 */
const directory = demoDirectory();
const OWNER = 'sschulte'; // owns Z3.2, steered by the steering group (round sg-2026-12)

describe('storage outage while serving (real Azurite stopped and restarted, HTTP, CloudAdapter)', function () {
  this.timeout(120_000);
  let azurite: TestAzurite | undefined;
  let bot: BotHarness;
  let location: string;
  let port: number;

  before(async () => {
    location = fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-outage-'));
    azurite = await startTestAzurite({ location });
    port = azurite.port;
    const store = new AzureTableStore({
      kind: 'connection-string',
      connectionString: azurite.connectionString,
    });
    bot = await startBot({
      store,
      overrides: { clock: () => new Date('2026-11-30T10:00:00Z') },
    });
    await installFor(bot, directory, [OWNER]);
  });
  after(async () => {
    await bot?.close();
    if (azurite) await stopTestAzurite(azurite);
    fs.rmSync(location, { recursive: true, force: true });
  });

  const health = async () => (await fetch(`${bot.url}/healthz`)).status;
  const ask = async (text: string) => textOf(await bot.say(teamsUser(OWNER), chatOf(OWNER), text));

  it('when storage stops and comes back, then users get a plain sentence meanwhile and answers again after, without a restart', async () => {
    assert.equal(await health(), 200);
    assert.match(await ask('Wer leitet die Steuerungsgruppe?'), /Björn Groß/);

    await stopTestAzurite(azurite!);
    azurite = undefined;
    assert.equal(await health(), 503, '/healthz reports the outage');
    const started = Date.now();
    assert.equal(await ask('Wann tagt die Steuerungsgruppe?'), de['error.storageUnavailable']);
    assert.ok(Date.now() - started < 10_000, 'the answer comes within seconds');

    // A status submitted during the outage is not acknowledged as saved.
    const pressed = await bot.invoke(teamsUser(OWNER), chatOf(OWNER), 'status-submit', {
      kokobot: 'status',
      roundId: 'sg-2026-12',
      cardId: 'sg-2026-12|sschulte',
      ownerId: OWNER,
      goals: [{ goalId: 'Z3.2', version: '' }],
      status__0: 'on-track',
      progress__0: '70',
      happened__0: 'Kampagne läuft',
      supportNeeded__0: 'false',
    });
    assert.equal(pressed.status, 200);
    const answer = JSON.stringify(await pressed.json());
    assert.ok(answer.includes(de['status.storageDown']), 'told plainly that nothing was saved');
    assert.ok(!answer.includes('Gespeichert.'));
    assert.ok(answer.includes('Kampagne läuft'), 'the card keeps the input');

    azurite = await startTestAzurite({ location, port });
    const deadline = Date.now() + 30_000;
    while ((await health()) !== 200) {
      assert.ok(Date.now() < deadline, '/healthz turns 200 again');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    assert.match(await ask('Wann tagt die Steuerungsgruppe?'), /9\. Dezember 2026/);
    assert.equal(
      (await bot.app.statuses.history('Z3.2')).length,
      0,
      'nothing of the refused submit was written',
    );
  });
});
