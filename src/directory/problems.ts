import { AppError, ErrorCodes } from '../errors';
import { directoryText, type DirectoryMessageKey } from '../i18n/directory';
import type { Language } from '../i18n/index';
import type { LocatedProblem } from './references';

/**
 * How problems with a directory file are told to the people who edit it — in `kokobot validate`
 * and `import` now, in the directory upload later: places count from 1 and name the record's id,
 * each problem carries its line, and a near miss gets „meinten Sie …?“.
 */
export interface DirectoryProblem extends LocatedProblem {
  line?: number;
  column?: number;
  /** In a workbook: the sheet, row and column instead of a line. */
  cell?: CellPlace;
  /** The id of the record at each numbered step of the path, where it has one. */
  ids?: readonly (string | undefined)[];
}

/** A place in a workbook: `Personen!D14 (E-Mail)`, `Personen, Zeile 14 (E-Mail)` or `Personen`. */
export interface CellPlace {
  sheet: string;
  /** From 1, as Excel counts; absent for a problem of the whole sheet. */
  row?: number;
  /** From 1; absent when the file lacks the column (its title still names it). */
  column?: number;
  title?: string;
  /** The sheet's place in the layout, so problems read sheet by sheet (-1: a sheet not of it). */
  order: number;
}

/** `D` for 4, `AA` for 27. */
export function columnLetters(column: number): string {
  let text = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    text = String.fromCharCode(65 + ((rest - 1) % 26)) + text;
  return text;
}

function cellOf(cell: CellPlace, language: Language): string {
  const title = cell.title ? ` (${cell.title})` : '';
  if (cell.row === undefined) return `${cell.sheet}${title}`;
  if (cell.column === undefined)
    return `${directoryText(language, 'place.row', { sheet: cell.sheet, row: cell.row })}${title}`;
  return `${cell.sheet}!${columnLetters(cell.column)}${cell.row}${title}`;
}

const SECTIONS = new Set([
  'organisation',
  'actors',
  'people',
  'bodies',
  'fields',
  'goals',
  'meetings',
]);

function placeOf(problem: DirectoryProblem, language: Language): string {
  const t = (key: DirectoryMessageKey, params?: Record<string, string | number>) =>
    directoryText(language, key, params);
  const parts: string[] = [];
  problem.path.forEach((step, index) => {
    if (typeof step === 'number') {
      const id = problem.ids?.[index];
      const numbered = `${t('place.number', { number: step + 1 })}${id ? ` (${id})` : ''}`;
      if (parts.length === 0) parts.push(numbered);
      else parts[parts.length - 1] += ` ${numbered}`;
    } else if (index === 0 && SECTIONS.has(step)) {
      parts.push(t(`section.${step}` as DirectoryMessageKey));
    } else {
      parts.push(t('key.quoted', { key: step }));
    }
  });
  return parts.join(', ');
}

/** `Zeile 145, Personen Nr. 1 (ahoffmann), „role“: darf nicht leer sein`. */
export function formatProblem(problem: DirectoryProblem, language: Language): string {
  const where: string[] = [];
  if (problem.cell) where.push(cellOf(problem.cell, language));
  else if (problem.line !== undefined)
    where.push(
      problem.column === undefined
        ? directoryText(language, 'place.line', { line: problem.line })
        : directoryText(language, 'place.column', { line: problem.line, column: problem.column }),
    );
  const place = problem.cell ? '' : placeOf(problem, language);
  if (place) where.push(place);
  if (where.length === 0) where.push(directoryText(language, 'place.file'));
  const message = directoryText(language, problem.key, problem.params);
  const suggestion = problem.suggestion
    ? ` – ${directoryText(language, 'suggestion', { suggestion: problem.suggestion })}`
    : '';
  return `${where.join(', ')}: ${message}${suggestion}`;
}

/** „17 Institutionen, 25 Personen, …“ for an import or validation summary. */
export function formatCounts(counts: Record<string, number>, language: Language): string {
  return Object.entries(counts)
    .map(([section, count]) => {
      const key = `count.${section}` as DirectoryMessageKey;
      return directoryText(language, key, { count });
    })
    .join(', ');
}

export type DirectoryFileRefusal =
  | { kind: 'sentence'; key: DirectoryMessageKey; params: Record<string, string | number> }
  | { kind: 'problems'; problems: DirectoryProblem[] };

/**
 * A directory file that cannot be used: one sentence (missing, too large, not UTF-8) or its list of
 * problems. The message is English for logs; people read `describeRefusal` in their language.
 */
export class DirectoryFileError extends AppError {
  readonly file: string;
  readonly refusal: DirectoryFileRefusal;

  constructor(file: string, refusal: DirectoryFileRefusal) {
    const lines = describeRefusal({ file, refusal }, { language: 'en', action: 'import' });
    super(
      refusal.kind === 'sentence' && refusal.key === 'file.missing'
        ? ErrorCodes.DIRECTORY_MISSING
        : ErrorCodes.DIRECTORY_INVALID,
      lines[0]!,
      { details: lines.slice(1) },
    );
    this.name = 'DirectoryFileError';
    this.file = file;
    this.refusal = refusal;
  }
}

/**
 * The refusal as lines for a person: the headline, then one line per problem. Only an import says
 * that nothing was imported; a validation imports nothing anyway.
 */
export function describeRefusal(
  error: Pick<DirectoryFileError, 'file' | 'refusal'>,
  options: { language: Language; action: 'validate' | 'import' },
): string[] {
  const { refusal, file } = error;
  const { language } = options;
  if (refusal.kind === 'sentence') {
    const numbers = new Intl.NumberFormat(language, {
      maximumFractionDigits: 1,
      useGrouping: false,
    });
    const params = Object.fromEntries(
      Object.entries(refusal.params).map(([name, value]) => [
        name,
        typeof value === 'number' ? numbers.format(value) : value,
      ]),
    );
    return [directoryText(language, refusal.key, { ...params, file })];
  }
  const count = refusal.problems.length;
  const headline: DirectoryMessageKey = `refusal.${options.action}`;
  return [
    directoryText(language, headline, { file, count }),
    ...refusal.problems.map((problem) => formatProblem(problem, language)),
  ];
}
