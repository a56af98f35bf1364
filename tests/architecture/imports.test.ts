import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

/*
 * The import directions of the layout (README "Code layout"), read from the source files: shared
 * homes (language/, meetings/) below the features, storage/ implementing the interfaces the
 * features declare, and only the composition roots (src/app*, the CLI's commands) holding a table
 * store.
 */
const SRC = path.resolve(__dirname, '../../src');

interface Import {
  /** The importing file, relative to src/ ("reminders/sender.ts"). */
  file: string;
  /** A package name, or a path relative to src/ without extension ("storage/table-store"). */
  target: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|cts|mts|js|cjs|mjs)$/.test(entry.name) ? [full] : [];
  });
}

// `import … from 'x'`, `export … from 'x'`, `import 'x'`, `import('x')`, `require('x')`.
const SPECIFIER =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

function importsOf(full: string): Import[] {
  const file = path.relative(SRC, full).split(path.sep).join('/');
  const text = fs.readFileSync(full, 'utf8');
  return [...text.matchAll(SPECIFIER)].map(([, specifier]) => {
    if (!specifier!.startsWith('.')) return { file, target: specifier! };
    const resolved = path.relative(SRC, path.resolve(path.dirname(full), specifier!));
    return {
      file,
      target: resolved
        .split(path.sep)
        .join('/')
        .replace(/\.(ts|js|cjs)$/, ''),
    };
  });
}

const IMPORTS = sourceFiles(SRC).flatMap(importsOf);

const under = (folder: string) => (file: string) =>
  file === folder || file.startsWith(`${folder}/`);
const inAny =
  (...folders: string[]) =>
  (file: string) =>
    folders.some((folder) => under(folder)(file));

const FEATURES = ['reminders', 'status', 'reports', 'forwarding', 'questions', 'meetings'];

/** The table implementations of the features' repository interfaces (storage/table-*.ts). */
const isTableImplementation = (file: string) =>
  /^storage\/table-[^/]+\.ts$/.test(file) && file !== 'storage/table-store.ts';

/** Where the parts are put together: createApp and the CLI's commands. */
const isCompositionRoot = (file: string) => /^app(\.ts$|\/)/.test(file) || under('cli')(file);

function violations(rule: { from: (file: string) => boolean; to: (target: string) => boolean }) {
  return IMPORTS.filter(({ file, target }) => rule.from(file) && rule.to(target)).map(
    ({ file, target }) => `src/${file} imports ${target}`,
  );
}

describe('import directions (read from src/)', () => {
  it('when the sources are read, then there are some to check', () => {
    assert.ok(IMPORTS.length > 100, `only ${IMPORTS.length} imports found under ${SRC}`);
  });

  it('when reminders, status, reports or forwarding need text tools, then they take them from language/, never from questions/', () => {
    assert.deepEqual(
      violations({
        from: inAny('reminders', 'status', 'reports', 'forwarding'),
        to: under('questions'),
      }),
      [],
    );
  });

  it('when status and reports make download links, then they import nothing from http/', () => {
    assert.deepEqual(violations({ from: inAny('status', 'reports'), to: under('http') }), []);
  });

  it('when storage checks or stores rows, then only a table implementation imports a feature (the interface it implements)', () => {
    assert.deepEqual(
      violations({
        from: (file) => under('storage')(file) && !isTableImplementation(file),
        to: inAny(...FEATURES),
      }),
      [],
    );
  });

  it('when a feature reads or writes tables, then it does so through its repository interface, not the table store', () => {
    assert.deepEqual(
      violations({
        from: (file) => !under('storage')(file) && !isCompositionRoot(file),
        to: (target) => under('storage')(target) || target.startsWith('@azure/data-tables'),
      }),
      [],
    );
  });

  it('when language tools or the meeting model are used, then they import no feature', () => {
    assert.deepEqual(
      violations({
        from: inAny('language', 'meetings'),
        to: inAny('reminders', 'status', 'reports', 'forwarding', 'questions', 'http'),
      }),
      [],
    );
  });

  /**
   * kokobot's own contract with its features, free of botbuilder: what stays when src/teams/ moves
   * to another SDK (docs/architecture.md, "Moving to the Teams SDK").
   */
  const TEAMS_CONTRACT = [
    'teams/message-handler.ts',
    'teams/reply.ts',
    'teams/proactive.ts',
    'teams/card-actions.ts',
    'teams/routes.ts',
    'teams/cards/card-data.ts',
  ];
  const isTeams = under('teams');
  const targetFile = (target: string) =>
    fs.existsSync(path.join(SRC, `${target}.ts`)) ? `${target}.ts` : `${target}/index.ts`;

  it('when a feature or the HTTP edge uses the Teams edge, then only its contract files, never the botbuilder binding', () => {
    assert.deepEqual(
      violations({
        from: (file) => !isTeams(file) && !isCompositionRoot(file),
        to: (target) => isTeams(target) && !TEAMS_CONTRACT.includes(targetFile(target)),
      }),
      [],
    );
  });

  it('when the contract files are read, then none imports botbuilder or the binding', () => {
    assert.deepEqual(
      violations({
        from: (file) => TEAMS_CONTRACT.includes(file),
        to: (target) =>
          /^(botbuilder|botframework-|adaptivecards-templating|adaptive-expressions)/.test(
            target,
          ) ||
          (isTeams(target) && !TEAMS_CONTRACT.includes(targetFile(target))),
      }),
      [],
    );
  });
});
