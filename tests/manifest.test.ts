import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { buildPackage, fillManifest, validateManifest } from '../src/manifest/package';
import { MANIFEST_DIR } from '../src/paths';

const BOT_ID = '6f1c0a3e-1d2b-4c5d-8e9f-0a1b2c3d4e5f';
const template = fs.readFileSync(path.join(MANIFEST_DIR, 'manifest.json'), 'utf8');

function pngSize(buffer: Buffer): { width: number; height: number } {
  assert.equal(buffer.subarray(1, 4).toString('ascii'), 'PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

describe('Teams app package', () => {
  it('when the manifest is filled with a bot id, then it validates against the official schema offline', async () => {
    const manifest = fillManifest(template, { MicrosoftAppId: BOT_ID }) as Record<string, unknown>;
    assert.deepEqual(await validateManifest(manifest), []);
    const bot = (
      manifest.bots as { botId: string; scopes: string[]; commandLists: unknown[] }[]
    )[0]!;
    assert.equal(bot.botId, BOT_ID);
    assert.deepEqual([...bot.scopes].sort(), ['groupChat', 'personal', 'team']);
    assert.ok(bot.commandLists.length > 0);
  });

  it('when the manifest breaks the schema, then validation names the problem', async () => {
    const manifest = fillManifest(template, { MicrosoftAppId: BOT_ID }) as Record<string, unknown>;
    delete manifest.accentColor;
    (manifest.bots as { scopes: string[] }[])[0]!.scopes = ['everywhere'];
    const errors = await validateManifest(manifest);
    assert.ok(
      errors.some((error) => /accentColor/.test(error)),
      errors.join('\n'),
    );
    assert.ok(errors.length >= 2, errors.join('\n'));
  });

  it('when no bot id is configured, then packaging refuses with a sentence naming it', () => {
    assert.throws(
      () => fillManifest(template, { MicrosoftAppId: '' }),
      /MicrosoftAppId is not set\./,
    );
  });

  it('when packaged, then the zip holds the manifest and icons of the right sizes', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-pkg-')), 'app.zip');
    await buildPackage({ MicrosoftAppId: BOT_ID }, out);
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    assert.deepEqual(Object.keys(zip.files).sort(), ['color.png', 'manifest.json', 'outline.png']);
    assert.deepEqual(pngSize(await zip.file('color.png')!.async('nodebuffer')), {
      width: 192,
      height: 192,
    });
    assert.deepEqual(pngSize(await zip.file('outline.png')!.async('nodebuffer')), {
      width: 32,
      height: 32,
    });
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    assert.equal(manifest.id, BOT_ID);
    assert.doesNotMatch(JSON.stringify(manifest), /\{\{/);
  });
});
