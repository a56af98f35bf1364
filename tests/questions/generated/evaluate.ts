/** Runs generated questions through the engine and classifies each answer: right, unsure or wrong. */
import { CATALOGUES, openAsker, parseDirectoryText } from './engine';
import { failures, type Outcome, type Question } from './expect';
import { generateWorld, toYaml } from './generate';
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

export function classify(
  question: Question,
  answer: string,
): { outcome: Outcome; failed: string[] } {
  const failed = failures(question.expect, answer);
  if (failed.length === 0) return { outcome: 'right', failed };
  const unsure = answer.trim() === '' || UNSURE.some((pattern) => pattern.test(answer));
  return { outcome: unsure ? 'unsure' : 'wrong', failed };
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

/** Asks every question of one directory (the clock at 06:00 in Berlin on the world's today). */
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
  const asker = await openAsker(parsed.directory, new Date(`${world.today}T04:00:00Z`), statuses);
  try {
    const results: Result[] = [];
    for (const question of questions) {
      const answer = await asker.ask(question.text, question.lang === 'en' ? 'en-US' : 'de-DE');
      results.push({ question, answer, ...classify(question, answer) });
    }
    return results;
  } finally {
    await asker.close();
  }
}

export async function evaluateSeeds(
  seeds: readonly number[],
  perDirectory: number,
): Promise<Result[]> {
  const results: Result[] = [];
  for (const seed of seeds) {
    const directory = generateDirectory(seed);
    results.push(...(await evaluate(directory, questionsFor(directory.world, perDirectory))));
  }
  return results;
}
