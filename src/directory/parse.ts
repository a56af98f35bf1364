import {
  isMap,
  isNode,
  isScalar,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type YAMLError,
} from 'yaml';
import { z } from 'zod';
import { isDirectoryMessageKey, type DirectoryMessageKey } from '../i18n/directory';
import type { Directory } from './model';
import { formatProblem, type DirectoryProblem } from './problems';
import { checkReferences, nearest, type LocatedProblem } from './references';
import { directorySchema } from './schema';

export type ParseResult =
  | { ok: true; directory: Directory }
  /** `errors` are the problems worded in English (logs, tests); people get `problems` worded. */
  | { ok: false; problems: DirectoryProblem[]; errors: string[] };

/** `goals[3].owner` from ['goals', 3, 'owner']. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/** More than this many alias expansions is an "alias bomb", not a directory. */
const MAX_ALIAS_COUNT = 100;

function lineOf(
  doc: Document,
  counter: LineCounter,
  path: readonly PropertyKey[],
): number | undefined {
  // Walk up until a node that exists in the file (a missing key is reported at its parent).
  for (let length = path.length; length >= 0; length -= 1) {
    const node = doc.getIn(path.slice(0, length) as unknown[], true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

/** The line of `key` itself in the mapping at `path`. */
function lineOfKey(doc: Document, counter: LineCounter, path: readonly PropertyKey[], key: string) {
  const map = path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
  if (isMap(map)) {
    const pair = map.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
    if (isScalar(pair?.key) && pair.key.range) return counter.linePos(pair.key.range[0]).line;
  }
  return lineOf(doc, counter, path);
}

/** The keys a strict object of the schema allows at `path` (for „meinten Sie …?“). */
function keysAt(path: readonly PropertyKey[]): string[] {
  let schema: z.core.$ZodType | undefined = directorySchema;
  const unwrap = (node: z.core.$ZodType): z.core.$ZodType => {
    const def = node._zod.def as {
      type: string;
      innerType?: z.core.$ZodType;
      in?: z.core.$ZodType;
    };
    if (def.innerType) return unwrap(def.innerType);
    if (def.type === 'pipe' && def.in) return unwrap(def.in);
    return node;
  };
  for (const step of path) {
    if (!schema) return [];
    const def = unwrap(schema)._zod.def as {
      type: string;
      shape?: Record<string, z.core.$ZodType>;
      element?: z.core.$ZodType;
    };
    schema = typeof step === 'number' ? def.element : def.shape?.[String(step)];
  }
  if (!schema) return [];
  const shape = (unwrap(schema)._zod.def as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function problemsOfIssue(issue: z.core.$ZodIssue): LocatedProblem[] {
  const path = issue.path.filter((step) => typeof step !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const allowed = keysAt(path);
    return issue.keys.map((key) => ({
      path,
      key: 'schema.unknownKey',
      params: { key },
      suggestion: nearest(key, allowed),
    }));
  }
  if (issue.code === 'invalid_type' && issue.input === undefined)
    return [{ path, key: 'schema.missing' }];
  if (issue.code === 'invalid_type' && issue.expected === 'object')
    return [{ path, key: 'schema.mapping' }];
  const key: DirectoryMessageKey = isDirectoryMessageKey(issue.message)
    ? issue.message
    : 'schema.invalid';
  const params: Record<string, string | number> = {};
  if (issue.code === 'too_big') params.max = Number(issue.maximum);
  if (issue.code === 'invalid_value') params.values = issue.values.map(String).join(', ');
  return [{ path, key, params }];
}

/** YAML error codes worded for people, most telling first: one mistake raises several codes. */
const YAML_CODES: [code: string, key: DirectoryMessageKey][] = [
  ['BAD_INDENT', 'yaml.BAD_INDENT'],
  ['TAB_AS_INDENT', 'yaml.TAB_AS_INDENT'],
  ['BLOCK_AS_IMPLICIT_KEY', 'yaml.IMPLICIT_KEY'],
  ['MULTILINE_IMPLICIT_KEY', 'yaml.IMPLICIT_KEY'],
  ['DUPLICATE_KEY', 'yaml.DUPLICATE_KEY'],
  ['MISSING_CHAR', 'yaml.MISSING_CHAR'],
];

/**
 * One indentation mistake cascades into errors on every line after it, so only the first line
 * with an error is told, in the words of its most telling code.
 */
function firstYamlProblem(errors: readonly YAMLError[]): DirectoryProblem {
  const first = errors[0]!;
  const pos = first.linePos?.[0];
  const sameLine = errors.filter((error) => error.linePos?.[0]?.line === pos?.line);
  const codes = new Set(sameLine.map((error) => error.code as string));
  const key = YAML_CODES.find(([code]) => codes.has(code))?.[1] ?? 'yaml.other';
  const detail = first.message.split(/ at line \d+|\n/)[0]!;
  return { path: [], key, params: { detail }, line: pos?.line, column: pos?.col };
}

/** The first alias of the file: where an alias bomb starts to expand. */
function firstAliasLine(doc: Document, counter: LineCounter): number | undefined {
  let line: number | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.range) line = counter.linePos(node.range[0]).line;
      return visit.BREAK;
    },
  });
  return line;
}

function refused(unsorted: DirectoryProblem[]): ParseResult {
  // In the order of the file, so the list reads top to bottom (sort is stable within a line).
  const problems = [...unsorted].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  return { ok: false, problems, errors: problems.map((problem) => formatProblem(problem, 'en')) };
}

/**
 * Parses and validates a directory file. On failure every problem is returned at once, each with
 * its place and line — except YAML syntax errors, where one indentation mistake cascades into many
 * errors after it, so only the first is told.
 */
export function parseDirectory(text: string): ParseResult {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) return refused([firstYamlProblem(doc.errors)]);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return refused([{ path: [], key: 'yaml.aliases', line: firstAliasLine(doc, counter) }]);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return refused([{ path: [], key: 'file.notMapping' }]);

  const located = (problem: LocatedProblem): DirectoryProblem => {
    const unknownKey = problem.key === 'schema.unknownKey' ? String(problem.params?.key) : '';
    const line = unknownKey
      ? lineOfKey(doc, counter, problem.path, unknownKey)
      : lineOf(doc, counter, problem.path);
    return { ...problem, line, ids: idsAlong(data, problem.path) };
  };

  const result = validateDirectoryData(data);
  if (!result.ok) return refused(result.problems.map(located));
  return { ok: true, directory: result.directory };
}

