import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { TableServiceClient } from '@azure/data-tables';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { operatorLanguage } from '../../src/config';
import { cliTranslator } from '../../src/i18n/cli';
import { readDirectoryFile } from '../../src/directory/import';
import { SECTIONS, type Directory } from '../../src/directory/model';
import { parseDirectory } from '../../src/directory/parse';
import { writeWorkbook } from '../../src/directory/workbook';
import { AzureTableStore } from '../../src/storage/azure-table-store';
import { TableDirectoryRepository } from '../../src/storage/table-directory-repository';
import { startTestAzurite, stopTestAzurite, type TestAzurite } from '../support/azurite';
import { demoDirectory } from '../support/demo';
import { runKokobot } from '../support/processes';

/**
 * The Excel directory through the real `kokobot` process: validate and import take `.xlsx` as
 * they take `.yaml`, and export writes the stored directory back as YAML or Excel.
 */
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-cli-xlsx-'));

async function demoWorkbook(edit?: (book: ExcelJS.Workbook) => void): Promise<string> {
  const file = path.join(tmp(), 'verzeichnis.xlsx');
  fs.writeFileSync(file, await writeWorkbook(demoDirectory()));
  if (edit) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    edit(book);
    await book.xlsx.writeFile(file);
  }
  return file;
}

const broken = () =>
  demoWorkbook((book) => {
    book.getWorksheet('Personen')!.getCell('D14').value = 'keine-adresse';
    book.getWorksheet('Ziele')!.getCell('F3').value = 'mmeier';
  });

async function tableNames(azurite: TestAzurite): Promise<string[]> {
  const client = TableServiceClient.fromConnectionString(azurite.connectionString, {
    allowInsecureConnection: true,
  });
  const names: string[] = [];
  for await (const table of client.listTables()) names.push(table.name ?? '');
  return names;
}

describe('kokobot with an Excel directory', function () {
  this.timeout(60_000);
  let azurite: TestAzurite;
  let env: Record<string, string>;
  before(async () => {
    azurite = await startTestAzurite();
    env = { TABLES_CONNECTION_STRING: azurite.connectionString };
  });
  after(async () => {
    await stopTestAzurite(azurite);
  });

  it('when a valid workbook is validated, then it is valid with the counts of the demo directory', async () => {
    const file = await demoWorkbook();
    const result = await runKokobot(['validate', file]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(
      result.stdout,
      `${file} ist gültig (17 Institutionen, 25 Personen, 10 Gremien, 4 Handlungsfelder, 14 Ziele, 15 Sitzungen).\n`,
    );
  });

  it('when a broken workbook is validated, then every problem is listed with its sheet and cell and the exit code is 1', async () => {
    const file = await broken();
    const result = await runKokobot(['validate', file]);
    assert.equal(result.code, 1);
    assert.equal(
      result.stderr,
      [
        `${file} hat 2 Fehler:`,
        'Personen!D14 (E-Mail): ist keine E-Mail-Adresse',
        'Ziele!F3 (Verantwortlich): keine Person „mmeier“',
        '',
      ].join('\n'),
    );
  });

  it('when a broken workbook is imported, then nothing is written to storage', async () => {
    const result = await runKokobot(['import', await broken()], env);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^\S+ hat 2 Fehler; nichts wurde importiert:\n/);
    assert.deepEqual(await tableNames(azurite), []);
  });

  it('when nothing was imported yet, then export says so in one sentence', async () => {
    const result = await runKokobot(['export'], env);
    assert.equal(result.code, 1);
    assert.equal(
      result.stderr,
      'Es wurde noch kein Verzeichnis importiert (kokobot import DATEI).\n',
    );
  });

  it('when a workbook is imported and exported again as YAML and Excel, then both hold the same directory', async () => {
    const imported = await runKokobot(['import', await demoWorkbook()], env);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(
      imported.stdout,
      / ist als Version \S+ importiert \(17 Institutionen, 25 Personen/,
    );

    // Storage keeps records by id, not in the file's order: exports are the stored directory.
    const stored = (await new TableDirectoryRepository({
      store: new AzureTableStore({
        kind: 'connection-string',
        connectionString: azurite.connectionString,
      }),
    }).current())!.directory;
    const ids = (directory: Directory) =>
      SECTIONS.map((section) => directory[section].map((record) => record.id).sort());
    assert.deepEqual(ids(stored), ids(demoDirectory()));

    const yaml = await runKokobot(['export', '--format', 'yaml'], env);
    assert.equal(yaml.code, 0, yaml.stderr);
    const parsed = parseDirectory(yaml.stdout);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.errors.join('\n'));
    assert.deepEqual(parsed.directory, stored);

    const out = path.join(tmp(), 'export.xlsx');
    const xlsx = await runKokobot(['export', '--format', 'xlsx', '--out', out], env);
    assert.equal(xlsx.code, 0, xlsx.stderr);
    assert.match(
      xlsx.stdout,
      /^Version \S+ des Verzeichnisses nach \S+export\.xlsx geschrieben \(17 Institutionen/,
    );
    assert.deepEqual(await readDirectoryFile(out), stored);

    const yamlFile = path.join(tmp(), 'export.yaml');
    assert.equal((await runKokobot(['export', '--out', yamlFile], env)).code, 0);
    assert.deepEqual(await readDirectoryFile(yamlFile), stored);
  });

  it('when export is asked for another format, then it says which formats there are and exits 2', async () => {
    const result = await runKokobot(['export', '--format', 'csv'], env);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^--format muss yaml oder xlsx sein, nicht „csv“\.\n/);
  });

  it('when Excel would go to a terminal, then export refuses in one sentence before reaching storage', async () => {
    let stdout = '';
    let stderr = '';
    const sink = (append: (text: string) => void) =>
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          append(chunk.toString());
          done();
        },
      });
    const terminal = Object.assign(
      sink((text) => (stdout += text)),
      { isTTY: true },
    );
    const code = await run(['export', '--format', 'xlsx'], {
      stdout: terminal,
      stderr: sink((text) => (stderr += text)),
    });
    assert.equal(code, 2);
    assert.equal(stdout, '');
    const t = cliTranslator(operatorLanguage());
    assert.ok(stderr.startsWith(`${t('usage.xlsxNeedsOut')}\n`), stderr);
  });
});
