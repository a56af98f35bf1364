import type { Workbook, Worksheet } from 'exceljs';
import type { Directory } from '../model';
import { writeCell } from './cells';
import { BODY_FIELD, GENERAL_HINTS, HINTS_SHEET, SHEETS, type SheetSpec } from './layout';

type Row = Record<string, unknown>;

/** `statusRound.opens` of a record. */
function fieldOf(record: Row, field: string): unknown {
  return field
    .split('.')
    .reduce<unknown>(
      (node, key) => (node !== null && typeof node === 'object' ? (node as Row)[key] : undefined),
      record,
    );
}

/** The records one sheet holds, in the order of the directory. */
function rowsOf(sheet: SheetSpec, directory: Directory): Row[] {
  const { target } = sheet;
  switch (target.kind) {
    case 'single':
      return [directory.organisation];
    case 'records':
      return directory[target.section] as Row[];
    case 'ofBody':
      return directory.bodies.flatMap((body) => {
        const nested = body[target.key];
        const list: object[] =
          nested === undefined ? [] : Array.isArray(nested) ? nested : [nested];
        return list.map((record) => ({ ...record, [BODY_FIELD]: body.id }));
      });
  }
}

function writeHints(workbook: Workbook): void {
  const sheet = workbook.addWorksheet(HINTS_SHEET);
  sheet.columns = [{ width: 22 }, { width: 24 }, { width: 90 }];
  sheet.addRow(['Verzeichnis der Kommunalen Koordinierungsstelle']).font = { bold: true, size: 14 };
  for (const line of GENERAL_HINTS) sheet.addRow([line]);
  sheet.addRow([]);
  sheet.addRow(['Blatt', 'Spalte', 'Bedeutung']).font = { bold: true };
  for (const spec of SHEETS) {
    sheet.addRow([spec.name, '', spec.hint]).font = { bold: true };
    for (const column of spec.columns) sheet.addRow([spec.name, column.title, column.hint]);
  }
  sheet.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
}

function writeSheet(workbook: Workbook, spec: SheetSpec, directory: Directory): Worksheet {
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((column) => ({ width: column.width }));
  const header = sheet.addRow(spec.columns.map((column) => column.title));
  header.font = { bold: true };
  for (const record of rowsOf(spec, directory)) {
    const row = sheet.addRow([]);
    spec.columns.forEach((column, index) => {
      const cell = row.getCell(index + 1);
      const written = writeCell(fieldOf(record, column.field), column.kind);
      cell.value = written.value;
      if (written.numFmt) cell.numFmt = written.numFmt;
    });
    row.alignment = { vertical: 'top', wrapText: true };
  }
  return sheet;
}

/** The directory as an Excel workbook: the „Hinweise“ sheet, then one sheet per section. */
export async function writeWorkbook(directory: Directory): Promise<Buffer> {
  // Loaded on use only: exceljs is large (~8 MB of heap) and rarely needed.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'kokobot';
  writeHints(workbook);
  for (const spec of SHEETS) writeSheet(workbook, spec, directory);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
