import { z } from 'zod';
import { cleanDisplayText } from '../display-text';

/**
 * A goal owner's status update, as validated at the boundary (card submission or typed command):
 * required status, progress as a whole percentage, texts trimmed and limited, unknown fields refused.
 */
export const GOAL_STATUSES = ['on-track', 'at-risk', 'delayed', 'done', 'paused'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const TEXT_LIMIT = 2000;

const text = z
  .string({ error: 'must be text' })
  .trim()
  .max(TEXT_LIMIT, `at most ${TEXT_LIMIT} characters`)
  // Shown to the steering group: controls, bidi overrides and zero-width characters removed, line
  // and paragraph separators made plain line breaks (Azurite fails a batch holding them).
  .transform((value) => cleanDisplayText(value, { multiline: true }))
  .default('');

export const statusValuesSchema = z
  .strictObject({
    status: z.enum(GOAL_STATUSES, { error: 'choose a status' }),
    progress: z.coerce
      .number({ error: 'a whole number from 0 to 100' })
      .int('a whole number from 0 to 100')
      .min(0, 'a whole number from 0 to 100')
      .max(100, 'a whole number from 0 to 100'),
    happened: text,
    nextSteps: text,
    supportNeeded: z
      .preprocess((value) => value === true || value === 'true', z.boolean())
      .default(false),
    supportText: text,
  })
  .refine((values) => !values.supportNeeded || values.supportText.length > 0, {
    message: 'say what support is needed',
    path: ['supportText'],
  });
export type StatusValues = z.infer<typeof statusValuesSchema>;

/** Field → message, for showing each error next to its field; undefined when valid. */
export function validateStatus(
  input: unknown,
): { ok: true; values: StatusValues } | { ok: false; errors: Record<string, string> } {
  const result = statusValuesSchema.safeParse(input);
  if (result.success) return { ok: true, values: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.code === 'unrecognized_keys' ? '_form' : String(issue.path[0] ?? '_form');
    errors[field] ??=
      issue.code === 'unrecognized_keys'
        ? `unknown fields: ${issue.keys.join(', ')}`
        : issue.message;
  }
  return { ok: false, errors };
}

const STATUS_WORDS: Record<string, GoalStatus> = {
  'im plan': 'on-track',
  'on track': 'on-track',
  gefaehrdet: 'at-risk',
  'at risk': 'at-risk',
  verzoegert: 'delayed',
  delayed: 'delayed',
  erreicht: 'done',
  done: 'done',
  ruht: 'paused',
  paused: 'paused',
};

/**
 * The same data typed as a command, for clients that cannot show the card:
 * "status Z2.1 gefährdet 40% Praktikumsbörse verzögert sich". Undefined when it is no status command.
 */
export function parseStatusCommand(
  text: string,
): { goalId: string; values: unknown } | { error: string } | undefined {
  const trimmed = text.trim();
  if (!/^status\s/i.test(trimmed)) return undefined;
  const match = trimmed.match(
    /^status\s+(\S+)\s+(im plan|on track|at risk|gefährdet|gefaehrdet|verzögert|verzoegert|delayed|erreicht|done|ruht|paused)\s+(\d{1,3})\s*%\s*(.*)$/i,
  );
  if (!match) return looksLikeCommand(trimmed) ? { error: 'usage' } : undefined;
  const word = match[2]!.toLowerCase().replace('ä', 'ae').replace('ö', 'oe');
  return {
    goalId: match[1]!,
    values: { status: STATUS_WORDS[word], progress: Number(match[3]), happened: match[4] ?? '' },
  };
}

/**
 * „status Z2.1 prima“, „status X 40 %“: a status command typed wrong (the usage helps). „status
 * Anschlussvereinbarung“, „status Z2.1“: a question about a goal's status, for the questions.
 */
function looksLikeCommand(text: string): boolean {
  const words = text.split(/\s+/).slice(1);
  return (/\d/.test(words[0] ?? '') && words.length > 1) || /\d\s*%/.test(text);
}

/** One goal owner's answer in one round, as stored. */
export interface StatusUpdate extends StatusValues {
  goalId: string;
  roundId: string;
  author: string;
  at: string;
  /**
   * As they were when it was stored, so that nothing is lost when the directory changes: the
   * author's name (they may leave), the goal's title, field and body (it may be removed).
   */
  authorName?: string;
  goalTitle?: string;
  goalField?: string;
  goalBody?: string;
}
