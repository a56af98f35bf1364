/** Runs generated questions through the engine and classifies each answer: right, unsure or wrong. */
import {
  CATALOGUES,
  openAsker,
  parseDirectoryText,
  type Directory as ParsedDirectory,
  type ReportedStatus,
} from './engine';
import { failures, type Outcome, type Question } from './expect';
import { generateWorld, toYaml } from './generate';
import { ASKER_KINDS } from './kinds-people';
import { questionsFor } from './questions';
import type { World } from './world';

export interface Result {
  question: Question;
  answer: string;
  outcome: Outcome;
  failed: string[];
}

/** Catalogue messages that do not answer: "did you mean …", "nothing found", "none recorded". */
const UNSURE_KEY = /clarify|\.none|None|\.empty|membersOnly|notAllowed|unknownAsker|^error\./;
const UNSURE = CATALOGUES.flatMap((catalogue) =>
  Object.entries(catalogue)
    .filter(([key]) => UNSURE_KEY.test(key) && !key.endsWith('.or'))
    .map(([, template]) => {
      const parts = template
        .split(/\{[^}]*\}/)
        .map((part) => part.trim().replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
      return new RegExp(`^\\s*${parts.filter(Boolean).join('.*?')}`, 'm');
    }),
);

/** The reply does not answer: empty, or one of the bot's "did you mean", "nothing found" messages. */
export function isUnsureAnswer(answer: string): boolean {
  return answer.trim() === '' || UNSURE.some((pattern) => pattern.test(answer));
}

export function classify(
  question: Question,
  answer: string,
): { outcome: Outcome; failed: string[] } {
  const failed = failures(question.expect, answer);
  if (failed.length === 0) return { outcome: 'right', failed };
  return { outcome: isUnsureAnswer(answer) ? 'unsure' : 'wrong', failed };
}

/**
 * Kinds about the goals' reported status: only directory people may see it ("members only" for a
 * stranger), so these are asked by a coordinator of the directory, as in Teams.
 */
export const STATUS_KINDS: ReadonlySet<string> = new Set([
  'yes-goal-at-risk',
  'goal-status',
  'goals-by-status',
]);

/** Who asks status questions: a coordinator of the directory (else its first person). */
function statusAsker(directory: ParsedDirectory): string | undefined {
  return (directory.people.find((person) => person.coordinator) ?? directory.people[0])?.email;
}

/**
 * Asks every question of one parsed directory on `today` (the clock at 05:00 in Berlin in winter,
 * 06:00 in summer), with the goals' reported status stored first. Status kinds are asked by a
 * coordinator; `allAsCoordinator` asks every question so (hand-written sets, whose writers pictured
 * members of the steering group asking in Teams, and whose kinds are their own labels).
 */
export async function evaluateParsed(
  directory: ParsedDirectory,
  today: string,
  statuses: ReportedStatus[],
  questions: Question[],
  options: { allAsCoordinator?: boolean } = {},
): Promise<Result[]> {
  const asker = await openAsker(directory, new Date(`${today}T04:00:00Z`), statuses);
  const coordinator = statusAsker(directory);
  try {
    const results: Result[] = [];
    for (const question of questions) {
      const answer = await asker.ask(question.text, {
        locale: question.lang === 'en' ? 'en-US' : 'de-DE',
        asEmail:
          options.allAsCoordinator ||
          STATUS_KINDS.has(question.kind) ||
          ASKER_KINDS.has(question.kind)
            ? coordinator
            : undefined,
        before: question.before,
      });
      results.push({ question, answer, ...classify(question, answer) });
    }
    return results;
  } finally {
    await asker.close();
  }
}

export interface Directory {
  world: World;
  yaml: string;
  /** Problems the real parser found (must be none). */
  problems: string[];
}

export function generateDirectory(seed: number, kind?: 'city' | 'kreis'): Directory {
  const world = generateWorld(seed, { kind });
  const yaml = toYaml(world);
  const parsed = parseDirectoryText(yaml);
  return { world, yaml, problems: parsed.ok ? [] : parsed.errors };
}

/** Asks every question of one generated directory on the world's today. */
export async function evaluate(directory: Directory, questions: Question[]): Promise<Result[]> {
  const parsed = parseDirectoryText(directory.yaml);
  if (!parsed.ok) throw new Error(`seed ${directory.world.seed}: ${parsed.errors.join('; ')}`);
  const { world } = directory;
  const statuses = world.goals.map((goal) => ({
    goalId: goal.id,
    author: goal.owner,
    status: goal.status,
    progress: goal.progress,
  }));
  return evaluateParsed(parsed.directory, world.today, statuses, questions);
}

export async function evaluateSeeds(
  seeds: readonly number[],
  perDirectory: number,
  ask: (world: World, count: number) => Question[] = questionsFor,
): Promise<Result[]> {
  const results: Result[] = [];
  for (const seed of seeds) {
    const directory = generateDirectory(seed);
    results.push(...(await evaluate(directory, ask(directory.world, perDirectory))));
  }
  return results;
}
