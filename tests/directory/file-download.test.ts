import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { allowedUrl, downloadFile } from '../../src/directory/upload/file-download';
import { ConnectorEmulator } from '../support/connector-emulator';

describe('fetching a file sent in Teams (limits)', () => {
  let connector: ConnectorEmulator;
  before(async () => {
    connector = await new ConnectorEmulator().start();
  });
  after(async () => connector.stop());

  const limits = { maxBytes: 1000, timeoutMs: 300, allowLocalHttp: true };

  it('when the URL is not https (or http to 127.0.0.1 in local mode), then it is not fetched', () => {
    assert.equal(allowedUrl('https://contoso.sharepoint.com/a.xlsx', false), true);
    assert.equal(allowedUrl('http://contoso.sharepoint.com/a.xlsx', false), false);
    assert.equal(allowedUrl('http://127.0.0.1:1234/a.xlsx', false), false);
    assert.equal(allowedUrl('http://127.0.0.1:1234/a.xlsx', true), true);
    assert.equal(allowedUrl('http://localhost:1234/a.xlsx', true), false);
    assert.equal(allowedUrl('https://user:secret@contoso.example.org/a.xlsx', false), false);
    assert.equal(allowedUrl('file:///etc/passwd', true), false);
  });

  it('when the file is served, too large, slow, missing or redirected, then the outcome says which', async () => {
    const ok = await downloadFile(connector.serveFile('ok.yaml', 'organisation: x'), limits);
    assert.deepEqual(ok.ok && ok.bytes.toString(), 'organisation: x');
    const large = await downloadFile(connector.serveFile('large.yaml', Buffer.alloc(5000)), limits);
    assert.deepEqual(large, { ok: false, reason: 'tooLarge' });
    const slow = await downloadFile(
      connector.serveFile('slow.yaml', 'x', { delayMs: 2000 }),
      limits,
    );
    assert.deepEqual(slow, { ok: false, reason: 'timeout' });
    const missing = await downloadFile(
      connector.serveFile('gone.yaml', '', { status: 404 }),
      limits,
    );
    assert.deepEqual(missing, { ok: false, reason: 'status' });
    assert.deepEqual(await downloadFile('http://example.org/a.yaml', limits), {
      ok: false,
      reason: 'url',
    });
    // A redirect is not followed (it could lead anywhere).
    const redirecting = http.createServer((_req, res) => {
      res.writeHead(302, { location: 'http://127.0.0.1:1/elsewhere' });
      res.end();
    });
    await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve));
    const port = (redirecting.address() as AddressInfo).port;
    try {
      const moved = await downloadFile(`http://127.0.0.1:${port}/a.yaml`, limits);
      assert.deepEqual(moved, { ok: false, reason: 'status' });
    } finally {
      redirecting.close();
    }
  });
});
