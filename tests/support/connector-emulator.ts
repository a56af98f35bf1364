import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small local Bot Connector: catches what the bot sends (POST activities, replies, PUT updates),
 * answers member look-ups, and can be told to fail (status, Retry-After) or hang, for later tests.
 */
export interface CaughtActivity {
  conversationId: string;
  method: 'POST' | 'PUT';
  activityId?: string;
  body: Record<string, unknown> & {
    type?: string;
    text?: string;
    attachments?: { contentType: string; content: unknown }[];
  };
  authorization?: string;
  /** When the emulator accepted it (ms since the epoch): what Teams' rate limit counts. */
  at: number;
}

export interface Member {
  id: string;
  aadObjectId?: string;
  email?: string;
  userPrincipalName?: string;
  name?: string;
}

type Fault = ({ status: number; retryAfterSeconds?: number; body?: unknown } | { hang: true }) & {
  /** Only a send to this conversation meets the fault (others pass); any when unset. */
  conversationId?: string;
  /** Only a new message (POST) or an update (PUT); either when unset. */
  method?: 'POST' | 'PUT';
};

export class ConnectorEmulator {
  readonly activities: CaughtActivity[] = [];
  private readonly members = new Map<string, Member>();
  private readonly faults: Fault[] = [];
  private readonly waiters: {
    predicate: (a: CaughtActivity) => boolean;
    resolve: (a: CaughtActivity) => void;
  }[] = [];
  private server?: http.Server;
  private counter = 0;
  url = '';
  /** Teams takes this long to accept each send (a slow fan-out); the send counts once accepted. */
  delayMs = 0;
  /** Files served under /files/<name> (what a Teams attachment's downloadUrl points at). */
  private readonly files = new Map<string, { body: Buffer; status: number; delayMs: number }>();
  /** How often each file was fetched (a non-coordinator's file must never be). */
  readonly fileFetches = new Map<string, number>();
  /** Files the bot uploaded to an upload session (PUT /uploads/<name>), with their headers. */
  readonly uploads = new Map<string, { body: Buffer; contentRange?: string }>();

  /** An upload session URL, as Teams gives one when a user accepts a file consent card. */
  uploadUrl(name: string): string {
    return `${this.url}uploads/${encodeURIComponent(name)}`;
  }

  /** Serves `body` at the URL returned (slowly, or with another status, when asked). */
  serveFile(
    name: string,
    body: Buffer | string,
    options: { status?: number; delayMs?: number } = {},
  ): string {
    this.files.set(name, {
      body: Buffer.isBuffer(body) ? body : Buffer.from(body),
      status: options.status ?? 200,
      delayMs: options.delayMs ?? 0,
    });
    return `${this.url}files/${encodeURIComponent(name)}`;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }

  addMember(conversationIdOrAny: string, member: Member): void {
    this.members.set(`${conversationIdOrAny}|${member.id}`, member);
  }

  /** The next `count` sends (to its conversation, if it names one) get this answer instead. */
  failNext(fault: Fault, count = 1): void {
    for (let i = 0; i < count; i += 1) this.faults.push(fault);
  }

  /** Faults told with failNext that no send has met yet. */
  get faultsLeft(): number {
    return this.faults.length;
  }

  sentTo(conversationId: string): CaughtActivity[] {
    return this.activities.filter((activity) => activity.conversationId === conversationId);
  }