export type ValidationResult =
  { ok: true; directory: Directory } | { ok: false; problems: LocatedProblem[] };

/**
 * The schema and the reference checks over a directory read from any file format (YAML, Excel):
 * every problem with its path in the model (`people[12].email`), placed later by the format.
 */
export function validateDirectoryData(data: object): ValidationResult {
  const result = directorySchema.safeParse(data);
  if (!result.success) {
    const schemaErrors = result.error.issues.flatMap(problemsOfIssue);
    // Reference problems too, over what could be read, so one run shows every problem.
    const reported = new Set(schemaErrors.map((error) => formatPath(error.path)));
    const referenceErrors = checkReferences(looseDirectory(data)).filter(
      (problem) => !reported.has(formatPath(problem.path)),
    );
    return { ok: false, problems: [...schemaErrors, ...referenceErrors] };
  }
  const problems = checkReferences(result.data);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, directory: result.data };
}

/** The `id` of the record at each numbered step of `path`, so places can name it. */
function idsAlong(data: unknown, path: readonly (string | number)[]): (string | undefined)[] {
  let node: unknown = data;
  return path.map((step) => {
    node =
      node !== null && typeof node === 'object'
        ? (node as Record<string | number, unknown>)[step]
        : undefined;
    const id = (node as { id?: unknown } | undefined)?.id;
    return typeof step === 'number' && typeof id === 'string' ? id : undefined;
  });
}
/** A best-effort typed view of an invalid file: wrong-typed values become empty, so checks can run. */
function looseDirectory(data: object): Directory {
  const raw = data as Record<string, unknown>;
  const records = (section: string) =>
    (Array.isArray(raw[section]) ? (raw[section] as unknown[]) : []).map((item) =>
      item !== null && typeof item === 'object' && !Array.isArray(item)
        ? (item as Record<string, unknown>)
        : {},
    );
  const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const strs = (value: unknown) =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  const loose = (section: string, lists: string[]) =>
    records(section).map((item) => {
      const copy: Record<string, unknown> = { ...item, id: str(item.id) ?? '' };
      for (const key of Object.keys(copy))
        if (key !== 'chairs' && !lists.includes(key)) copy[key] = str(copy[key]);
      for (const list of lists) copy[list] = strs(item[list]);
      return copy;
    });
  return {
    organisation: { name: '', timezone: 'UTC', locale: 'de', state: 'NW' },
    actors: loose('actors', ['partners', 'aliases']),
    people: loose('people', []),
    bodies: loose('bodies', ['members', 'aliases', 'reminders']).map((body, index) => ({
      ...body,
      chairs:
        records('bodies')[index]?.chairs instanceof Array
          ? (records('bodies')[index]!.chairs as unknown[]).map((chair) => ({
              person: str((chair as Record<string, unknown>)?.person),
            }))
          : [],
    })),
    fields: loose('fields', ['aliases']),
    goals: loose('goals', ['partners']),
    meetings: loose('meetings', ['agenda']),
  } as unknown as Directory;
}
