import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { MAX_DIRECTORY_BYTES, readDirectoryFile } from '../../src/directory/import';
import type { Directory } from '../../src/directory/model';
import { parseDirectory } from '../../src/directory/parse';
import { describeRefusal, DirectoryFileError } from '../../src/directory/problems';
import { MAX_UNZIPPED_BYTES, parseWorkbook, writeWorkbook } from '../../src/directory/workbook';
import { SHEETS } from '../../src/directory/workbook/layout';
import { directoryYaml } from '../../src/directory/yaml-write';
import { demoDirectory } from '../support/demo';
import { generateDirectory } from '../questions/generated/evaluate';

/**
 * The directory as an Excel workbook: the same model as the YAML file, both ways, and a broken
 * workbook told cell by cell („Personen!D14 (E-Mail): …“) with every problem at once.
 */
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-xlsx-'));

async function workbookFile(directory: Directory, edit?: (book: ExcelJS.Workbook) => void) {
  const file = path.join(tmp(), 'verzeichnis.xlsx');
  fs.writeFileSync(file, await writeWorkbook(directory));
  if (edit) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    edit(book);
    await book.xlsx.writeFile(file);
  }
  return file;
}

/** The lines a person reads for a refused file. */
async function refusal(file: string, language: 'de' | 'en' = 'de'): Promise<string[]> {
  const error = await readDirectoryFile(file).then(
    () => assert.fail('the workbook is refused'),
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof DirectoryFileError, String(error));
  return describeRefusal(error, { language, action: 'import' });
}

const sheet = (book: ExcelJS.Workbook, name: string) => book.getWorksheet(name)!;

