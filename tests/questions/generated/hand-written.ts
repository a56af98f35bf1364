/**
 * The hand-written sets: questions written by hand from one directory file alone (fixtures/<file>.yaml
 * → holdout-<name>.yaml, or dev-<name>.yaml). The fixture's header gives "today" and each goal's
 * reported status; both are read from the file, as the writer read them. Held-out sets are measured
 * only, never tuned on; development sets (written the same way) are there to look at and tune on.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { FIXTURE_SEED } from './seeds';
import { parseDirectoryText, type Directory, type ReportedStatus } from './engine';
import type { Question } from './expect';

export interface HandWrittenSet {
  /** The question file, `holdout-<name>.yaml`. */
  name: string;
  /** The directory the writer saw, under fixtures/. */
  fixture: string;
  /** The generator's seed when the directory was generated, 0 when it was written by hand. */
  seed: number;
  /** A development set (dev-<name>.yaml): its misses may be looked at and tuned on. */
  development?: boolean;
}

export const HAND_WRITTEN_SETS: readonly HandWrittenSet[] = [
  // The generated held-out seed 9001 (a Kreis), written out for the question writer.
  { name: 'steinfurth', fixture: 'kreis-steinfurth.yaml', seed: FIXTURE_SEED },
  // A rural district written by hand (not generated), in another style, by someone who saw only
  // the directory format and never the engine; then the questions from that file alone.
  { name: 'lippe-weser', fixture: 'kreis-lippe-weser.yaml', seed: 0 },
  // A large city written by hand the same way (Dezernat structure, co-chairs, series). Its chair
  // misses were looked at once (they showed that "who chairs" answers named the successor too), so
  // it is no longer fully held out.
  { name: 'emschertal', fixture: 'stadt-emschertal.yaml', seed: 0 },
  // Two development sets written the same way (a city in chat style, a Kreis in long polite
  // sentences), so that tuning has hand-written misses to look at that are not the held-out ones.
  { name: 'rheinwald', fixture: 'stadt-rheinwald.yaml', seed: 0, development: true },
  { name: 'hohenmark', fixture: 'kreis-hohenmark.yaml', seed: 0, development: true },
  // A third: a mid-size city, half English, many askers (relative dates, names half right, two facts).
  { name: 'lindenfurt', fixture: 'stadt-lindenfurt.yaml', seed: 0, development: true },
  // Two more, written blind the same way: a city in quick Teams-chat style (abbreviations, half
  // names, dates), and a Kreis in careful office German and 40 % English (details, yes/no, counts).
  { name: 'auental', fixture: 'stadt-auental.yaml', seed: 0, development: true },
  { name: 'bergheide', fixture: 'kreis-bergheide.yaml', seed: 0, development: true },
  // A Kreis asked by teachers and StuBOs: indirect questions, school vocabulary, topics at an
  // institution, goals by their topic.
  { name: 'talheim', fixture: 'kreis-talheim.yaml', seed: 0, development: true },
  // A city asked on the phone: lower case, yes/no questions, dates in a month or after holidays.
  { name: 'mooshausen', fixture: 'stadt-mooshausen.yaml', seed: 0, development: true },
  // A Kreis asked in formal e-mail German (titles, full names of institutions) and English.
  { name: 'ahrweide', fixture: 'kreis-ahrweide.yaml', seed: 0, development: true },
];

/** The question file of a set: holdout-<name>.yaml or dev-<name>.yaml. */
export const questionFile = (set: HandWrittenSet) =>
  `${set.development ? 'dev' : 'holdout'}-${set.name}.yaml`;

const fixturePath = (set: HandWrittenSet) => path.join(__dirname, 'fixtures', set.fixture);
const questionsPath = (set: HandWrittenSet) => path.join(__dirname, questionFile(set));

const alternatives = z.union([z.string(), z.array(z.string()).min(1)]);
const itemSchema = z.strictObject({
  q: z.string().min(1),
  lang: z.enum(['de', 'en']),
  kind: z.string().min(1),
  expect: z
    .strictObject({
      mustInclude: z.array(alternatives).optional(),
      mustIncludeAll: z.array(alternatives).optional(),
      mustStartWith: z.array(z.string()).optional(),
      mustNotInclude: z.array(z.string()).optional(),
    })
    .refine(
      (expect) => !!(expect.mustInclude ?? expect.mustIncludeAll ?? expect.mustStartWith),
      'expects nothing of the answer',
    ),
});

const GOAL_STATUS = /^#\s+(\S+):\s+(on-track|at-risk|delayed|done|paused),\s+(\d+)\s*%\s*$/;
const TODAY = /^#.*"heute"\)?:\s*(\d{4}-\d{2}-\d{2})/;

export interface HeldOutDirectory {
  directory: Directory;
  today: string;
  statuses: ReportedStatus[];
  questions: Question[];
}

/** The fixture directory (through the real parser), its today and statuses, and the questions. */
export function loadHandWritten(set: HandWrittenSet): HeldOutDirectory {
  const file = fixturePath(set);
  const yaml = fs.readFileSync(file, 'utf8');
  const parsed = parseDirectoryText(yaml);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.errors.join('; ')}`);
  const { directory } = parsed;
  const header = yaml.split('\n').filter((line) => line.startsWith('#'));
  const today = header.map((line) => TODAY.exec(line)?.[1]).find(Boolean);
  if (!today) throw new Error(`${file}: no "heute" date in the header`);
  const statuses = header.flatMap((line): ReportedStatus[] => {
    const match = GOAL_STATUS.exec(line);
    const goal = match && directory.goals.find((candidate) => candidate.id === match[1]);
    if (!match || !goal) return [];
    return [
      {
        goalId: goal.id,
        author: goal.owner,
        status: match[2] as ReportedStatus['status'],
        progress: Number(match[3]),
      },
    ];
  });
  const items = z.array(itemSchema).parse(parse(fs.readFileSync(questionsPath(set), 'utf8')));
  const questions = items.map((item, index): Question => ({
    kind: item.kind,
    lang: item.lang,
    text: item.q,
    today,
    seed: set.seed,
    template: `${questionFile(set).replace(/\.yaml$/, '')}#${index + 1}`,
    variant: 'hand-written',
    expect: item.expect,
  }));
  return { directory, today, statuses, questions };
}
