import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { PACKAGE_ROOT } from '../../src/paths';
import { membersOf } from '../../src/directory/members';
import { createTeamsEdge } from '../../src/teams';
import { silentLogger } from '../../src/logging';
import { startBot, TENANT, type BotHarness } from '../support/bot-harness';
import { LocalCredentialsFactory, OUTGOING_TOKEN } from '../support/channel-identity';
import { ConnectorEmulator, textOf } from '../support/connector-emulator';
import { demoDirectory } from '../support/demo';
import { chatOf, installFor, teamsUser } from '../support/members';
import { eventually, exited, freePort, startService, waitForHealthy } from '../support/processes';

const directory = demoDirectory();
const MEMBER = membersOf(directory, 'sg')[0]!;
const SEVEN_DAYS_DUE = new Date('2026-12-02T08:00:00Z');

describe('botbuilder runs as published; proactive sends through kokobot’s own client', function () {
  this.timeout(60_000);

  describe('replies and proactive sends on one service URL (real Azurite, connector emulator)', () => {
    let now: Date;
    let bot: BotHarness;

    beforeEach(async () => {
      now = new Date('2026-11-24T09:00:00Z');
      bot = await startBot({
        overrides: {
          clock: () => now,
          reminders: {
            instanceId: 'a',
            leaseMs: 60_000,
            retry: { maxAttempts: 4, baseMs: 1_000, maxMs: 10_000 },
            timeoutMs: 5_000,
            concurrency: 1,
          },
        },
      });
      await installFor(bot, directory, [MEMBER]);
      await bot.app.reminders.round(); // plans the outbox; nothing is due yet
    });
    afterEach(async () => {
      await bot.close();
    });

    async function drain(): Promise<void> {
      for (let round = 0; round < 20; round += 1)
        if ((await bot.app.reminders.round()) === 0) return;
    }

    const remindersTo = (personId: string) =>
      bot.connector
        .sentTo(chatOf(personId))
        .filter((activity) => /^Erinnerung: Die Steuerungsgruppe/.test(textOf(activity)));

    it('when a proactive send has gone out on the same service URL, then a reply to the user still gets the SDK’s retries: Teams answers 503 once, the reply arrives', async () => {
      now = new Date(SEVEN_DAYS_DUE.getTime() + 30_000);
      await drain();
      assert.equal(remindersTo(MEMBER).length, 1, 'the reminder went out proactively');

      bot.connector.failNext({ status: 503, conversationId: chatOf(MEMBER), method: 'POST' });
      const reply = await bot.say(teamsUser(MEMBER), chatOf(MEMBER), 'hilfe');

      assert.equal(bot.connector.faultsLeft, 0, 'the reply met the 503');
      assert.match(textOf(reply), /KAoA Bochum/);
      assert.ok(reply.activityId, 'the retried reply was accepted');
    });

    it('when Teams answers the first proactive send with 429, then the outbox records that 429 (no retry inside the SDK) and sends it after the pause', async () => {
      now = new Date(SEVEN_DAYS_DUE.getTime() + 30_000);
      bot.connector.failNext({
        status: 429,
        retryAfterSeconds: 30,
        conversationId: chatOf(MEMBER),
      });
      await drain();

      assert.equal(bot.connector.faultsLeft, 0);
      assert.equal(remindersTo(MEMBER).length, 0, 'nothing was sent past the 429');
      const [row] = (await bot.app.outbox.forMeeting('sg-2026-12')).filter(
        (candidate) => candidate.offset === 'P7D' && candidate.personId === MEMBER,
      );
      assert.ok(row, 'the reminder row exists');
      const attempts = row.history.filter((attempt) => attempt.outcome !== 'waiting');
      assert.equal(attempts[0]?.status, 429, JSON.stringify(row.history));

      now = new Date(now.getTime() + 31_000);
      await drain();
      assert.equal(remindersTo(MEMBER).length, 1, 'sent once after the pause');
    });
  });

  it('when the bot has credentials, then a proactive send carries a token from the adapter’s credentials factory, for the channel’s audience', async () => {
    const connector = await new ConnectorEmulator().start();
    try {
      const appId = '6d3c3a4e-0000-4000-8000-00000000b07a';
      const credentials = {
        MicrosoftAppId: appId,
        MicrosoftAppPassword: 'unused-client-secret',
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: TENANT,
      };
      const factory = new LocalCredentialsFactory(credentials);
      const teams = createTeamsEdge({
        credentials: {
          mode: 'authenticated',
          appId,
          appType: 'SingleTenant',
          password: 'unused-client-secret',
          tenantId: TENANT,
        },
        authSettings: { ToChannelFromBotLoginUrl: 'http://127.0.0.1:1/botframework.com' },
        credentialsFactory: factory,
        logger: silentLogger(),
      });
      const reference = {
        channelId: 'msteams',
        serviceUrl: connector.url,
        conversation: { id: 'a:chat/with?odd#id', tenantId: TENANT },
        bot: { id: '28:kokobot-test' },
        user: { id: '29:someone' },
      };
      const id = await teams.messenger.send(reference, { kind: 'text', text: 'Hallo' });
      await teams.messenger.update(reference, id!, { kind: 'text', text: 'Hallo!' });

      const [sent, updated] = connector.sentTo('a:chat/with?odd#id');
      assert.equal(sent?.authorization, `Bearer ${OUTGOING_TOKEN}`);
      assert.equal(sent?.body.text, 'Hallo');
      assert.deepEqual(sent?.body.from, { id: '28:kokobot-test' });
      assert.deepEqual(sent?.body.recipient, { id: '29:someone' });
      assert.equal(updated?.method, 'PUT');
      assert.equal(updated?.activityId, id);
      assert.equal(updated?.authorization, `Bearer ${OUTGOING_TOKEN}`);
      assert.deepEqual(factory.created, [
        {
          appId,
          audience: 'https://api.botframework.com',
          loginEndpoint: 'http://127.0.0.1:1/botframework.com',
        },
      ]);
    } finally {
      await connector.stop();
    }
  });

  it('when the service runs as `npm start` runs it, then botbuilder’s functions are the published code and a stack trace points at the .ts line', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-published-'));
    const probeFile = path.join(dataDir, 'probe.json');
    const port = await freePort();
    const service = startService({
      KOKOBOT_DATA_DIR: dataDir,
      PORT: String(port),
      NODE_OPTIONS: `--require ${path.join(PACKAGE_ROOT, 'tests/support/runtime-probe.cjs')}`,
      KOKOBOT_PROBE_FILE: probeFile,
      KOKOBOT_PROBE_ROOT: PACKAGE_ROOT,
    });
    try {
      await waitForHealthy(`http://127.0.0.1:${port}/healthz`);
      service.kill('SIGUSR2');
      assert.ok(await eventually(() => fs.existsSync(probeFile), 10_000), service.output());
      const report = JSON.parse(fs.readFileSync(probeFile, 'utf8')) as {
        loaded: { name: string; asPublished: boolean }[];
        botbuilderFiles: number;
        sourceMapsEnabled: boolean;
        stack: string;
      };
      assert.ok(report.botbuilderFiles > 0, 'botbuilder is loaded');
      for (const { name, asPublished } of report.loaded)
        assert.ok(asPublished, `${name} runs as published`);
      assert.equal(report.sourceMapsEnabled, true);

      const frame = /src[\\/]config\.ts:(\d+):\d+/.exec(
        report.stack.split('\n').find((line) => /parseConfig/.test(line)) ?? '',
      );
      assert.ok(frame, report.stack);
      const source = fs.readFileSync(path.join(PACKAGE_ROOT, 'src/config.ts'), 'utf8').split('\n');
      assert.match(source[Number(frame[1]) - 1] ?? '', /throw configError\('MicrosoftAppId'/);
    } finally {
      service.kill('SIGTERM');
      if ((await exited(service)) === null) service.kill('SIGKILL');
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  describe('botbuilder only under src/teams/ (the ESLint rule is on)', () => {
    const eslint = new ESLint({ cwd: PACKAGE_ROOT });
    const cases: [string, string, boolean][] = [
      ['src/questions/x.ts', "import { CloudAdapter } from 'botbuilder';", true],
      ['src/http/x.ts', "import type { Activity } from 'botbuilder-core';", true],
      ['src/cli/x.ts', "import { AuthenticationError } from 'botframework-connector';", true],
      ['src/status/x.ts', "import { Template } from 'adaptivecards-templating';", true],
      ['src/app/index.ts', "import { x } from 'botbuilder/lib/activityValidator';", true],
      ['src/teams/x.ts', "import { CloudAdapter } from 'botbuilder';", false],
    ];
    for (const [file, code, refused] of cases)
      it(`when ${file} has \`${code}\`, then ESLint ${refused ? 'refuses' : 'accepts'} it`, async () => {
        const [result] = await eslint.lintText(`${code}\nexport const y = 1;\n`, {
          filePath: path.join(PACKAGE_ROOT, file),
        });
        const messages = result!.messages.filter(
          (message) => message.ruleId === 'no-restricted-imports',
        );
        assert.equal(messages.length, refused ? 1 : 0, JSON.stringify(result!.messages));
        if (refused) assert.match(messages[0]!.message, /src\/teams\//);
      });
  });
});