describe('the directory as an Excel workbook', function () {
  this.timeout(60_000);

  it('when the demo directory goes YAML → Excel → YAML, then it is the same directory', async () => {
    const demo = demoDirectory();
    const file = await workbookFile(demo);
    const fromExcel = await readDirectoryFile(file);
    assert.deepEqual(fromExcel, demo);
    const again = parseDirectory(directoryYaml(fromExcel));
    assert.ok(again.ok, again.ok ? '' : again.errors.join('\n'));
    assert.deepEqual(again.directory, demo);
  });

  for (const seed of [3, 17, 2024]) {
    it(`when the generated directory of seed ${seed} goes YAML → Excel → YAML, then it is the same directory`, async () => {
      const parsed = parseDirectory(generateDirectory(seed).yaml);
      assert.ok(parsed.ok);
      assert.ok(
        parsed.directory.bodies.some((body) => body.schedule),
        'the generated directory has series',
      );
      const file = await workbookFile(parsed.directory);
      assert.deepEqual(await readDirectoryFile(file), parsed.directory);
    });
  }

  it('when a workbook is written, then its sheets and header rows are the layout, dates are real Excel dates, lists use ;, and „Hinweise“ explains every column', async () => {
    const file = await workbookFile(demoDirectory());
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    assert.deepEqual(
      book.worksheets.map((worksheet) => worksheet.name),
      ['Hinweise', ...SHEETS.map((spec) => spec.name)],
    );
    for (const spec of SHEETS)
      assert.deepEqual(
        (sheet(book, spec.name).getRow(1).values as unknown[]).slice(1),
        spec.columns.map((column) => column.title),
      );
    const chairs = sheet(book, 'Vorsitze');
    assert.deepEqual((chairs.getRow(2).values as unknown[]).slice(1, 3), ['sg', 'jmueller']);
    assert.ok(chairs.getCell('C2').value instanceof Date, 'von is an Excel date');
    assert.equal(chairs.getCell('C2').numFmt, 'dd.mm.yyyy');
    const meeting = sheet(book, 'Sitzungen').getCell('C2').value;
    assert.ok(meeting instanceof Date, 'Beginn is an Excel date-time');
    assert.equal(
      sheet(book, 'Institutionen').getCell('C2').value,
      'KoKo; Koordinierungsstelle; KoKo Bochum',
    );
    assert.equal(sheet(book, 'Personen').getCell('G2').value, 'ja');
    const hints = sheet(book, 'Hinweise')
      .getSheetValues()
      .map((row) => (Array.isArray(row) ? row.slice(1, 3).join(' ') : ''));
    for (const spec of SHEETS)
      for (const column of spec.columns)
        assert.ok(hints.includes(`${spec.name} ${column.title}`), `${spec.name}: ${column.title}`);
  });

  it('when a workbook has a wrong e-mail, an unknown owner, a bad date and an unknown sheet, then every problem is told at its sheet and cell', async () => {
    const file = await workbookFile(demoDirectory(), (book) => {
      sheet(book, 'Personen').getCell('D14').value = 'keine-adresse';
      sheet(book, 'Ziele').getCell('F3').value = 'mmeier';
      sheet(book, 'Ziele').getCell('H4').value = '31.02.2027';
      book.addWorksheet('Persnen');
    });
    const lines = await refusal(file);
    assert.deepEqual(lines, [
      `${file} hat 4 Fehler; nichts wurde importiert:`,
      'Persnen: unbekanntes Tabellenblatt (die Blätter heißen Organisation, Institutionen, Personen, Gremien, Vorsitze, Handlungsfelder, Ziele, Sitzungen, Serien) – meinten Sie „Personen“?',
      'Personen!D14 (E-Mail): ist keine E-Mail-Adresse',
      'Ziele!F3 (Verantwortlich): keine Person „mmeier“',
      'Ziele!H4 (Fällig): ist kein Datum (erwartet ein Excel-Datum oder TT.MM.JJJJ, z. B. 31.03.2027)',
    ]);
    const english = await refusal(file, 'en');
    assert.match(english[2]!, /^Personen!D14 \(E-Mail\): not an e-mail address$/);
    assert.match(english[3]!, /^Ziele!F3 \(Verantwortlich\): no person "mmeier"/);
  });

  it('when cells hold unknown columns, unreadable yes/no, chairs of an unknown body or a second series, then each is told at its cell', async () => {
    const generated = parseDirectory(generateDirectory(3).yaml);
    assert.ok(generated.ok);
    let second = 0;
    const file = await workbookFile(generated.directory, (book) => {
      const people = sheet(book, 'Personen');
      people.getCell('I1').value = 'Telefon';
      people.getCell('G3').value = 'vielleicht';
      sheet(book, 'Vorsitze').getCell('A2').value = 'nirgends';
      const series = sheet(book, 'Serien');
      second = series.addRow((series.getRow(2).values as unknown[]).slice(1)).number;
      sheet(book, 'Gremien').getCell('G2').value = 'P7X';
    });
    const lines = await refusal(file);
    assert.deepEqual(lines.slice(1), [
      'Personen!I1: unbekannte Spalte „Telefon“',
      'Personen!G3 (Koordination): muss „ja“ oder „nein“ sein',
      'Gremien!G2 (Erinnerungen): ist keine positive ISO-8601-Dauer (z. B. P7D, P1D, PT2H)',
      'Vorsitze!A2 (Gremium): kein Gremium „nirgends“',
      `Serien!A${second}: das Gremium „${generated.directory.bodies.find((body) => body.schedule)!.id}“ hat schon eine Serie (Zeile 2)`,
    ]);
  });

  it('when dates, date-times and yes/no are typed as text, then TT.MM.JJJJ, ISO, x and true are read as the YAML file would have them', async () => {
    const demo = demoDirectory();
    const file = await workbookFile(demo, (book) => {
      sheet(book, 'Vorsitze').getCell('C2').value = '1.1.2025';
      sheet(book, 'Vorsitze').getCell('D2').value = '2025-12-31';
      sheet(book, 'Sitzungen').getCell('C2').value = demo.meetings[0]!.start.replace(
        /^(\d{4})-(\d{2})-(\d{2})T/,
        '$3.$2.$1 ',
      );
      sheet(book, 'Sitzungen').getCell('D2').value = demo.meetings[0]!.end;
      sheet(book, 'Personen').getCell('G2').value = 'x';
      sheet(book, 'Personen').getCell('G3').value = true;
      sheet(book, 'Personen').getCell('G4').value = 'TRUE';
    });
    assert.deepEqual(await readDirectoryFile(file), demo);
  });

  it('when a list item holds a ; or a body sends no reminders, then the workbook carries it unchanged', async () => {
    const demo = demoDirectory();
    demo.meetings[0]!.agenda = ['Bericht; Aussprache', 'Verschiedenes;'];
    demo.bodies[0]!.reminders = [];
    demo.bodies[0]!.statusRound = { opens: 'P14D', reminder: 'P5D', report: 'P2D' };
    const file = await workbookFile(demo);
    assert.deepEqual(await readDirectoryFile(file), demo);
  });

  it('when the Organisation sheet is missing, then the sheet is named as missing', async () => {
    const file = await workbookFile(demoDirectory(), (book) =>
      book.removeWorksheet(sheet(book, 'Organisation').id),
    );
    assert.deepEqual((await refusal(file)).slice(1), ['Organisation: fehlt']);
  });

  it('when a file is no workbook or larger than the limit, then one sentence says so', async () => {
    const notExcel = path.join(tmp(), 'kaputt.xlsx');
    fs.writeFileSync(notExcel, 'organisation: nein');
    assert.deepEqual(await refusal(notExcel), [
      `Die Datei ${notExcel} lässt sich nicht als Excel-Arbeitsmappe (.xlsx) lesen.`,
    ]);
    const large = path.join(tmp(), 'gross.xlsx');
    fs.writeFileSync(large, Buffer.alloc(MAX_DIRECTORY_BYTES + 1));
    assert.match(
      (await refusal(large))[0]!,
      /ist 5,1 MB groß; kokobot liest Verzeichnisdateien bis 5 MB/,
    );
  });

  it('when a small workbook would unpack to more than the limit, then one sentence says so before it is unpacked', async () => {
    const zip = new JSZip();
    zip.file('xl/worksheets/sheet1.xml', Buffer.alloc(MAX_UNZIPPED_BYTES + 1));
    const bomb = path.join(tmp(), 'bombe.xlsx');
    fs.writeFileSync(bomb, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    assert.ok(fs.statSync(bomb).size < MAX_DIRECTORY_BYTES);
    assert.deepEqual(await refusal(bomb), [
      `Die Arbeitsmappe ${bomb} ist entpackt 50,1 MB groß; kokobot liest Arbeitsmappen bis 50 MB entpackt.`,
    ]);
  });

  it('when a column the records need is missing, then each row says what is missing without a cell', async () => {
    const file = await workbookFile(demoDirectory(), (book) => {
      sheet(book, 'Handlungsfelder').spliceColumns(4, 1);
    });
    assert.deepEqual((await refusal(file)).slice(1), [
      'Handlungsfelder, Zeile 2 (Beschreibung): fehlt',
      'Handlungsfelder, Zeile 3 (Beschreibung): fehlt',
      'Handlungsfelder, Zeile 4 (Beschreibung): fehlt',
      'Handlungsfelder, Zeile 5 (Beschreibung): fehlt',
    ]);
  });

  it('when the same bytes are parsed in memory, then the result carries the problems worded in English for logs', async () => {
    const file = await workbookFile(demoDirectory(), (book) => {
      sheet(book, 'Personen').getCell('D14').value = 'x';
    });
    const result = await parseWorkbook(fs.readFileSync(file));
    assert.ok(!result.ok);
    assert.deepEqual(result.errors, ['Personen!D14 (E-Mail): not an e-mail address']);
  });
});
