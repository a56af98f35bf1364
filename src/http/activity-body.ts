import type { IncomingMessage } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';

/**
 * Reads the body of POST /api/messages at the edge, before the CloudAdapter sees it: JSON only
 * (`application/json` or `…+json`, UTF-8), at most `maxBytes` both as sent and once unzipped, and
 * an object with what the adapter relies on (a `type`, an http(s) `serviceUrl`, a string `locale`,
 * member lists that are lists). Anything else is answered 400 (413 when too large) without details. restify's body
 * parser let a broken gzip body throw outside any handler (the process died) and counted only the
 * compressed bytes; the adapter answered a missing `type` or a non-string `serviceUrl` with 500
 * and its error text.
 */
export type ActivityBody =
  | { ok: true; activity: Record<string, unknown> }
  | { ok: false; status: 400 | 413; reason: string };

const members = z.array(z.object({ id: z.string() }).loose()).optional();

/** What the CloudAdapter needs before kokobot's own checks (src/teams/activity.ts) run. */
const envelopeSchema = z
  .object({
    type: z.string().min(1),
    // Where replies go: without one the connector falls back to api.botframework.com.
    serviceUrl: z
      .string()
      .max(2048)
      .regex(/^https?:\/\/\S+$/i),
    // Read (as a string) before kokobot's own checks, e.g. for the language of an error.
    locale: z.string().optional(),
    // Walked by the SDK's and kokobot's conversationUpdate handlers.
    membersAdded: members,
    membersRemoved: members,
  })
  .loose();

/** Refuses bytes that are not UTF-8 (stateless between calls without `stream`). */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/;

export async function readActivityBody(
  req: IncomingMessage,
  maxBytes: number,
): Promise<ActivityBody> {
  const raw = await readRaw(req, maxBytes);
  if (raw === 'too-large') return { ok: false, status: 413, reason: 'body too large' };
  if (raw === 'aborted') return { ok: false, status: 400, reason: 'body not received' };

  const contentType = String(req.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
  if (!JSON_TYPE.test(contentType)) return { ok: false, status: 400, reason: 'not JSON' };

  let bytes = raw;
  const encoding = String(req.headers['content-encoding'] ?? 'identity')
    .trim()
    .toLowerCase();
  if (encoding === 'gzip') {
    try {
      bytes = gunzipSync(raw, { maxOutputLength: maxBytes });
    } catch (error) {
      return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
        ? { ok: false, status: 413, reason: 'body too large once unzipped' }
        : { ok: false, status: 400, reason: 'broken gzip' };
    }
  } else if (encoding !== 'identity') {
    return { ok: false, status: 400, reason: 'content encoding not supported' };
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(UTF8.decode(bytes));
  } catch {
    return { ok: false, status: 400, reason: 'not JSON' };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    return { ok: false, status: 400, reason: 'not an object' };
  if (!envelopeSchema.safeParse(parsed).success)
    return { ok: false, status: 400, reason: 'not an activity' };
  return { ok: true, activity: parsed as Record<string, unknown> };
}

/** The raw bytes; past `maxBytes` the rest is read and dropped, so the sender still gets its 413. */
function readRaw(
  req: IncomingMessage,
  maxBytes: number,
): Promise<Buffer | 'too-large' | 'aborted'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
      // A sender that goes on and on is cut off.
      else if (size > maxBytes * 64) req.destroy();
    });
    req.once('end', () => resolve(size > maxBytes ? 'too-large' : Buffer.concat(chunks)));
    req.once('error', () => resolve('aborted'));
    req.once('close', () => resolve(size > maxBytes ? 'too-large' : 'aborted'));
  });
}
