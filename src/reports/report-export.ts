import { DateTime } from 'luxon';
import {
  ARCHIVED,
  GOAL_COLUMNS,
  NO_ANSWER,
  reportCsv,
  reportMarkdown,
  STATUS_LABEL,
  TREND,
  type Zwischenbilanz,
} from './report';
import { GOAL_STATUSES, type GoalStatus } from '../status/submission';

/** The file formats the Zwischenbilanz is exported in (for the council committee and the chairs). */
export const REPORT_FORMATS = ['md', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Fill colours of the status cell (ARGB), close to Teams' Good / Warning / Attention / Accent. */
const STATUS_FILL: Record<GoalStatus, string> = {
  'on-track': 'FFC6EFCE',
  'at-risk': 'FFFFEB9C',
  delayed: 'FFFFC7CE',
  done: 'FFBDD7EE',
  paused: 'FFE7E6E6',
};

/**
 * The local calendar day of an ISO time as an Excel date: Excel dates have no time zone, and
 * exceljs writes a Date's UTC fields, so the organisation's local day goes in as UTC midnight.
 */
function excelDate(iso: string, timeZone: string): Date {
  const local = DateTime.fromISO(iso, { zone: timeZone });
  return new Date(Date.UTC(local.year, local.month - 1, local.day));
}

/** An Excel workbook: one sheet with a row per goal, status cells coloured, texts as text. */
export async function reportXlsx(
  report: Zwischenbilanz,
  options: { title: string; timeZone: string },
): Promise<Buffer> {
  const { title } = options;
  // Loaded on the first download only: exceljs is large (~8 MB of heap) and rarely needed.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'kokobot';
  const sheet = workbook.addWorksheet('Zwischenbilanz');
  sheet.addRow([`Zwischenbilanz: ${title}`]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  const header = sheet.addRow([...GOAL_COLUMNS, 'In dieser Runde gemeldet', 'Gemeldet am']);
  header.font = { bold: true };
  for (const section of report.sections) {
    for (const line of section.lines) {
      const latest = line.latest;
      // Every text is written as a string cell: nothing a user typed becomes a formula.
      const row = sheet.addRow([
        section.fieldName,
        line.goal.id,
        line.archived ? `${line.goal.title} (${ARCHIVED})` : line.goal.title,
        latest ? STATUS_LABEL[latest.status] : NO_ANSWER,
        latest ? latest.progress : null,
        line.trend ? TREND[line.trend] : '',
        latest?.happened ?? '',
        latest?.nextSteps ?? '',
        latest?.supportNeeded ? latest.supportText : '',
        line.answeredThisRound ? 'ja' : 'nein',
        latest ? excelDate(latest.at, options.timeZone) : null,
      ]);
      if (latest && GOAL_STATUSES.includes(latest.status))
        row.getCell(4).fill = {
          type: 'pattern',
          pattern: 'solid',
          fgColor: { argb: STATUS_FILL[latest.status] },
        };
      row.alignment = { vertical: 'top', wrapText: true };
      row.getCell(11).numFmt = 'dd.mm.yyyy';
    }
  }
  const widths = [24, 8, 40, 12, 14, 8, 40, 40, 30, 12, 22];
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function exportReport(
  report: Zwischenbilanz,
  options: { title: string; format: ReportFormat; timeZone: string },
): Promise<Buffer> {
  const { title, format } = options;
  switch (format) {
    case 'md':
      return Buffer.from(reportMarkdown(report, title), 'utf8');
    case 'csv':
      // A UTF-8 byte-order mark, so Excel reads the umlauts as UTF-8 (it guesses ANSI without).
      return Buffer.from(`\ufeff${reportCsv(report, { timeZone: options.timeZone })}`, 'utf8');
    case 'xlsx':
      return reportXlsx(report, { title, timeZone: options.timeZone });
  }
}
