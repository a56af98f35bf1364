import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_DIRECTORY_FILE } from '../../src/paths';
import { runKokobot } from '../support/processes';

/**
 * What a person editing the directory file reads from `kokobot validate`: places counted from 1
 * with the record's id, the line of the mistake itself, the nearest valid key or id, one message
 * for one YAML mistake, and a one-sentence refusal of files too large or not UTF-8.
 */
const demo = fs.readFileSync(DEMO_DIRECTORY_FILE, 'utf8');

function fileWith(content: string | Buffer): string {
  const file = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-dir-')),
    'verzeichnis.yaml',
  );
  fs.writeFileSync(file, content);
  return file;
}

/** The line (from 1) of the first occurrence of `needle`. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} is in the text`);
  return text.slice(0, at).split('\n').length;
}

function edited(from: string, to: string): string {
  assert.ok(demo.includes(from), `the demo holds ${from}`);
  return demo.replace(from, to);
}

async function validate(file: string, env: Record<string, string> = {}) {
  const result = await runKokobot(['validate', file], env);
  assert.doesNotMatch(result.stderr, /\n\s+at |Error:/, 'no stack trace');
  assert.equal(result.stdout, '');
  return { code: result.code, lines: result.stderr.trimEnd().split('\n') };
}

describe('directory file messages (kokobot validate)', function () {
  this.timeout(60_000);

  it('when a key is misspelt, then the line of that key is named, counted from 1 with the id, and the valid key suggested', async () => {
    const text = edited('    role: Leitung der Kommunalen', '    rolle: Leitung der Kommunalen');
    const { code, lines } = await validate(fileWith(text));
    assert.equal(code, 1);
    assert.match(lines[0]!, /verzeichnis\.yaml hat 2 Fehler:$/);
    assert.ok(
      lines.includes(
        `Zeile ${lineOf(text, 'rolle:')}, Personen Nr. 1 (ahoffmann): unbekannter Schlüssel „rolle“ – meinten Sie „role“?`,
      ),
      lines.join('\n'),
    );
    assert.ok(
      lines.includes(
        `Zeile ${lineOf(text, '- id: ahoffmann')}, Personen Nr. 1 (ahoffmann), „role“: fehlt`,
      ),
    );
    assert.ok(!lines.some((line) => /importiert/.test(line)), 'validate imports nothing anyway');
  });

  it('when an id is misspelt, then the nearest id is suggested', async () => {
    const text = edited('    owner: aweiss', '    owner: aweis');
    const { code, lines } = await validate(fileWith(text));
    assert.equal(code, 1);
    assert.deepEqual(lines.slice(1), [
      `Zeile ${lineOf(text, 'owner: aweis\n')}, Ziele Nr. 1 (Z1.1), „owner“: keine Person „aweis“ – meinten Sie „aweiss“?`,
    ]);
  });

  it('when a line is indented wrongly, then one message names that line, not the cascade after it', async () => {
    const text = edited('    actor: koko\n    role: Leitung', '    actor: koko\n   role: Leitung');
    const { code, lines } = await validate(fileWith(text));
    assert.equal(code, 1);
    assert.equal(lines.length, 2, lines.join('\n'));
    assert.match(
      lines[1]!,
      new RegExp(
        `^Zeile ${lineOf(text, '   role: Leitung')}, Spalte \\d+: hier fehlt vermutlich ein „:“, oder die Einrückung stimmt nicht$`,
      ),
    );
  });

  it('when the file is an alias bomb, then it is refused with its line like every other error', async () => {
    const rows = ['organisation: &o0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 8; level += 1)
      rows.push(
        `l${level}: &o${level} [${Array(10)
          .fill(`*o${level - 1}`)
          .join(', ')}]`,
      );
    const { code, lines } = await validate(fileWith(`${rows.join('\n')}\n`));
    assert.equal(code, 1);
    assert.deepEqual(lines.slice(1), [
      'Zeile 2: zu viele YAML-Verweise („*name“) – so groß wird kein Verzeichnis; die Datei wird nicht gelesen',
    ]);
  });

  it('when the file is larger than 5 MB, then it is refused in one sentence before it is read', async () => {
    const file = fileWith('');
    fs.truncateSync(file, 50 * 1024 * 1024); // sparse: 50 MB on paper, nothing to read
    const { code, lines } = await validate(file);
    assert.equal(code, 1);
    assert.deepEqual(lines, [
      `Die Datei ${file} ist 50 MB groß; kokobot liest Verzeichnisdateien bis 5 MB.`,
    ]);
  });

  it('when the file is not UTF-8, then it is refused in one sentence naming the line, not imported with „�“', async () => {
    const latin1 = Buffer.from(demo.replace(/[„“–…]/g, '"'), 'latin1');
    const file = fileWith(latin1);
    const { code, lines } = await validate(file);
    assert.equal(code, 1);
    const firstUmlaut = demo.split('\n').findIndex((line) => /[äöüßÄÖÜ]/.test(line)) + 1;
    assert.deepEqual(lines, [
      `Die Datei ${file} ist nicht als UTF-8 gespeichert (Zeile ${firstUmlaut} enthält ungültige Zeichen); bitte als UTF-8 speichern.`,
    ]);
  });

  it('when the locale is English, then the same messages are English', async () => {
    const text = edited('    role: Leitung der Kommunalen', '    rolle: Leitung der Kommunalen');
    const { lines } = await validate(fileWith(text), { LANG: 'en_GB.UTF-8' });
    assert.match(lines[0]!, /verzeichnis\.yaml has 2 problems:$/);
    assert.ok(
      lines.includes(
        `line ${lineOf(text, 'rolle:')}, people no. 1 (ahoffmann): unknown key "rolle" – did you mean "role"?`,
      ),
      lines.join('\n'),
    );
  });
});
