import { z } from 'zod';
import { mayAnswerFor } from './permissions';
import { roundById } from './rounds';
import { ErrorCodes, isAppError } from '../errors';
import { translator, type Language } from '../i18n';
import type { Reply } from '../teams/reply';
import { statusCard, valuesOf, type StatusCardGoal } from './status-card';
import { rawValues, submitStatus } from './status-submit';
import type { StatusSources } from './status-repository';

export { errorKey } from './status-submit';

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
    return submitStatus({
      invoke,
      action,
      goals,
      current,
      presser,
      directory,
      now,
      statuses: this.options.statuses,
      t,
      card,
    });
  }
}

export type StatusOutcome = { kind: 'card'; reply: Reply } | { kind: 'message'; text: string };
