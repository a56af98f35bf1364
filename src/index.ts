import './warnings';
import { createApp, type App } from './app';
import { loadConfig, type Config } from './config';
import { isAppError } from './errors';
import { translator } from './i18n';
import { createLogger, resolveLogFormat, type Logger } from './logging';

/** Every way of stopping ends within this; work in flight gets the time up to it. */
const STOP_DEADLINE_MS = 10_000;

/**
 * `npm start`: read the configuration once, compose the app, listen; stop cleanly on signals.
 * Signals are taken from the very start, so a stop while Azurite is still starting also ends with
 * everything stopped (package.json's `exec` makes npm's SIGTERM/SIGINT reach this process).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const t = translator(config.operatorLanguage);
  const logger = createLogger({
    level: config.logLevel,
    format: resolveLogFormat(config.logFormat, process.stdout),
  });

  // Set once createApp has resolved; a stop before that is finished below.
  const started: { app?: App } = {};
  let stopping: Promise<void> | undefined;
  const stop = (reason: { signal?: string; exitCode: number }) => {
    if (stopping) return;
    logger.info({ signal: reason.signal }, 'stopping');
    const force = setTimeout(() => process.exit(1), STOP_DEADLINE_MS);
    force.unref();
    stopping = (async () => {
      // Still starting: createApp's own end (below) closes what it started.
      if (!started.app) return;
      await started.app.close().then(
        () => process.exit(reason.exitCode),
        () => process.exit(1),
      );
    })();
  };
  // `on`, not `once`: a Ctrl+C reaches this process twice (from the terminal and forwarded by npm),
  // and a second signal without a handler would kill it in the middle of stopping.
  process.on('SIGINT', () => stop({ signal: 'SIGINT', exitCode: 0 }));
  process.on('SIGTERM', () => stop({ signal: 'SIGTERM', exitCode: 0 }));

  const app = await createApp(config, {
    logger,
    onEmbeddedStorage: (event) => {
      if (event.type === 'restarted') {
        logger.warn(
          { exitCode: event.exitCode, signal: event.signal },
          'the embedded table storage (Azurite) stopped unexpectedly and was started again',
        );
        return;
      }
      logger.error({ code: event.error.code }, event.error.message);
      process.stderr.write(`${t('service.storageLost')}\n`);
      stop({ exitCode: 1 });
    },
  });
  started.app = app;
  if (stopping) {
    await app.close();
    process.exit(0);
  }

  let url: string;
  try {
    ({ url } = await app.listen());
  } catch (error) {
    await app.close();
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      const key = code === 'EADDRINUSE' ? 'service.portBusy' : 'service.portDenied';
      process.stderr.write(`${t(key, { port: config.port, other: otherPort(config.port) })}\n`);
      process.exit(1);
    }
    throw error;
  }
  if (stopping) return;
  app.reminders.start({ pollMs: 15_000 });
  announce(logger, config, { url, app, t });
}

/** The first lines a person reads: where it listens, how to ask it, how to stop it; then notes. */
function announce(
  logger: Logger,
  config: Config,
  context: { url: string; app: App; t: ReturnType<typeof translator> },
): void {
  const { url, app, t } = context;
  logger.info({ url, storage: config.storage.kind }, t('service.listening', { url }));
  logger.info(t('service.ask'));
  logger.info(t('service.stop'));
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
}

function otherPort(port: number): number {
  return port < 65535 ? port + 1 : 3978;
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
