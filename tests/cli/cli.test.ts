import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TableServiceClient } from '@azure/data-tables';
import ExcelJS from 'exceljs';
import { DEMO_DIRECTORY_FILE } from '../../src/paths';
import { AzureTableStore } from '../../src/storage/azure-table-store';
import { TableStatusRepository } from '../../src/storage/table-status-repository';
import { demoDirectory } from '../support/demo';
import { startTestAzurite, stopTestAzurite, type TestAzurite } from '../support/azurite';
import { openInGermanExcel } from '../support/excel-csv';
import { processesMentioning, runKokobot } from '../support/processes';

function brokenCopy(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-cli-')), 'broken.yaml');
  const text = fs
    .readFileSync(DEMO_DIRECTORY_FILE, 'utf8')
    .replace(/owner: \S+/, 'owner: mmeier')
    .replace(/start: \S+/, 'start: 2027-02-30T10:00');
  fs.writeFileSync(file, text);
  return file;
}

async function tableNames(azurite: TestAzurite): Promise<string[]> {
  const client = TableServiceClient.fromConnectionString(azurite.connectionString, {
    allowInsecureConnection: true,
  });
  const names: string[] = [];
  for await (const table of client.listTables()) names.push(table.name ?? '');
  return names;
}

describe('kokobot CLI', function () {
  this.timeout(60_000);
  let azurite: TestAzurite;
  before(async () => {
    azurite = await startTestAzurite();
  });
  after(async () => {
    await stopTestAzurite(azurite);
  });

  it('when asked for help against a directory file, then it prints the help text and nothing else', async () => {
    const result = await runKokobot(['ask', 'hilfe', '--directory', DEMO_DIRECTORY_FILE]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(
      result.stdout,
      /^kokobot beantwortet Fragen zu Wer, Was, Wann, Wo, Mit wem und Warum aus dem Verzeichnis von „Kommunale Koordinierungsstelle KAoA Bochum“/,
    );
    assert.doesNotMatch(result.stdout, /"level"/, 'no log lines on stdout');
  });

  it('when asked --as a person of the directory, then it answers as that person would be answered in Teams; an unknown person is refused', async () => {
    const anonymous = await runKokobot([
      'ask',
      'Wie steht es um Z3.1?',
      '--directory',
      DEMO_DIRECTORY_FILE,
    ]);
    assert.match(anonymous.stdout, /nur Personen aus dem Verzeichnis/);
    const byName = await runKokobot([
      'ask',
      'In welchen Gremien bin ich?',
      '--directory',
      DEMO_DIRECTORY_FILE,
      '--as',
      'andrea hoffmann',
    ]);
    assert.equal(byName.code, 0, byName.stderr);
    assert.match(byName.stdout, /^Andrea Hoffmann sitzt persönlich in 1 Gremium/);
    const byId = await runKokobot([
      'ask',
      'Wie steht es um Z3.1?',
      '--directory',
      DEMO_DIRECTORY_FILE,
      '--as',
      'ahoffmann',
    ]);
    assert.equal(byId.code, 0, byId.stderr);
    assert.match(byId.stdout, /Z3\.1 Gemeinsame Praktikumsbörse/);
    assert.doesNotMatch(byId.stdout, /nur Personen aus dem Verzeichnis/);
    const unknown = await runKokobot([
      'ask',
      'hilfe',
      '--directory',
      DEMO_DIRECTORY_FILE,
      '--as',
      'Niemand',
    ]);
    assert.equal(unknown.code, 2);
    assert.equal(
      unknown.stderr,
      'Im Verzeichnis gibt es keine Person „Niemand“ (--as nimmt die ID, die E-Mail oder den vollen Namen).\nAlle Befehle: kokobot --help\n',
    );
  });

  it('when asked with --json, then it prints the reply activities with their card', async () => {
    const result = await runKokobot([
      'ask',
      'help',
      '--json',
      '--locale',
      'en-US',
      '--directory',
      DEMO_DIRECTORY_FILE,
    ]);
    assert.equal(result.code, 0, result.stderr);
    const activities = JSON.parse(result.stdout) as {
      type: string;
      attachments: { contentType: string }[];
    }[];
    assert.equal(activities[0]!.type, 'message');
    assert.equal(
      activities[0]!.attachments[0]!.contentType,
      'application/vnd.microsoft.card.adaptive',
    );
  });

  it('when a broken file is validated, then every problem is listed with its place and the exit code is 1', async () => {
    const result = await runKokobot(['validate', brokenCopy()]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^\S+ hat 2 Fehler:\n/);
    assert.doesNotMatch(result.stderr, /importiert/, 'a validation imports nothing anyway');
    assert.match(
      result.stderr,
      /\nZeile \d+, Ziele Nr\. 1 \(Z1\.1\), „owner“: keine Person „mmeier“\n/,
    );
    assert.match(
      result.stderr,
      /\nZeile \d+, Sitzungen Nr\. 1 \(sg-2026-12\), „start“: ist kein Zeitpunkt/,
    );
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  });

  it('when a broken file is imported, then nothing is written to storage', async () => {
    const result = await runKokobot(['import', brokenCopy()], {
      TABLES_CONNECTION_STRING: azurite.connectionString,
    });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^\S+ hat 2 Fehler; nichts wurde importiert:\n/);
    assert.match(result.stderr, /keine Person „mmeier“/);
    assert.deepEqual(await tableNames(azurite), []);
  });

  it('when a valid file is imported, then ask answers from storage, and a new import replaces it', async () => {
    const env = { TABLES_CONNECTION_STRING: azurite.connectionString };
    const imported = await runKokobot(['import', DEMO_DIRECTORY_FILE], env);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(
      imported.stdout,
      /^\S+ ist als Version \S+ importiert \(17 Institutionen, 25 Personen, 10 Gremien, 4 Handlungsfelder, 14 Ziele, 15 Sitzungen\)\.\n$/,
    );
    const first = await runKokobot(['ask', 'hilfe'], env);
    assert.match(first.stdout, /„Kommunale Koordinierungsstelle KAoA Bochum“/);

    const renamed = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-cli-')), 'herne.yaml');
    fs.writeFileSync(
      renamed,
      fs
        .readFileSync(DEMO_DIRECTORY_FILE, 'utf8')
        .replace(
          'name: Kommunale Koordinierungsstelle KAoA Bochum',
          'name: Kommunale Koordinierungsstelle Herne',
        ),
    );
    assert.equal((await runKokobot(['import', renamed], env)).code, 0);
    const second = await runKokobot(['ask', 'hilfe'], env);
    assert.match(second.stdout, /„Kommunale Koordinierungsstelle Herne“/);
  });

  it('when nothing is configured, then ask starts the embedded storage itself, loads the demo directory and leaves no process behind', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-embedded-'));
    const result = await runKokobot(['ask', 'hilfe'], { KOKOBOT_DATA_DIR: dataDir });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /KAoA Bochum/);
    assert.ok(fs.existsSync(path.join(dataDir, 'azurite')), 'data kept under the data directory');
    assert.equal(fs.existsSync(path.join(dataDir, 'azurite.json')), false);
    assert.deepEqual(processesMentioning(dataDir), []);
  });

  it('when the command is unknown, then it says which, points to the help and exits 2', async () => {
    const result = await runKokobot(['frobnicate']);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'Unbekannter Befehl „frobnicate“.\nAlle Befehle: kokobot --help\n');
  });

  for (const help of [['--help'], ['-h'], ['help'], ['validate', '--help']]) {
    it(`when asked "kokobot ${help.join(' ')}", then it prints the usage in German and exits 0`, async () => {
      const result = await runKokobot(help);
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /^kokobot – Wer macht wann was mit wem warum\?\n\nAufruf:\n/);
      assert.match(result.stdout, /kokobot validate DATEI/);
      assert.equal(result.stderr, '');
    });
  }

  it('when the locale says English (LANG, LC_MESSAGES, LC_ALL in that order of weight), then the usage is English', async () => {
    const english = await runKokobot(['--help'], { LANG: 'en_GB.UTF-8' });
    assert.match(english.stdout, /^kokobot – who does what, when, with whom, why\?\n\nUsage:\n/);
    const messages = await runKokobot(['--help'], { LANG: 'de_DE.UTF-8', LC_MESSAGES: 'en_US' });
    assert.match(messages.stdout, /\nUsage:\n/);
    const all = await runKokobot(['--help'], { LANG: 'en_US.UTF-8', LC_ALL: 'de_DE.UTF-8' });
    assert.match(all.stdout, /\nAufruf:\n/);
    const unknown = await runKokobot(['validate', '--strict'], { LC_ALL: 'en_US.UTF-8' });
    assert.equal(unknown.code, 2);
    assert.equal(
      unknown.stderr,
      'Unknown option "--strict" for "kokobot validate".\nAll commands: kokobot --help\n',
    );
  });

  it('when called without a command, then the usage goes to stderr and the exit code is 2', async () => {
    const result = await runKokobot([]);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^kokobot – Wer macht wann was mit wem warum\?\n\nAufruf:\n/);
  });

  const wrongCalls: [string[], string][] = [
    [['validate', '--strict', 'x.yaml'], 'Unbekannte Option „--strict“ für „kokobot validate“.'],
    [['--verbose'], 'Unbekannte Option „--verbose“.'],
    [['validate'], '„kokobot validate“ braucht eine Datei: kokobot validate DATEI'],
    [['validate', 'a.yaml', 'b.yaml'], 'Unerwartetes Argument „b.yaml“ für „kokobot validate“.'],
    [['ask'], '„kokobot ask“ braucht eine Frage: kokobot ask "FRAGE"'],
    [['ask', 'hilfe', '--directory'], 'Die Option „--directory“ braucht einen Wert.'],
    [
      ['reminders', 'list'],
      '„kokobot reminders“ kennt nur „plan“: kokobot reminders plan [--meeting ID] [--json]',
    ],
  ];
  for (const [args, message] of wrongCalls) {
    it(`when called as "kokobot ${args.join(' ')}", then it says what is wrong and exits 2`, async () => {
      const result = await runKokobot(args);
      assert.equal(result.code, 2, result.stderr);
      assert.equal(result.stderr, `${message}\nAlle Befehle: kokobot --help\n`);
    });
  }
});

