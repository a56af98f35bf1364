import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The Agents Playground sends every activity with `locale: "en-US"` (hard-coded), so the bot —
 * rightly — writes proactive cards in English. A German Teams client sends `de-DE`: this small
 * proxy between the Playground and the bot sets the activity's locale (and the clientInfo entity's)
 * to the one given, and passes everything else through unchanged, both ways.
 */
export interface LocaleProxy {
  url: string;
  stop(): Promise<void>;
}

export async function startLocaleProxy(options: {
  target: string;
  locale: string;
}): Promise<LocaleProxy> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void forward(req, Buffer.concat(chunks)).then(
        ({ status, headers, body }) => {
          res.writeHead(status, headers);
          res.end(body);
        },
        (error: unknown) => {
          res.writeHead(502, { 'content-type': 'text/plain' });
          res.end(`locale proxy: ${(error as Error).message}`);
        },
      );
    });
  });

  async function forward(req: http.IncomingMessage, raw: Buffer) {
    let body: Buffer | string = raw;
    if (req.method === 'POST' && /json/.test(req.headers['content-type'] ?? '')) {
      const activity = JSON.parse(raw.toString('utf8')) as {
        locale?: string;
        entities?: { type?: string; locale?: string }[];
      };
      if (activity.locale) activity.locale = options.locale;
      for (const entity of activity.entities ?? [])
        if (entity.type === 'clientInfo' && entity.locale) entity.locale = options.locale;
      body = JSON.stringify(activity);
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === 'string' && !['host', 'content-length', 'connection'].includes(name))
        headers[name] = value;
    const response = await fetch(new URL(req.url ?? '/', options.target), {
      method: req.method,
      headers,
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
      signal: AbortSignal.timeout(30_000),
    });
    const out: Record<string, string> = {};
    const type = response.headers.get('content-type');
    if (type) out['content-type'] = type;
    return {
      status: response.status,
      headers: out,
      body: Buffer.from(await response.arrayBuffer()),
    };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
