import type { Workbook, Worksheet } from 'exceljs';
import type { DirectoryProblem } from '../problems';
import { nearest } from '../references';
import { readCell } from './cells';
import {
  BODY_FIELD,
  columnTitled,
  HINTS_SHEET,
  sheetNamed,
  SHEETS,
  type SheetSpec,
} from './layout';
import { cellPlace, WorkbookPlaces } from './locate';

type Row = Record<string, unknown>;

/** What a workbook holds, before validation: the plain object the schema checks, and its places. */
export interface WorkbookData {
  data: Row;
  places: WorkbookPlaces;
  /** Problems of the workbook itself: unknown sheets and columns, cells that cannot be read. */
  problems: DirectoryProblem[];
}

interface ReadRow {
  row: number;
  record: Row;
}

interface ReadSheet {
  spec: SheetSpec;
  columns: Map<string, number>;
  rows: ReadRow[];
}

/** Sets `statusRound.opens` as a nested object. */
function setField(record: Row, field: string, value: unknown): void {
  const keys = field.split('.');
  let node = record;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Row;
  node[keys[keys.length - 1]!] = value;
}

function readHeader(sheet: Worksheet, spec: SheetSpec, problems: DirectoryProblem[]) {
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, number) => {
    const title = String(cell.text ?? '').trim();
    if (title === '') return;
    const at = cellPlace(spec.name, { row: 1, column: number });
    const column = columnTitled(spec, title);
    if (!column) {
      const titles = spec.columns.map((candidate) => candidate.title);
      problems.push({
        path: [],
        cell: at,
        key: 'workbook.unknownColumn',
        params: { column: title },
        suggestion: nearest(title, titles),
      });
    } else if (columns.has(column.field)) {
      problems.push({ path: [], cell: at, key: 'workbook.columnTwice', params: { column: title } });
    } else {
      columns.set(column.field, number);
    }
  });
  return columns;
}

function readSheet(sheet: Worksheet, spec: SheetSpec, problems: DirectoryProblem[]): ReadSheet {
  const columns = readHeader(sheet, spec, problems);
  const rows: ReadRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const record: Row = {};
    let filled = false;
    for (const column of spec.columns) {
      const at = columns.get(column.field);
      if (at === undefined) continue;
      const read = readCell(row.getCell(at).value, column.kind);
      if (read.kind === 'empty') continue;
      filled = true;
      if (read.kind === 'value') setField(record, column.field, read.value);
      else
        problems.push({
          path: [],
          cell: cellPlace(spec.name, { row: number, column: at, title: column.title }),
          key: read.key,
          params: read.params,
        });
    }
    if (filled) rows.push({ row: number, record });
  });
  return { spec, columns, rows };
}

/** Chairs and series rows hung onto the body their „Gremium“ cell names. */
function attachToBodies(read: ReadSheet, bodies: Row[], workbook: WorkbookData): void {
  const { spec } = read;
  if (spec.target.kind !== 'ofBody') return;
  const { key, many } = spec.target;
  const bodyIds = bodies.map((body) => (typeof body.id === 'string' ? body.id : ''));
  const seen = new Map<number, number>();
  for (const { row, record } of read.rows) {
    const { [BODY_FIELD]: id, ...nested } = record;
    const index = typeof id === 'string' ? bodyIds.indexOf(id) : -1;
    if (index < 0) {
      const bodyColumn = spec.columns.find((column) => column.field === BODY_FIELD)!;
      workbook.problems.push({
        path: [],
        cell: cellPlace(spec.name, {
          row,
          column: read.columns.get(BODY_FIELD),
          title: bodyColumn.title,
        }),
        ...(typeof id === 'string'
          ? { key: 'ref.body', params: { value: id }, suggestion: nearest(id, bodyIds) }
          : { key: 'schema.missing' }),
      });
      continue;
    }
    const body = bodies[index]!;
    const place = { sheet: spec, row, columns: read.columns };
    if (many) {
      const list = ((body[key] as Row[] | undefined) ??= []);
      workbook.places.addRow(['bodies', index, key, list.length], place);
      list.push(nested);
    } else if (seen.has(index)) {
      workbook.problems.push({
        path: [],
        cell: cellPlace(spec.name, { row, column: read.columns.get(BODY_FIELD) }),
        key: 'workbook.scheduleTwice',
        params: { id: String(id), row: seen.get(index)! },
      });
    } else {
      seen.set(index, row);
      workbook.places.addRow(['bodies', index, key], place);
      body[key] = nested;
    }
  }
}

/**
 * The plain directory object of a loaded workbook, every record placed at its row. Sheets may
 * stand in any order and columns in any order; the „Hinweise“ sheet is not read.
 */
export function workbookData(workbook: Workbook): WorkbookData {
  const result: WorkbookData = { data: {}, places: new WorkbookPlaces(), problems: [] };
  const sheets: ReadSheet[] = [];
  for (const sheet of workbook.worksheets) {
    const name = sheet.name.trim();
    if (name.toLowerCase() === HINTS_SHEET.toLowerCase()) continue;
    const spec = sheetNamed(name);
    if (!spec || sheets.some((read) => read.spec === spec)) {
      result.problems.push({
        path: [],
        cell: cellPlace(sheet.name),
        key: 'workbook.unknownSheet',
        params: { sheet: sheet.name, sheets: SHEETS.map((known) => known.name).join(', ') },
        suggestion: nearest(
          name,
          SHEETS.map((candidate) => candidate.name),
        ),
      });
      continue;
    }
    sheets.push(readSheet(sheet, spec, result.problems));
  }
  for (const read of sheets) {
    const { target } = read.spec;
    const place = (row: number) => ({ sheet: read.spec, row, columns: read.columns });
    if (target.kind === 'single') {
      result.data.organisation = read.rows[0]?.record ?? {};
      result.places.addRow([target.section], place(read.rows[0]?.row ?? 2));
      for (const extra of read.rows.slice(1))
        result.problems.push({
          path: [],
          cell: cellPlace(read.spec.name, { row: extra.row }),
          key: 'workbook.oneRow',
        });
    } else if (target.kind === 'records') {
      result.data[target.section] = read.rows.map(({ record }) => record);
      read.rows.forEach(({ row }, index) =>
        result.places.addRow([target.section, index], place(row)),
      );
    }
  }
  const bodies = (result.data.bodies ?? []) as Row[];
  for (const read of sheets) attachToBodies(read, bodies, result);
  return result;
}
