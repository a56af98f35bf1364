/**
 * The directory as an Excel workbook (`layout.ts`): written from a directory, and read back into
 * the plain object the YAML parser validates, with the same schema and reference checks and every
 * problem placed at its sheet and cell.
 */
import { MAX_DIRECTORY_BYTES } from '../limits';
import { validateDirectoryData, type ParseResult } from '../parse';
import { formatProblem, type DirectoryProblem } from '../problems';
import { workbookData } from './read';
import { unzippedSize } from './unzipped-size';

export { writeWorkbook } from './write';

/**
 * How large a workbook may unpack to. The sheets' XML is a few times the YAML text it carries, so
 * ten times the file limit holds any directory the YAML limit does.
 */
export const MAX_UNZIPPED_BYTES = 10 * MAX_DIRECTORY_BYTES;

/** The workbook unpacks to more than MAX_UNZIPPED_BYTES. */
export class WorkbookTooLarge extends Error {
  constructor(readonly unzipped: number) {
    super(`the workbook unpacks to ${unzipped} bytes`);
    this.name = 'WorkbookTooLarge';
  }
}

/** The bytes are no workbook exceljs can open (not a zip, or not an Office Open XML workbook). */
export class UnreadableWorkbook extends Error {
  constructor(readonly reason: string) {
    super(`not a readable .xlsx workbook: ${reason}`);
    this.name = 'UnreadableWorkbook';
  }
}

const sameCell = (a: DirectoryProblem, b: DirectoryProblem) =>
  a.cell !== undefined &&
  b.cell !== undefined &&
  a.cell.sheet === b.cell.sheet &&
  a.cell.row === b.cell.row &&
  a.cell.column === b.cell.column;

function refused(problems: DirectoryProblem[]): ParseResult {
  // Sheet by sheet in the layout's order, then row by row, then column by column.
  const sorted = [...problems].sort(
    (a, b) =>
      (a.cell?.order ?? -2) - (b.cell?.order ?? -2) ||
      (a.cell?.row ?? 0) - (b.cell?.row ?? 0) ||
      (a.cell?.column ?? 0) - (b.cell?.column ?? 0),
  );
  return {
    ok: false,
    problems: sorted,
    errors: sorted.map((problem) => formatProblem(problem, 'en')),
  };
}

/** Reads and validates a workbook; every problem at once, each at its cell, or the directory. */
export async function parseWorkbook(bytes: Uint8Array): Promise<ParseResult> {
  const unzipped = unzippedSize(bytes) ?? 0;
  if (unzipped > MAX_UNZIPPED_BYTES) throw new WorkbookTooLarge(unzipped);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableWorkbook(error instanceof Error ? error.message : String(error));
  }
  const read = workbookData(workbook);
  const result = validateDirectoryData(read.data);
  if (result.ok && read.problems.length === 0) return result;
  // A cell that could not be read is told once, not again as „fehlt“ by the schema.
  const validation = result.ok ? [] : result.problems.map((problem) => read.places.locate(problem));
  return refused([
    ...read.problems,
    ...validation.filter((problem) => !read.problems.some((own) => sameCell(own, problem))),
  ]);
}
