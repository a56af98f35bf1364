import { z } from 'zod';
import { mayAnswerFor } from './permissions';
import { roundById } from './rounds';
import { ErrorCodes, isAppError } from '../errors';
import { translator, type Language, type MessageKey } from '../i18n';
import type { Reply } from '../teams/reply';
import { FIELDS, inputId, statusCard, valuesOf, type StatusCardGoal } from './status-card';
import type { StatusSources } from './zwischenbilanz';
import { validateStatus } from './submission';

/** The card data an Action.Execute sends back (identity never comes from here). */
export const statusActionSchema = z.object({
  kokobot: z.literal('status'),
  roundId: z.string().min(1).max(80),
  cardId: z.string().min(1).max(80),
  ownerId: z.string().min(1).max(40),
  goals: z
    .array(z.object({ goalId: z.string().min(1).max(40), version: z.string().max(200) }))
    .min(1)
    .max(30),
  /** Who sees their own state of the card (refresh.userIds); a display hint, never identity. */
  userIds: z.array(z.string().max(64)).max(60).optional(),
});

export interface StatusInvoke {
  verb: 'status-submit' | 'status-edit' | 'status-refresh';
  /** The Action.Execute data, with the card's input values merged in by Teams. */
  data: Record<string, unknown>;
  personId?: string;
  /** AAD object ids that see their own state of the card (refresh.userIds). */
  userIds: string[];
  language: Language;
}

/**
 * Status-check cards: submitting validates every goal, checks that the presser may answer for it
 * (owner, their deputy, or a coordinator), and stores each goal atomically and idempotently; the
 * card comes back as the saved, read-only view, or as the form with the input kept and the errors.
 */
export class StatusHandler {
  constructor(private readonly options: StatusSources) {}

  async handle(invoke: StatusInvoke): Promise<StatusOutcome> {
    try {
      return await this.handleStored(invoke);
    } catch (error) {
      if (!isAppError(error, ErrorCodes.STORAGE_UNAVAILABLE)) throw error;
      return this.storageDown(invoke);
    }
  }

  /**
   * Storage is not reachable: nothing was saved. A submit gets its form back with the input kept
   * and a plain message; anything else gets the message only.
   */
  private async storageDown(invoke: StatusInvoke): Promise<StatusOutcome> {
    const t = translator(invoke.language);
    const parsed = statusActionSchema.safeParse(invoke.data);
    const directory = await this.options.directory
      .current()
      .then((snapshot) => snapshot?.directory)
      .catch(() => undefined);
    if (!parsed.success || !directory || invoke.verb !== 'status-submit')
      return { kind: 'message', text: t('status.storageDown') };
    const action = parsed.data;
    const firstGoal = directory.goals.find((goal) => goal.id === action.goals[0]?.goalId);
    const body = directory.bodies.find((candidate) => candidate.id === firstGoal?.body);
    return {
      kind: 'card',
      reply: statusCard({
        language: invoke.language,
        roundId: action.roundId,
        bodyName: body?.name ?? '',
        cardId: action.cardId,
        ownerId: action.ownerId,
        goals: action.goals.map((entry, index) => ({
          goalId: entry.goalId,
          title: directory.goals.find((goal) => goal.id === entry.goalId)?.title ?? '',
          version: entry.version,
          values: rawValues(invoke.data, index),
        })),
        readOnly: false,
        userIds: [...new Set([...invoke.userIds, ...(action.userIds ?? [])])],
        message: { text: t('status.storageDown'), good: false },
      }),
    };
  }

  private async handleStored(invoke: StatusInvoke): Promise<StatusOutcome> {
    const t = translator(invoke.language);
    const parsed = statusActionSchema.safeParse(invoke.data);
    const directory = (await this.options.directory.current())?.directory;
    if (!parsed.success || !directory) return { kind: 'message', text: t('error.staleButton') };
    const action = parsed.data;
    const owner = directory.people.find((person) => person.id === action.ownerId);
    const goals = action.goals.map((entry) => ({
      entry,
      goal: directory.goals.find((goal) => goal.id === entry.goalId),
    }));
    if (!owner || goals.some(({ goal }) => !goal))
      return { kind: 'message', text: t('error.staleButton') };
    const body = directory.bodies.find((candidate) => candidate.id === goals[0]!.goal!.body);
    const presser = directory.people.find((person) => person.id === invoke.personId);
    const userIds = [...new Set([...invoke.userIds, ...(action.userIds ?? [])])];
    const now = this.options.clock?.() ?? new Date();
    // Answers count until the meeting starts; after that (or when it is cancelled) the card is final.
    const round = roundById(directory, action.roundId, (await this.options.changes?.()) ?? [], now);
    // A round asks about its own body's goals only; anything else is not a card kokobot made.
    if (round && goals.some(({ goal }) => goal!.body !== round.bodyId))
      return { kind: 'message', text: t('error.staleButton') };
    const closed = !round || round.state === 'closed';
    const card = (
      cardGoals: StatusCardGoal[],
      readOnly: boolean,
      message?: { text: string; good: boolean },
      viewOnly = false,
    ) =>
      statusCard({
        closed,
        viewOnly,
        language: invoke.language,
        roundId: action.roundId,
        bodyName: body?.name ?? '',
        cardId: action.cardId,
        ownerId: owner.id,
        goals: cardGoals,
        readOnly,
        userIds,
        message,
      });

    const current = await Promise.all(
      goals.map(async ({ entry, goal }) => {
        const latest = await this.options.statuses.latest(entry.goalId);
        return {
          goalId: entry.goalId,
          title: goal!.title,
          version: latest.version,
          values: valuesOf(latest.update),
          saved: latest.update,
        };
      }),
    );
    // Only who may answer (owner, deputy, coordinator) gets the form; other directory people who
    // see the card (a group chat) get the reported state without a button; anyone else nothing.
    if (!goals.every(({ goal }) => mayAnswerFor(directory, presser, goal!))) {
      if (invoke.verb !== 'status-refresh' || !presser)
        return { kind: 'message', text: t('status.notAllowed') };
      return { kind: 'card', reply: card(current, true, undefined, true) };
    }
    if (closed)
      return {
        kind: 'card',
        reply: card(
          current,
          true,
          invoke.verb === 'status-refresh' ? undefined : { text: t('status.closed'), good: false },
        ),
      };
    if (invoke.verb !== 'status-submit') {
      const readOnly =
        invoke.verb === 'status-refresh' &&
        current.every((goal) => goal.saved?.roundId === action.roundId);
      return { kind: 'card', reply: card(current, readOnly) };
    }

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
      };
      try {
        const saved = await this.options.statuses.save(update, {
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
          const latest = await this.options.statuses.latest(item.entry.goalId);
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
    if (problem)
      return { kind: 'card', reply: card(results, false, { text: problem, good: false }) };
    return {
      kind: 'card',
      reply: card(results, true, { text: t('status.savedMessage'), good: true }),
    };
  }
}

export type StatusOutcome = { kind: 'card'; reply: Reply } | { kind: 'message'; text: string };

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
function rawValues(data: Record<string, unknown>, index: number): StatusCardGoal['values'] {
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
