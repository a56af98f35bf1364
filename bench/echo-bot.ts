import '../src/warnings';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { AddressInfo } from 'node:net';
import * as restify from 'restify';
import { failChild, serveChild } from './load-child';

/**
 * The baseline of `npm run bench:load`: a bare botbuilder echo bot on kokobot's HTTP stack —
 * restify, `adapter.process` on a CloudAdapter without credentials (local mode, as kokobot runs in
 * the benchmark) — that answers every message with its text. The body goes through restify's body
 * parser with kokobot's size limit, as in botbuilder's samples (kokobot reads and checks its body
 * itself: src/http/activity-body.ts). Nothing of kokobot is loaded. Forked by bench/load.ts;
 * reports its port over IPC.
 */
const MAX_BODY_BYTES = 256 * 1024;
async function main(): Promise<void> {
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: '',
      MicrosoftAppPassword: '',
      MicrosoftAppType: '',
      MicrosoftAppTenantId: '',
    }),
  );
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(context.activity.text ?? '');
    await next();
  });

  const server = restify.createServer({ name: 'echo', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  serveChild(
    port,
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.server.closeAllConnections?.();
      }),
  );
}

main().catch(failChild);