describe('kokobot report', function () {
  this.timeout(60_000);
  let azurite: TestAzurite;
  before(async () => {
    azurite = await startTestAzurite();
  });
  after(async () => {
    await stopTestAzurite(azurite);
  });

  it('when asked for a meeting, then it prints the Zwischenbilanz as Markdown or CSV, writes Excel to a file, and refuses unknown formats and meetings', async () => {
    const env = { TABLES_CONNECTION_STRING: azurite.connectionString };
    assert.equal((await runKokobot(['import', DEMO_DIRECTORY_FILE], env)).code, 0);
    const statuses = new TableStatusRepository(
      new AzureTableStore({
        kind: 'connection-string',
        connectionString: azurite.connectionString,
      }),
    );
    await statuses.save(
      {
        goalId: 'Z3.2',
        roundId: 'sg-2026-12',
        author: 'sschulte',
        at: '2026-11-30T10:00:00.000Z',
        status: 'at-risk',
        progress: 40,
        happened: 'Börse verzögert sich',
        nextSteps: '=HYPERLINK("x")',
        supportNeeded: true,
        supportText: 'Kontakte zu Betrieben',
      },
      { idempotencyKey: 'cli-test', expectedVersion: '' },
    );

    const markdown = await runKokobot(['report', '--meeting', 'sg-2026-12'], env);
    assert.equal(markdown.code, 0, markdown.stderr);
    assert.match(
      markdown.stdout,
      /^# Zwischenbilanz: Steuerungsgruppe KAoA Bochum, für die Sitzung am Mittwoch, 9\. Dezember 2026/,
    );
    assert.match(markdown.stdout, /\| Z3\.2 .* \| gefährdet \| 40 % \| neu \|/);
    assert.match(markdown.stdout, /- \*\*Z3\.2\*\*: Kontakte zu Betrieben/);

    const csv = await runKokobot(['report', '--meeting', 'sg-2026-12', '--format', 'csv'], env);
    assert.equal(csv.code, 0, csv.stderr);
    assert.ok(csv.stdout.startsWith('\ufeff'), 'stdout carries the same bytes as the file');
    const csvFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-report-')), 'z.csv');
    const written = await runKokobot(
      ['report', '--meeting', 'sg-2026-12', '--format', 'csv', '--out', csvFile],
      env,
    );
    assert.equal(written.code, 0, written.stderr);
    const excel = openInGermanExcel(fs.readFileSync(csvFile));
    assert.ok(excel.utf8, 'a UTF-8 byte-order mark first, so Excel reads the umlauts');
    const [header, ...rows] = excel.rows;
    assert.deepEqual(header, [
      'Handlungsfeld',
      'Ziel',
      'Titel',
      'Stand',
      'Fortschritt (%)',
      'Trend',
      'Was ist passiert',
      'Nächste Schritte',
      'Unterstützung',
      'Gemeldet am',
    ]);
    const sgGoals = demoDirectory().goals.filter((goal) => goal.body === 'sg');
    assert.equal(rows.length, sgGoals.length);
    for (const row of rows) assert.equal(row.length, header!.length, 'one cell per column');
    const z32 = rows.find((row) => row[1] === 'Z3.2')!;
    assert.equal(z32[3], 'gefährdet');
    assert.equal(z32[4], '40');
    assert.equal(z32[6], 'Börse verzögert sich');
    assert.equal(z32[7], `'=HYPERLINK("x")`, 'a formula stays text in a spreadsheet');
    assert.equal(z32[9], '30.11.2026', 'dates as TT.MM.JJJJ');
    const unanswered = rows.find((row) => row[1] !== 'Z3.2')!;
    assert.equal(unanswered[3], 'ohne Meldung');
    assert.equal(unanswered[9], '');

    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-report-')), 'z.xlsx');
    const xlsx = await runKokobot(
      ['report', '--meeting', 'sg-2026-12', '--format', 'xlsx', '--out', out],
      env,
    );
    assert.equal(xlsx.code, 0, xlsx.stderr);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('Zwischenbilanz')!;
    const values = sheet
      .getSheetValues()
      .filter(Boolean)
      .map((line) => (line as unknown[]).slice(1));
    const z31 = values.find((line) => line[1] === 'Z3.2')!;
    assert.equal(z31[3], 'gefährdet');
    assert.equal(z31[4], 40);
    assert.equal(z31[6], 'Börse verzögert sich');
    assert.equal(typeof z31[7], 'string', 'a typed formula is a text cell');
    assert.deepEqual(z31[10], new Date(Date.UTC(2026, 10, 30)), 'a date cell of the local day');

    const pdf = await runKokobot(['report', '--meeting', 'sg-2026-12', '--format', 'pdf'], env);
    assert.equal(pdf.code, 2);
    assert.match(pdf.stderr, /^--format muss md, csv oder xlsx sein, nicht „pdf“\./);
    const unknown = await runKokobot(['report', '--meeting', 'gibt-es-nicht'], env);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /^Im Verzeichnis gibt es keine Sitzung „gibt-es-nicht“\./);
  });
});
