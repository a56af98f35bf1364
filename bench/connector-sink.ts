import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { failChild, serveChild } from './load-child';

/**
 * The Bot Connector for `npm run bench:load`, in its own process: every POST/PUT under
 * /v3/conversations/ is accepted with 200 {"id":"x"}; a member look-up
 * (GET /v3/conversations/:id/members/:member) answers with the e-mail given for that member in the
 * JSON of argv[2] ({ memberId: email }), or an address outside the directory. Nothing is kept but
 * the count of accepted activities, which `stats` reports (so the bench sees every answer arrive).
 */
const emails = JSON.parse(process.argv[2] ?? '{}') as Record<string, string>;

let received = 0;
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const parts = (req.url ?? '/').split('?')[0]!.split('/').filter(Boolean);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (parts[0] !== 'v3' || parts[1] !== 'conversations') return json(404, {});
    if (req.method === 'GET' && parts[3] === 'members' && parts[4]) {
      const id = decodeURIComponent(parts[4]);
      return json(200, { id, email: emails[id] ?? `${id.replace(/\W/g, '')}@elsewhere.example` });
    }
    if (req.method === 'POST' || req.method === 'PUT') {
      received += 1;
      return json(200, { id: 'x' });
    }
    return json(404, {});
  });
});

server.listen(0, '127.0.0.1', () => {
  serveChild(
    (server.address() as AddressInfo).port,
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    () => ({ received }),
  );
});
server.on('error', failChild);
