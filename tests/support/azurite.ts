import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { AzureTableStore } from '../../src/storage/azure-table-store';
import {
  azuriteConnectionString,
  startAzurite,
  stopChild,
} from '../../src/storage/embedded/embedded-tables';

/**
 * A real Azurite table service for the test run: in memory, on a free port of 127.0.0.1, telemetry
 * off. Started once, lazily, by the first test that needs it; stopped by the global teardown.
 */
export interface TestAzurite {
  port: number;
  connectionString: string;
  child: ChildProcess;
}

let shared: Promise<TestAzurite> | undefined;

export function sharedAzurite(): Promise<TestAzurite> {
  shared ??= startTestAzurite();
  return shared;
}

export async function startTestAzurite(
  options: { location?: string; port?: number } = {},
): Promise<TestAzurite> {
  const { port, child } = await startAzurite(options);
  return { port, child, connectionString: azuriteConnectionString(port) };
}

export async function stopTestAzurite(azurite: TestAzurite): Promise<void> {
  await stopChild(azurite.child);
}

export async function stopSharedAzurite(): Promise<void> {
  if (!shared) return;
  const azurite = await shared.catch(() => undefined);
  shared = undefined;
  if (azurite) await stopTestAzurite(azurite);
}

/** A store over the shared Azurite whose tables nobody else uses (unique prefix). */
export async function freshStore(azurite?: TestAzurite): Promise<AzureTableStore> {
  const target = azurite ?? (await sharedAzurite());
  return new AzureTableStore(
    { kind: 'connection-string', connectionString: target.connectionString },
    { tablePrefix: `t${randomBytes(5).toString('hex')}` },
  );
}
