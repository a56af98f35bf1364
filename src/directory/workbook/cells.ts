import type { CellValue } from 'exceljs';
import type { DirectoryMessageKey } from '../../i18n/directory';
import type { CellKind } from './layout';

/**
 * One cell's value both ways. Excel dates have no time zone: exceljs reads and writes a Date's UTC
 * fields as the wall time, so a local date or date-time goes in and comes out as UTC fields.
 * Values that cannot be understood are passed on as text, for the schema to word the problem.
 */

export type CellRead =
  | { kind: 'empty' }
  | { kind: 'value'; value: unknown }
  | { kind: 'problem'; key: DirectoryMessageKey; params?: Record<string, string> };

const EMPTY: CellRead = { kind: 'empty' };
const value = (read: unknown): CellRead => ({ kind: 'value', value: read });

const NONE_WORDS = new Set(['keine', 'keiner', 'none', '-']);
const TRUE_WORDS = new Set(['ja', 'x', 'true', 'wahr', 'yes', 'j', '1']);
const FALSE_WORDS = new Set(['nein', 'false', 'falsch', 'no', 'n', '0']);

const pad = (number: number, width = 2) => String(number).padStart(width, '0');

/** Excel's day 0 (1899-12-30), in the 1900 date system every current workbook uses. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 24 * 60 * 60 * 1000;

function serialToDate(serial: number): Date {
  // Rounded to the second: serials are floats, and 10:00 may come back as 09:59:59.9999.
  return new Date(Math.round((EXCEL_EPOCH + serial * DAY) / 1000) * 1000);
}

function isoDate(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function clock(date: Date): string {
  const seconds = date.getUTCSeconds();
  return `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}${seconds ? `:${pad(seconds)}` : ''}`;
}

/** `31.3.2027` or `31.03.2027` as `2027-03-31`; anything else unchanged. */
function germanDate(text: string): string {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  return match ? `${match[3]}-${pad(Number(match[2]))}-${pad(Number(match[1]))}` : text;
}

/** `31.03.2027 10:00`, `2027-03-31 10:00` or `2027-03-31T10:00` as `2027-03-31T10:00`. */
function textDateTime(text: string): string {
  const match = /^(\S+)[ T]+(\d{1,2}):(\d{2})(:\d{2})?$/.exec(text);
  if (!match) return text;
  return `${germanDate(match[1]!)}T${pad(Number(match[2]))}:${match[3]}${match[4] ?? ''}`;
}

/** `9:00` as `09:00`. */
function textTime(text: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text);
  return match ? `${pad(Number(match[1]))}:${match[2]}` : text;
}

/** Splits at single `;`; a doubled `;;` is a `;` of the item. Items are trimmed, empty ones dropped. */
export function splitList(text: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char !== ';') current += char;
    else if (text[index + 1] === ';') {
      current += ';';
      index += 1;
    } else {
      items.push(current);
      current = '';
    }
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

export function joinList(items: readonly string[]): string {
  return items.map((item) => item.replace(/;/g, ';;')).join('; ');
}

type Plain = string | number | boolean | Date | undefined | { error: string };

/** The plain value behind formulas, rich text and links; undefined for an empty cell. */
function plain(cell: unknown): Plain {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell !== 'object' || cell instanceof Date) return cell as Plain;
  if ('error' in cell) return { error: String(cell.error) };
  if ('richText' in cell && Array.isArray(cell.richText))
    return cell.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join('');
  if ('formula' in cell || 'sharedFormula' in cell)
    return plain((cell as { result?: unknown }).result);
  if ('text' in cell) return plain(cell.text);
  return undefined;
}

function asText(cell: string | number | boolean | Date): string {
  if (cell instanceof Date) return isoDate(cell);
  return String(cell).trim();
}

/** Reads a cell as its column's kind wants it. */
export function readCell(raw: CellValue, kind: CellKind): CellRead {
  const cell = plain(raw);
  if (cell === undefined || cell === null) return EMPTY;
  if (typeof cell === 'object' && !(cell instanceof Date))
    return { kind: 'problem', key: 'workbook.cellError', params: { error: cell.error } };
  if (typeof cell === 'string' && cell.trim() === '') return EMPTY;
  switch (kind) {
    case 'text':
      return value(asText(cell));
    case 'list':
    case 'listOrNone': {
      const text = asText(cell);
      if (kind === 'listOrNone' && NONE_WORDS.has(text.toLowerCase())) return value([]);
      return value(splitList(text));
    }
    case 'date':
      if (cell instanceof Date) return value(isoDate(cell));
      if (typeof cell === 'number') return value(isoDate(serialToDate(cell)));
      return value(germanDate(asText(cell)));
    case 'dateTime': {
      const date = typeof cell === 'number' ? serialToDate(cell) : cell;
      if (date instanceof Date) return value(`${isoDate(date)}T${clock(date)}`);
      return value(textDateTime(asText(date)));
    }
    case 'time': {
      const date = typeof cell === 'number' ? serialToDate(cell) : cell;
      if (date instanceof Date) return value(clock(date));
      return value(textTime(asText(date)));
    }
    case 'boolean': {
      if (typeof cell === 'boolean') return value(cell);
      const word = asText(cell).toLowerCase();
      if (TRUE_WORDS.has(word)) return value(true);
      if (FALSE_WORDS.has(word)) return value(false);
      return { kind: 'problem', key: 'workbook.boolean' };
    }
  }
}

/** A local `2027-03-31` or `2027-03-31T10:00` as the Date exceljs writes as that wall time. */
function utcDate(iso: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(iso);
  if (!match) return undefined;
  const [, year, month, day, hour = '0', minute = '0'] = match;
  return new Date(Date.UTC(+year!, +month! - 1, +day!, +hour, +minute));
}

export interface CellWrite {
  value: string | boolean | Date | null;
  numFmt?: string;
}

/**
 * A field's value as a cell. Texts stay string cells (nothing typed becomes a formula); a
 * date-time with seconds stays text, so it reads back exactly as written.
 */
export function writeCell(field: unknown, kind: CellKind): CellWrite {
  if (field === undefined || field === null) return { value: null };
  switch (kind) {
    case 'list':
    case 'listOrNone': {
      const items = field as string[];
      if (items.length === 0) return { value: kind === 'listOrNone' ? 'keine' : null };
      return { value: joinList(items) };
    }
    case 'date':
    case 'dateTime': {
      const date = utcDate(String(field));
      if (!date) return { value: String(field) };
      return { value: date, numFmt: kind === 'date' ? 'dd.mm.yyyy' : 'dd.mm.yyyy hh:mm' };
    }
    case 'boolean':
      return { value: field ? 'ja' : 'nein' };
    default:
      return { value: String(field) };
  }
}
