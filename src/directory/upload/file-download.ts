/**
 * The file behind a Teams attachment's `downloadUrl`, with limits: https only (http only to
 * 127.0.0.1 when kokobot runs locally), no redirects followed, at most `maxBytes`, within
 * `timeoutMs`. Undefined body and a reason when it is refused; nothing of the URL is logged.
 */
export type DownloadOutcome =
  | { ok: true; bytes: Buffer }
  | { ok: false; reason: 'url' | 'status' | 'tooLarge' | 'timeout' | 'network' };

export interface DownloadLimits {
  maxBytes: number;
  timeoutMs: number;
  /** Local mode: http://127.0.0.1 is allowed (the connector emulator serves the file there). */
  allowLocalHttp: boolean;
}

export function allowedUrl(url: string, allowLocalHttp: boolean): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return false;
  if (parsed.protocol === 'https:') return true;
  return allowLocalHttp && parsed.protocol === 'http:' && parsed.hostname === '127.0.0.1';
}

export async function downloadFile(url: string, limits: DownloadLimits): Promise<DownloadOutcome> {
  if (!allowedUrl(url, limits.allowLocalHttp)) return { ok: false, reason: 'url' };
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    const response = await fetch(url, { redirect: 'manual', signal });
    if (response.status !== 200 || !response.body) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, reason: 'status' };
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      await response.body.cancel().catch(() => undefined);
      return { ok: false, reason: 'tooLarge' };
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limits.maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'tooLarge' };
      }
      chunks.push(value);
    }
    return { ok: true, bytes: Buffer.concat(chunks) };
  } catch (error) {
    const name = (error as { name?: string }).name;
    return { ok: false, reason: name === 'TimeoutError' || signal.aborted ? 'timeout' : 'network' };
  }
}
