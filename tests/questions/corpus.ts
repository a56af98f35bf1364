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
  type QuestionKind,
} from '../../src/questions/understand';
import { nextContext } from '../../src/questions/context';
import { compose } from '../../src/questions/compose';
import { translator } from '../../src/i18n';
import { DateTime } from 'luxon';
import { isUnsureAnswer } from './generated/evaluate';

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
  /** The text answer the engine composes for what it understood. */
  answer: string;
  /** Read from the understanding and the text answer together (see `textOutcome`). */
  outcome: 'right' | 'unsure' | 'wrong';
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
  if (got.type !== 'answer' || answeredKind(got) !== item.kind) return false;
  if (item.expect.length === 0) return true;
  return got.subject !== undefined && item.expect.includes(got.subject);
}

/**
 * The corpus kinds predate yes/no answers: a yes/no question about a chair, a membership, a
 * partnership, an owner or a deputy is graded as the kind of fact it asks about (its subject is
 * the record whose relation is asked about, as for the plain question).
 */
const YES_NO_KIND: Record<string, QuestionKind> = {
  chair: 'chair',
  member: 'members',
  partner: 'partners',
  owner: 'owner',
  deputy: 'deputy',
};

function answeredKind(got: Extract<Interpretation, { type: 'answer' }>): string {
  return got.kind === 'yes-no' && got.yesNo
    ? (YES_NO_KIND[got.yesNo.relation] ?? got.kind)
    : got.kind;
}

/**
 * Right: understood as expected (kind and record) and a text answer came (for the record and kind
 * asked, "none recorded" is what the directory says). Wrong: a confident answer (an understood kind
 * and a text that is not "did you mean", "nothing found", "none recorded" or empty) about another
 * record or another kind of fact than expected, or where the item expects "did you mean" or "not
 * understood". Unsure: everything else (the bot asked back, or found nothing).
 */
export function textOutcome(
  item: CorpusItem,
  got: Interpretation,
  answer: string,
): Outcome['outcome'] {
  const correct = judge(item, got);
  const answers = got.type === 'answer' && !isUnsureAnswer(answer);
  if (item.kind === 'none' || item.kind === 'clarify')
    return correct ? 'right' : answers ? 'wrong' : 'unsure';
  if (correct) return answer.trim() !== '' ? 'right' : 'unsure';
  return answers ? 'wrong' : 'unsure';
}

/** The text answer for an understanding, as the question handler composes it (pure, no app). */
function composedText(
  index: DirectoryIndex,
  got: Interpretation,
  item: CorpusItem,
  now: DateTime,
): string {
  const { reply } = compose(got, {
    index,
    t: translator(got.language),
    language: got.language,
    now,
    askerId: item.as,
    question: item.q,
  });
  return reply.text;
}

export function runCorpus(index: DirectoryIndex, items: CorpusItem[]): Outcome[] {
  let context: ConversationContext | undefined;
  const now = DateTime.fromISO(`${CORPUS_TODAY}T09:00`, {
    zone: index.directory.organisation.timezone,
  });
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
    const answer = composedText(index, got, item, now);
    return {
      item,
      got,
      correct: judge(item, got),
      answer,
      outcome: textOutcome(item, got, answer),
    };
  });
}

/** Right / unsure / wrong over the text answers, one line (printed by the corpus tests). */
export function outcomeLine(outcomes: Outcome[]): string {
  const count = (outcome: Outcome['outcome']) =>
    outcomes.filter((candidate) => candidate.outcome === outcome).length;
  const share = (part: number) => `${part} (${((100 * part) / outcomes.length).toFixed(1)} %)`;
  return `right ${share(count('right'))}, unsure ${share(count('unsure'))}, wrong ${share(count('wrong'))} of ${outcomes.length}`;
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
