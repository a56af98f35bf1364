import type { CloudAdapter } from 'botbuilder';
import * as restify from 'restify';
import type { ActivityHandler } from 'botbuilder';
import type { Logger } from '../logging';

export interface HttpServerOptions {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  /** Resolves when table storage answers; rejects otherwise. */
  checkStorage: () => Promise<void>;
  logger: Logger;
}

export const MAX_BODY_BYTES = 256 * 1024;
const HEALTH_TIMEOUT_MS = 3000;

/** restify: POST /api/messages through the CloudAdapter, GET /healthz. */
export function createHttpServer(options: HttpServerOptions): restify.Server {
  const server = restify.createServer({ name: 'kokobot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));

  server.post('/api/messages', async (req, res) => {
    try {
      await options.adapter.process(req, res, (context) => options.bot.run(context));
    } catch (error) {
      // The adapter answers 401/400 itself; anything reaching here is a bug, never a stack trace out.
      options.logger.error({ err: { name: (error as Error)?.name } }, 'request failed');
      if (!res.headersSent) {
        res.status(500);
        res.end();
      }
    }
  });

  server.get('/healthz', async (_req, res) => {
    try {
      await Promise.race([
        options.checkStorage(),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('timeout')), HEALTH_TIMEOUT_MS).unref(),
        ),
      ]);
      res.json(200, { status: 'ok', storage: 'ok' });
    } catch {
      res.json(503, { status: 'unavailable', storage: 'unreachable' });
    }
  });

  server.on('restifyError', (req, res, error, callback) => {
    // Body parser errors (broken JSON, oversized body) keep their 4xx status, without details.
    options.logger.warn(
      { status: (error as { statusCode?: number }).statusCode },
      'request rejected',
    );
    return callback();
  });
  return server;
}
