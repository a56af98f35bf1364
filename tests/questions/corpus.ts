import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { DirectoryIndex } from '../../src/language/directory-index';
import {
  QUESTION_KINDS,
  understand,
  type ConversationContext,
  type Interpretation,
} from '../../src/questions/understand';
import { nextContext } from '../../src/questions/context';

/** The evaluation corpus (tests/questions/corpus.yaml) and how a question counts as answered right. */
export const corpusItemSchema = z.strictObject({
  q: z.string(),
  kind: z.enum([...QUESTION_KINDS, 'clarify', 'none']),
  expect: z.array(z.string()),
  lang: z.enum(['de', 'en']),
  follows: z.boolean().optional(),
  as: z.string().optional(),
  locale: z.string().optional(),
  note: z.string().optional(),
});
export type CorpusItem = z.infer<typeof corpusItemSchema>;

export function loadCorpus(file = 'corpus.yaml'): CorpusItem[] {
  const raw: unknown = parse(fs.readFileSync(path.join(__dirname, file), 'utf8'));
  return z.array(corpusItemSchema).parse(raw);
}

export interface Outcome {
  item: CorpusItem;
  got: Interpretation;
  correct: boolean;
}

export const CORPUS_TODAY = '2026-11-24';

export function judge(item: CorpusItem, got: Interpretation): boolean {
  if (got.language !== item.lang) return false;
  if (item.kind === 'none') return got.type === 'none';
  if (item.kind === 'clarify') {
    if (got.type !== 'clarify') return false;
    return (
      item.expect.every((ref) => got.candidates.includes(ref as never)) &&
      got.candidates.length <= item.expect.length + 1
    );
  }
  if (got.type !== 'answer' || got.kind !== item.kind) return false;
  if (item.expect.length === 0) return true;
  return got.subject !== undefined && item.expect.includes(got.subject);
}

export function runCorpus(index: DirectoryIndex, items: CorpusItem[]): Outcome[] {
  let context: ConversationContext | undefined;
  return items.map((item) => {
    if (!item.follows) context = undefined;
    const got = understand(index, {
      text: item.q,
      fallbackLanguage: item.locale?.startsWith('en') ? 'en' : 'de',
      today: CORPUS_TODAY,
      context,
      askerId: item.as,
    });
    context = nextContext(got, context);
    return { item, got, correct: judge(item, got) };
  });
}

/** Accuracy per question kind, one line each (printed by the test and `npm run eval:questions`). */
export function accuracyTable(outcomes: Outcome[]): string {
  const byKind = new Map<string, { right: number; total: number }>();
  for (const outcome of outcomes) {
    const entry = byKind.get(outcome.item.kind) ?? { right: 0, total: 0 };
    entry.total += 1;
    if (outcome.correct) entry.right += 1;
    byKind.set(outcome.item.kind, entry);
  }
  const rows = [...byKind.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([kind, { right, total }]) =>
        `      ${kind.padEnd(14)} ${String(right).padStart(3)}/${String(total).padEnd(3)} ${((100 * right) / total).toFixed(1)} %`,
    );
  return rows.join('\n');
}
