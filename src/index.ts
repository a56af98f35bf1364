import './service-runtime';
import './warnings';
import { createApp } from './app';
import { loadConfig } from './config';
import { isAppError } from './errors';
import { createLogger } from './logging';

/** `npm start`: read the configuration once, compose the app, listen; stop cleanly on signals. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  const app = await createApp(config, { logger });
  if (app.bootstrap) {
    logger.info(
      { version: app.bootstrap.version, counts: app.bootstrap.counts },
      'directory was empty: loaded the directory file',
    );
  }
  if (config.credentials.mode === 'local') {
    logger.warn(
      'local mode: no Bot Framework credentials, so tokens are not validated; listening on 127.0.0.1 only',
    );
  }
  if (config.allowedTenants.length === 0) {
    logger.warn(
      'KOKOBOT_ALLOWED_TENANTS is not set: activities from every Microsoft Entra tenant are answered',
    );
  }
  const { url } = await app.listen();
  app.reminders.start({ pollMs: 15_000 });
  logger.info({ url, storage: config.storage.kind }, `kokobot listening on ${url}/api/messages`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (isAppError(error)) {
    process.stderr.write(`kokobot could not start. ${error.message}\n`);
    for (const detail of error.details) process.stderr.write(`  ${detail}\n`);
  } else {
    process.stderr.write(
      `kokobot could not start: ${(error as Error)?.message ?? String(error)}\n`,
    );
  }
  process.exit(1);
});