  waitFor(
    predicate: (activity: CaughtActivity) => boolean,
    timeoutMs = 5000,
  ): Promise<CaughtActivity> {
    const found = this.activities.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('the bot sent nothing matching in time')),
        timeoutMs,
      );
      this.waiters.push({
        predicate,
        resolve: (activity) => {
          clearTimeout(timer);
          resolve(activity);
        },
      });
    });
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
      const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      };
      // PUT /uploads/<name>: the bot puts a file the user accepted.
      if (req.method === 'PUT' && parts[0] === 'uploads' && parts[1]) {
        this.uploads.set(parts[1], {
          body: Buffer.concat(chunks),
          contentRange: req.headers['content-range'],
        });
        return json(201, { id: parts[1] });
      }
      // GET /files/<name>: a file sent in Teams.
      if (req.method === 'GET' && parts[0] === 'files' && parts[1]) {
        const file = this.files.get(parts[1]);
        this.fileFetches.set(parts[1], (this.fileFetches.get(parts[1]) ?? 0) + 1);
        const send = () => {
          if (!file) return json(404, { error: 'not found' });
          res.writeHead(file.status, { 'content-type': 'application/octet-stream' });
          res.end(file.status === 200 ? file.body : undefined);
        };
        if (file?.delayMs) setTimeout(send, file.delayMs);
        else send();
        return;
      }
      // GET /v3/conversations/:id/members/:memberId
      if (
        req.method === 'GET' &&
        parts[0] === 'v3' &&
        parts[1] === 'conversations' &&
        parts[3] === 'members'
      ) {
        const member =
          this.members.get(`${parts[2]}|${parts[4]}`) ?? this.members.get(`*|${parts[4]}`);
        if (!member)
          return json(404, {
            error: { code: 'MemberNotFoundInConversation', message: 'not found' },
          });
        return json(200, member);
      }
      if (
        parts[0] === 'v3' &&
        parts[1] === 'conversations' &&
        parts[3] === 'activities' &&
        (req.method === 'POST' || req.method === 'PUT')
      ) {
        const index = this.faults.findIndex(
          (candidate) =>
            (candidate.conversationId === undefined || candidate.conversationId === parts[2]) &&
            (candidate.method === undefined || candidate.method === req.method),
        );
        const fault = index >= 0 ? this.faults.splice(index, 1)[0] : undefined;
        if (fault && 'hang' in fault) return; // never answers
        if (fault) {
          const headers: Record<string, string> =
            fault.retryAfterSeconds !== undefined
              ? { 'retry-after': String(fault.retryAfterSeconds) }
              : {};
          return json(
            fault.status,
            fault.body ?? { error: { code: 'Fault', message: 'injected' } },
            headers,
          );
        }
        if (this.delayMs > 0) {
          setTimeout(() => this.accept(req, res, parts, chunks, json), this.delayMs);
          return;
        }
        this.accept(req, res, parts, chunks, json);
        return;
      }
      json(404, { error: { code: 'NotFound', message: `${req.method} ${url.pathname}` } });
    });
  }

  private accept(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    parts: string[],
    chunks: Buffer[],
    json: (status: number, body: unknown) => void,
  ): void {
    if (res.destroyed) return; // the bot gave up (or died) before Teams accepted it
    let body: CaughtActivity['body'];
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    } catch {
      return json(400, { error: { code: 'BadSyntax', message: 'invalid JSON' } });
    }
    this.counter += 1;
    const id = req.method === 'PUT' ? parts[4] : `emulated-${this.counter}`;
    const caught: CaughtActivity = {
      conversationId: parts[2] ?? '',
      method: req.method === 'PUT' ? 'PUT' : 'POST',
      activityId: id,
      body,
      authorization: req.headers.authorization,
      at: Date.now(),
    };
    this.activities.push(caught);
    for (const waiter of [...this.waiters]) {
      if (waiter.predicate(caught)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(caught);
      }
    }
    return json(200, { id });
  }
}

/** The most sends the emulator accepted within any sliding second (any 1,000 ms, half-open). */
export function busiestSecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last += 1) {
    while (sorted[last]! - sorted[first]! >= 1000) first += 1;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

/** The readable text of a caught activity: its text, else its card's fallback text. */
export function textOf(activity: CaughtActivity): string {
  if (activity.body.text) return activity.body.text;
  const card = activity.body.attachments?.[0]?.content as { fallbackText?: string } | undefined;
  return card?.fallbackText ?? '';
}
