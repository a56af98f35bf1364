/** The figures: right / unsure / wrong per kind, per language, per wording, and overall. */
import type { Result } from './evaluate';

export interface Shares {
  total: number;
  right: number;
  unsure: number;
  wrong: number;
}

export function shares(results: Result[]): Shares {
  const count = (outcome: string) => results.filter((result) => result.outcome === outcome).length;
  return {
    total: results.length,
    right: count('right'),
    unsure: count('unsure'),
    wrong: count('wrong'),
  };
}

const pct = (part: number, total: number) =>
  `${((100 * part) / Math.max(1, total)).toFixed(1)} %`.padStart(7);

function row(label: string, s: Shares): string {
  return `  ${label.padEnd(24)} ${String(s.total).padStart(5)}  right ${pct(s.right, s.total)}  unsure ${pct(s.unsure, s.total)}  wrong ${pct(s.wrong, s.total)}`;
}

function grouped(results: Result[], by: (result: Result) => string): string[] {
  const groups = new Map<string, Result[]>();
  for (const result of results) groups.set(by(result), [...(groups.get(by(result)) ?? []), result]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, group]) => row(key, shares(group)));
}

export function figures(title: string, results: Result[]): string {
  return [
    `${title}`,
    '  per kind:',
    ...grouped(results, (result) => result.question.kind),
    '  per language:',
    ...grouped(results, (result) => result.question.lang),
    '  per wording:',
    ...grouped(results, (result) => result.question.variant),
    row('overall', shares(results)),
  ].join('\n');
}

/** The first `count` misses, spelled out: question, what was expected, what came back. */
export function examples(results: Result[], count: number): string {
  return results
    .filter((result) => result.outcome !== 'right')
    .slice(0, count)
    .map(
      (result, index) =>
        `${index + 1}. [${result.outcome}] ${result.question.kind}/${result.question.lang} seed ${result.question.seed} today ${result.question.today}\n` +
        (result.question.before ?? []).map((turn) => `   before: ${turn}\n`).join('') +
        `   Q: ${result.question.text}\n   expected: ${JSON.stringify(result.question.expect)}\n   failed: ${result.failed.join('; ')}\n` +
        `   A: ${result.answer.replace(/\n+/g, ' ⏎ ').slice(0, 400)}`,
    )
    .join('\n');
}
