import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { readDirectoryFile } from '../../src/directory/import';
import { DEMO_DIRECTORY_FILE, PACKAGE_ROOT } from '../../src/paths';
import { cleanEnv, processesMentioning, type RunResult } from '../support/processes';

/**
 * The README's own command lines, run as a new user types them in a fresh clone of this commit:
 * every `npx kokobot …` (and the `npm run kokobot -- …` its comments offer) and `npm run package`
 * of its code blocks. They once all did nothing and exited 0.
 */
function readmeCommands(): string[] {
  const readme = fs.readFileSync(path.join(PACKAGE_ROOT, 'README.md'), 'utf8');
  // Fences toggle line by line: a closing fence is never taken for the opening of a shell block
  // (a regex over the text paired them wrongly after a ```yaml block and skipped later blocks).
  const lines: string[] = [];
  let block: 'shell' | 'other' | undefined;
  for (const line of readme.split('\n')) {
    const fence = /^```(\S*)\s*$/.exec(line);
    if (fence)
      block = block ? undefined : ['', 'sh', 'bash'].includes(fence[1]!) ? 'shell' : 'other';
    else if (block === 'shell') lines.push(line);
  }
  const commands: string[] = [];
  for (const line of lines) {
    const [command, comment = ''] = line.split(/\s+#\s+/, 2);
    if (/^(npx kokobot|npm run kokobot|npm run package)\b/.test(command!.trim()))
      commands.push(command!.trim());
    const alternative = /\bor: (npm run kokobot -- .*)$/.exec(comment)?.[1];
    if (alternative) commands.push(alternative.trim());
  }
  return commands;
}

function runLine(line: string, cwd: string, env: Record<string, string>): Promise<RunResult> {
  return new Promise((resolve) => {
    // npm must never reach the registry: `npx kokobot` is this package's own bin.
    const child = spawn('sh', ['-c', line], {
      cwd,
      env: cleanEnv({ npm_config_offline: 'true', npm_config_update_notifier: 'false', ...env }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** What each README command says it does, checked on its result. */
function expectationOf(line: string, clone: string): (result: RunResult) => Promise<void> {
  const words = line.split(/\s+/);
  const verb = words.includes('package')
    ? 'package'
    : words[words.indexOf('kokobot') + (words.includes('--') ? 2 : 1)];
  switch (verb) {
    case 'ask':
      return async (result) => {
        assert.equal(result.code, 0, result.stderr);
        assert.notEqual(result.stdout.trim(), '', 'an answer is printed');
        if (words.includes('--json')) {
          const activities = JSON.parse(result.stdout) as { type: string }[];
          assert.equal(activities[0]!.type, 'message');
        } else if (words.includes('--as')) {
          // Asked as a directory person: a member's answer, not the stranger's.
          assert.doesNotMatch(result.stdout, /nur Personen aus dem Verzeichnis/);
          assert.match(result.stdout, /Z3\.1/);
        } else if (words.includes('en-US')) {
          assert.match(result.stdout, /\b(the|you|ask)\b/i, 'answered in English');
        } else {
          assert.match(result.stdout, /„Kommunale Koordinierungsstelle KAoA Bochum“/);
        }
      };
    case 'validate':
      return async (result) => {
        assert.equal(result.code, 0, result.stderr);
        assert.match(result.stdout, / ist gültig \(\d+ Institutionen, \d+ Personen/);
      };
    case 'import':
      return async (result) => {
        assert.equal(result.code, 0, result.stderr);
        assert.match(result.stdout, / ist als Version \S+ importiert \(\d+ Institutionen/);
      };
    case 'export':
      return async (result) => {
        // Run after the README's import: the stored directory, written where --out says.
        assert.equal(result.code, 0, result.stderr);
        const out = words[words.indexOf('--out') + 1];
        assert.ok(words.includes('--out') && out, 'the README exports to a file');
        assert.match(result.stdout, / des Verzeichnisses nach \S+ geschrieben \(\d+ Institutionen/);
        const directory = await readDirectoryFile(path.join(clone, out));
        assert.ok(directory.people.length > 0);
      };
    case 'package':
      return async (result) => {
        // The README says it needs MicrosoftAppId; the test runs it with one (and without, below).
        assert.equal(result.code, 0, result.stderr);
        const zip = await JSZip.loadAsync(
          fs.readFileSync(path.join(clone, 'dist', 'kokobot-teams-app.zip')),
        );
        assert.ok(zip.file('manifest.json'));
      };
    default:
      throw new Error(`the README command "${line}" has no expectation here`);
  }
}

describe('the README commands, in a fresh clone', function () {
  this.timeout(180_000);
  let clone: string;
  let dataDir: string;
  before(() => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-clone-'));
    clone = path.join(root, 'kokobot');
    const head = execFileSync('git', ['-C', PACKAGE_ROOT, 'rev-parse', 'HEAD']).toString().trim();
    execFileSync('git', ['clone', '--quiet', '--no-checkout', PACKAGE_ROOT, clone]);
    execFileSync('git', ['-C', clone, 'checkout', '--quiet', head]);
    // The installed dependencies of this worktree stand in for `npm ci` (same package-lock.json).
    fs.symlinkSync(path.join(PACKAGE_ROOT, 'node_modules'), path.join(clone, 'node_modules'));
    // `import my-directory.yaml` imports the reader's own file; here, a copy of the demo.
    fs.copyFileSync(DEMO_DIRECTORY_FILE, path.join(clone, 'my-directory.yaml'));
    dataDir = path.join(root, 'data');
  });

  it('when the README is read, then it shows the CLI commands the tests run', () => {
    const verbs = readmeCommands().map((line) => line.split(/\s+/).slice(0, 5).join(' '));
    for (const expected of [
      'npx kokobot ask',
      'npx kokobot validate',
      'npx kokobot import',
      'npx kokobot export',
    ])
      assert.ok(
        verbs.some((verb) => verb.startsWith(expected)),
        `${expected} in ${verbs.join('; ')}`,
      );
    assert.ok(verbs.some((verb) => verb.startsWith('npm run kokobot -- ask')));
  });

  for (const line of readmeCommands()) {
    it(`when "${line}" is run, then it does what the README says`, async () => {
      const env = {
        KOKOBOT_DATA_DIR: dataDir,
        MicrosoftAppId: '00000003-0000-0000-c000-000000000000',
      };
      const result = await runLine(
        line,
        clone,
        line.includes('package') ? env : { KOKOBOT_DATA_DIR: dataDir },
      );
      await expectationOf(line, clone)(result);
      assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
      assert.deepEqual(processesMentioning(dataDir), [], 'no process left behind');
    });
  }

  it('when "npm run package" is run without MicrosoftAppId, then it says so in one sentence and fails', async () => {
    const result = await runLine('npm run --silent package', clone, {});
    assert.notEqual(result.code, 0);
    assert.equal(
      result.stderr.trim(),
      'MicrosoftAppId ist nicht gesetzt; das Teams-App-Paket braucht die App-ID der Bot-Registrierung (MicrosoftAppId=… npm run package).',
    );
  });

  it('when the CLI is started as node bin/kokobot.js or from a global install, then it runs too', async () => {
    const direct = await runLine('node bin/kokobot.js --help', clone, {});
    assert.equal(direct.code, 0, direct.stderr);
    assert.match(direct.stdout, /^kokobot – Wer macht wann was mit wem warum\?/);
    const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-global-'));
    const installed = await runLine(`npm install --global --prefix "${prefix}" .`, clone, {});
    assert.equal(installed.code, 0, installed.stderr);
    const global = await runLine(
      `"${prefix}/bin/kokobot" validate data/bochum.example.yaml`,
      clone,
      {},
    );
    assert.equal(global.code, 0, global.stderr);
    assert.match(global.stdout, / ist gültig /);
  });
});
