import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { Directory } from './model';
import { checkReferences, type LocatedProblem } from './references';
import { directorySchema } from './schema';

export type ParseResult = { ok: true; directory: Directory } | { ok: false; errors: string[] };

/** `goals[3].owner` from ['goals', 3, 'owner']. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

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

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    return `unknown key${issue.keys.length > 1 ? 's' : ''} ${keys}`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is missing';
  return issue.message;
}

/**
 * Parses and validates a directory file. On failure every problem is returned at once, each with
 * its place: `goals[3].owner (line 120): no person "mmeier"`.
 */
export function parseDirectory(text: string): ParseResult {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((error) => {
        const pos = error.linePos?.[0];
        const where = pos ? `line ${pos.line}, column ${pos.col}` : 'YAML';
        return `${where}: YAML syntax error: ${error.message.split(/ at line \d+|\n/)[0]}`;
      }),
    };
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      errors: [
        '(file): must be a mapping with organisation, actors, people, bodies, fields, goals and meetings',
      ],
    };
  }

  const located = (problem: LocatedProblem | { path: readonly PropertyKey[]; message: string }) => {
    const line = lineOf(doc, counter, problem.path);
    const place = formatPath(problem.path) || '(file)';
    return `${place}${line === undefined ? '' : ` (line ${line})`}: ${problem.message}`;
  };

  const result = directorySchema.safeParse(data);
  if (!result.success) {
    const schemaErrors = result.error.issues.map((issue) => ({
      path: issue.path,
      message: describeIssue(issue),
    }));
    // Reference problems too, over what could be read, so one run shows every problem.
    const reported = new Set(schemaErrors.map((error) => formatPath(error.path)));
    const referenceErrors = checkReferences(looseDirectory(data)).filter(
      (problem) => !reported.has(formatPath(problem.path)),
    );
    return { ok: false, errors: [...schemaErrors, ...referenceErrors].map(located) };
  }
  const problems = checkReferences(result.data);
  if (problems.length > 0) return { ok: false, errors: problems.map(located) };
  return { ok: true, directory: result.data };
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
