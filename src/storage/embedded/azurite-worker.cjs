#!/usr/bin/env node
'use strict';
/*
 * Runs Azurite's table service in a child process of kokobot (or of the test run).
 * Why a wrapper instead of the `azurite-table` binary: it listens on port 0 and reports the port it
 * got (no free-port race), and it exits as soon as its parent goes away (IPC disconnect), so even a
 * killed parent leaves no orphan. Azurite's telemetry is never initialised here: the binary's
 * `--disableTelemetry` is the default of this wrapper, and nothing else is sent anywhere.
 * Usage (forked with IPC): azurite-worker.cjs --location DIR | --inMemoryPersistence  [--port N] [--disableTelemetry]
 */
const path = require('node:path');
const fs = require('node:fs');

const args = process.argv.slice(2);
const inMemory = args.includes('--inMemoryPersistence');
const locationIndex = args.indexOf('--location');
const location = locationIndex >= 0 ? args[locationIndex + 1] : undefined;
const portIndex = args.indexOf('--port');
const port = portIndex >= 0 ? Number(args[portIndex + 1]) : 0;

const azuriteTable = path.dirname(require.resolve('azurite/dist/src/table/TableServer.js'));
const TableServer = require(path.join(azuriteTable, 'TableServer.js')).default;
const TableConfiguration = require(path.join(azuriteTable, 'TableConfiguration.js')).default;
const Logger = require(path.join(azuriteTable, '..', 'common', 'Logger.js'));

async function main() {
  let dbPath = path.join(process.cwd(), '__azurite_db_table__.json');
  if (!inMemory) {
    if (!location) throw new Error('--location or --inMemoryPersistence is required');
    fs.mkdirSync(location, { recursive: true });
    dbPath = path.join(location, '__azurite_db_table__.json');
  }
  Logger.configLogger(false);
  const config = new TableConfiguration(
    '127.0.0.1',
    port,
    undefined,
    dbPath,
    false, // debug log
    false, // access log
    undefined,
    undefined,
    true, // loose
    true, // skipApiVersionCheck: the SDK may be newer than this Azurite
    '',
    '',
    '',
    undefined,
    false,
    inMemory,
  );
  const server = new TableServer(config);
  await server.start();
  const address = server.getHttpServerAddress();
  const listening = Number(new URL(address).port);

  // Azurite keeps its tables in memory and writes them to disk every 5 s (lokijs autosave, fixed
  // in Azurite); closing the server writes what is pending. So every way this process ends, but a
  // SIGKILL of this process itself, goes through close(). The force timer only guards a close that
  // hangs; a save of a large database may take a few seconds.
  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    const force = setTimeout(() => process.exit(0), 8000);
    force.unref();
    server
      .close()
      .catch(() => undefined)
      .finally(() => process.exit(0));
  };
  // Started by kokobot, the parent says when to stop (IPC 'shutdown' or disconnect when it exits),
  // after its own work in flight has reached the storage. kokobot forks this worker in a process
  // group of its own, so a Ctrl+C or a signal to the service's process group does not reach it; a
  // signal sent to this process directly stops it (the parent then starts it again).
  process.on('disconnect', shutdown);
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  process.on('SIGHUP', shutdown);
  process.on('message', (message) => {
    if (message === 'shutdown') shutdown();
  });
  if (process.send) process.send({ type: 'listening', port: listening });
  else console.log(JSON.stringify({ type: 'listening', port: listening }));
}

main().catch((error) => {
  console.error(`azurite-worker: ${error && error.message ? error.message : String(error)}`);
  if (process.send) process.send({ type: 'error', message: String(error && error.message) });
  process.exit(1);
});
