import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConnectorEmulator } from './connector-emulator';

/*
 * The connector emulator in a process of its own (tests/support/processes.ts startConnectorProcess):
 * the time it stamps on each arrival is what a rate-limit test measures, and a long mocha run's own
 * pauses (a major GC of its large heap) would bunch arrivals up and show bursts that never were.
 * Prints {"url","control"} on its first line; GET <control>/caught answers what it caught.
 */
async function main(): Promise<void> {
  const emulator = await new ConnectorEmulator().start();
  const control = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(req.url === '/caught' ? emulator.activities : []));
  });
  await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
  const { port } = control.address() as AddressInfo;
  process.stdout.write(
    `${JSON.stringify({ url: emulator.url, control: `http://127.0.0.1:${port}` })}\n`,
  );
  process.on('SIGTERM', () => process.exit(0));
}

void main();
