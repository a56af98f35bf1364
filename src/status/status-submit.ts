/*
 * Submitting a status-check card: validate every goal first (one invalid goal saves nothing), then
 * store each goal atomically and idempotently. Also the form's field values and error sentences,
 * which the card display and the typed status command share.
 */
import type { Directory, Person } from '../directory/model';
import { ErrorCodes, isAppError } from '../errors';
import type { MessageKey, Translate } from '../i18n';
import type { Reply } from '../teams/reply';
import { FIELDS, inputId, valuesOf, type StatusCardGoal } from './status-card';
import type { StatusInvoke, StatusOutcome } from './status-handler';
import type { StatusRepository } from './status-repository';
import type { StatusUpdate } from './submission';
import { validateStatus } from './submission';

export interface SubmitStatusOptions {
  invoke: StatusInvoke;
  action: { roundId: string; cardId: string };
  goals: { entry: { goalId: string; version: string }; goal: { title: string } | undefined }[];
  /** The goals' stored state, in the order of `goals`. */
  current: { saved?: StatusUpdate }[];
  presser: Person | undefined;
  directory: Directory;
  now: Date;
  statuses: StatusRepository;
  t: Translate;
  /** The card, as the handler renders it for this press. */
  card: (
    goals: StatusCardGoal[],
    readOnly: boolean,
    message?: { text: string; good: boolean },
  ) => Reply;
}

export async function submitStatus({
  invoke,
  action,
  goals,
  current,
  presser,
  directory,
  now,
  statuses,
  t,
  card,
}: SubmitStatusOptions): Promise<StatusOutcome> {
  // Validate everything first: one invalid goal means nothing is saved. A goal left blank is
  // "unchanged" (the card says so): it keeps its last values, or stays unreported if it has none.
  const submitted = goals.map(({ entry, goal }, index) => {
    const raw: Record<string, unknown> = {};
    for (const field of FIELDS) {
      const value = invoke.data[inputId(field, index)];
      if (value !== undefined) raw[field] = value;
    }
    const last = current[index]!.saved;
    const blank = isBlank(raw);
    return {
      entry,
      goal: goal!,
      index,
      skipped: blank && !last,
      result: validateStatus(blank && last ? valuesOf(last) : raw),
    };
  });
  if (submitted.every((item) => item.skipped)) {
    const form = submitted.map((item) => ({
      goalId: item.entry.goalId,
      title: item.goal.title,
      version: item.entry.version,
      values: rawValues(invoke.data, item.index),
      errors: { status: t('status.error.status') },
    }));
    return { kind: 'card', reply: card(form, false, { text: t('status.invalid'), good: false }) };
  }
  if (submitted.some((item) => !item.skipped && !item.result.ok)) {
    const form = submitted.map((item) => ({
      goalId: item.entry.goalId,
      title: item.goal.title,
      version: item.entry.version,
      values: rawValues(invoke.data, item.index),
      errors:
        item.skipped || item.result.ok
          ? undefined
          : Object.fromEntries(
              Object.keys(item.result.errors).map((field) => [field, t(errorKey(field))]),
            ),
    }));
    return { kind: 'card', reply: card(form, false, { text: t('status.invalid'), good: false }) };
  }

  const at = now.toISOString();
  const results: StatusCardGoal[] = [];
  let problem: string | undefined;
  for (const item of submitted) {
    if (item.skipped) {
      results.push({
        goalId: item.entry.goalId,
        title: item.goal.title,
        version: item.entry.version,
        values: {},
        notice: t('status.notReported'),
      });
      continue;
    }
    if (!item.result.ok) continue;
    const update = {
      ...item.result.values,
      goalId: item.entry.goalId,
      roundId: action.roundId,
      author: presser!.id,
      at,
      ...asStored(directory, item.entry.goalId, presser!),
    };
    try {
      const saved = await statuses.save(update, {
        // The same press (card, goal, version, person, values) is stored once however often it
        // arrives; a different person or different values on the same version is a conflict.
        idempotencyKey: [
          action.cardId,
          item.entry.goalId,
          item.entry.version,
          presser!.id,
          JSON.stringify(item.result.values),
        ].join('|'),
        expectedVersion: item.entry.version,
      });
      if (saved.outcome === 'conflict') {
        const author =
          directory.people.find((person) => person.id === saved.latest?.author)?.name ?? '';
        problem ??= t('status.conflict', { author });
        const latest = await statuses.latest(item.entry.goalId);
        results.push({
          goalId: item.entry.goalId,
          title: item.goal.title,
          version: latest.version,
          values: valuesOf(latest.update),
          notice: t('status.conflict', { author }),
        });
      } else {
        results.push({
          goalId: item.entry.goalId,
          title: item.goal.title,
          version: saved.version,
          values: valuesOf(update),
          saved: update,
        });
      }
    } catch (error) {
      if (!isAppError(error, ErrorCodes.STORAGE_UNAVAILABLE)) throw error;
      problem = t('status.storageDown');
      results.push({
        goalId: item.entry.goalId,
        title: item.goal.title,
        version: item.entry.version,
        values: rawValues(invoke.data, item.index),
      });
    }
  }
  if (problem) return { kind: 'card', reply: card(results, false, { text: problem, good: false }) };
  return {
    kind: 'card',
    reply: card(results, true, { text: t('status.savedMessage'), good: true }),
  };
}

/**
 * Nothing entered for a goal: no status, no text, no support asked for, progress empty or 0 (the
 * form's default). Such a goal was left as it was.
 */
function isBlank(raw: Record<string, unknown>): boolean {
  const text = (field: string) => String(raw[field] ?? '').trim();
  return (
    !text('status') &&
    !text('happened') &&
    !text('nextSteps') &&
    !text('supportText') &&
    text('supportNeeded') !== 'true' &&
    ['', '0'].includes(text('progress'))
  );
}

/** What the user typed into goal `index` of the card, as text (to show it again). */
export function rawValues(data: Record<string, unknown>, index: number): StatusCardGoal['values'] {
  const values: StatusCardGoal['values'] = {};
  for (const field of FIELDS) {
    const value = data[inputId(field, index)];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      values[field] = String(value).slice(0, 4000);
  }
  return values;
}

/** The user-language sentence for a field's error (the schema's own messages are for logs and tests). */
export function errorKey(field: string): MessageKey {
  switch (field) {
    case 'status':
      return 'status.error.status';
    case 'progress':
      return 'status.error.progress';
    case 'supportText':
      return 'status.error.supportText';
    case 'happened':
    case 'nextSteps':
      return 'status.error.text';
    default:
      return 'status.error.form';
  }
}

/** What an update keeps of the directory as it was (see StatusUpdate). */
function asStored(directory: Directory, goalId: string, author: Person) {
  const goal = directory.goals.find((candidate) => candidate.id === goalId);
  return {
    authorName: author.name,
    ...(goal ? { goalTitle: goal.title, goalField: goal.field, goalBody: goal.body } : {}),
  };
}
