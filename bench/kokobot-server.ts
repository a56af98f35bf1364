import '../src/warnings';
import { createApp } from '../src/app';
import { parseConfig } from '../src/config';
import { silentLogger } from '../src/logging';
import { DEMO_DIRECTORY_FILE } from '../src/paths';
import { AzureTableStore } from '../src/storage/azure-table-store';
import { failChild, serveChild } from './load-child';

/**
 * kokobot as `npm run bench:load` drives it, in its own process: the real app (createApp) with the
 * demo directory, its tables in the Azurite whose connection string is argv[2], local mode (no
 * credentials), a silent logger, on 127.0.0.1:0. Reports its port over IPC.
 */
async function main(): Promise<void> {
  // BENCH_SOURCE_MAPS=off measures what the service's source maps cost (they are on in the service).
  if (process.env.BENCH_SOURCE_MAPS === 'off') process.setSourceMapsEnabled(false);
  const connectionString = process.argv[2];
  if (!connectionString) throw new Error('usage: kokobot-server.ts <azurite connection string>');
  const store = new AzureTableStore(
    { kind: 'connection-string', connectionString },
    { tablePrefix: `load${Date.now().toString(36)}` },
  );
  const app = await createApp(parseConfig({ KOKOBOT_DIRECTORY: DEMO_DIRECTORY_FILE }), {
    logger: silentLogger(),
    store,
  });
  const { port } = await app.listen({ port: 0, host: '127.0.0.1' });
  serveChild(port, () => app.close());
}

main().catch(failChild);
