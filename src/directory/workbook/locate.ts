import type { DirectoryMessageKey } from '../../i18n/directory';
import type { CellPlace, DirectoryProblem } from '../problems';
import type { LocatedProblem } from '../references';
import { SHEETS, type SheetSpec } from './layout';

/** Where a record of the model was read: its sheet, its row, and the file's column of each field. */
export interface RowPlace {
  sheet: SheetSpec;
  row: number;
  /** Field → column number (from 1) in this file; a column the file lacks is absent. */
  columns: ReadonlyMap<string, number>;
}

export function cellPlace(
  sheet: string,
  options: { row?: number; column?: number; title?: string } = {},
): CellPlace {
  const order = SHEETS.findIndex((spec) => spec.name === sheet);
  return { sheet, ...options, order };
}

/** The schema's words where a workbook says it otherwise (dates as TT.MM.JJJJ, „bis“ for „to“). */
const WORKBOOK_WORDING: Partial<Record<DirectoryMessageKey, DirectoryMessageKey>> = {
  'schema.date': 'workbook.date',
  'schema.date.invalid': 'workbook.date',
  'schema.dateTime': 'workbook.dateTime',
  'schema.dateTime.invalid': 'workbook.dateTime',
  'schema.boolean': 'workbook.boolean',
  'schema.chair.order': 'workbook.chair.order',
  'schema.statusRound.order': 'workbook.statusRound.order',
  'schema.reminders': 'workbook.reminders',
};

/** `people[12]` from ['people', 12]. */
export const pathKey = (path: readonly (string | number)[]) =>
  path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('');

/**
 * The places of everything read from a workbook, to turn a problem's path in the model
 * (`people[12].email`) back into the cell a person edits (`Personen!D14 (E-Mail)`).
 */
export class WorkbookPlaces {
  private readonly rows = new Map<string, RowPlace>();

  addRow(path: readonly (string | number)[], place: RowPlace): void {
    this.rows.set(pathKey(path), place);
  }

  locate(problem: LocatedProblem): DirectoryProblem {
    const key = WORKBOOK_WORDING[problem.key] ?? problem.key;
    const { path } = problem;
    for (let length = path.length; length > 0; length -= 1) {
      const place = this.rows.get(pathKey(path.slice(0, length)));
      if (!place) continue;
      const fields = path.slice(length).filter((step): step is string => typeof step === 'string');
      const spec = columnOf(place.sheet, fields);
      return {
        ...problem,
        key,
        cell: cellPlace(place.sheet.name, {
          row: place.row,
          column: spec ? place.columns.get(spec.field) : undefined,
          title: spec?.title,
        }),
      };
    }
    const section = SHEETS.find(
      (sheet) => sheet.target.kind !== 'ofBody' && sheet.target.section === path[0],
    );
    if (section) return { ...problem, key, cell: cellPlace(section.name) };
    return { ...problem, key };
  }
}

/** The column of a field path below a record: `statusRound.opens`, or the first of `statusRound`. */
function columnOf(sheet: SheetSpec, fields: string[]) {
  for (let length = fields.length; length > 0; length -= 1) {
    const field = fields.slice(0, length).join('.');
    const spec =
      sheet.columns.find((column) => column.field === field) ??
      sheet.columns.find((column) => column.field.startsWith(`${field}.`));
    if (spec) return spec;
  }
  return undefined;
}
