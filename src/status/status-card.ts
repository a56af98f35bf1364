import { translator, type Language } from '../i18n';
import type { Reply } from '../teams/reply';
import type { StatusUpdate } from './submission';
import { GOAL_STATUSES, type GoalStatus } from './submission';

/** One goal on an owner's status card: form (pre-filled) or the saved, read-only view. */
export interface StatusCardGoal {
  goalId: string;
  title: string;
  version: string;
  values: Partial<
    Record<
      'status' | 'progress' | 'happened' | 'nextSteps' | 'supportNeeded' | 'supportText',
      string
    >
  >;
  errors?: Record<string, string>;
  notice?: string;
  saved?: StatusUpdate;
}

export const FIELDS = [
  'status',
  'progress',
  'happened',
  'nextSteps',
  'supportNeeded',
  'supportText',
] as const;
export const inputId = (field: (typeof FIELDS)[number], index: number) => `${field}__${index}`;

export function valuesOf(update: StatusUpdate | undefined): StatusCardGoal['values'] {
  if (!update) return {};
  return {
    status: update.status,
    progress: String(update.progress),
    happened: update.happened,
    nextSteps: update.nextSteps,
    supportNeeded: String(update.supportNeeded),
    supportText: update.supportText,
  };
}

/**
 * The status-check card of one owner for one round (cards/status.json): all their goals of the
 * body, Action.Execute with an Action.Submit fallback, and `refresh` for the people who may act on it.
 */
export function statusCard(options: {
  language: Language;
  roundId: string;
  bodyName: string;
  cardId: string;
  ownerId: string;
  goals: StatusCardGoal[];
  readOnly: boolean;
  /** The round has closed: read-only, without the edit button. */
  closed?: boolean;
  /** Shown to someone who may not answer: read-only, without a button. */
  viewOnly?: boolean;
  userIds: string[];
  message?: { text: string; good: boolean };
}): Reply {
  const t = translator(options.language);
  const label = (status: GoalStatus) => t(`status.value.${status}`);
  const data = {
    kokobot: 'status',
    roundId: options.roundId,
    cardId: options.cardId,
    ownerId: options.ownerId,
    goals: options.goals.map((goal) => ({ goalId: goal.goalId, version: goal.version })),
    userIds: options.userIds.slice(0, 60),
  };
  const payload = {
    heading: t('status.heading', { body: options.bodyName }),
    intro: options.closed
      ? t('status.closedIntro')
      : options.viewOnly
        ? t('status.viewOnlyIntro')
        : options.readOnly
          ? t('status.saved.intro')
          : t('status.intro'),
    closed: !!options.closed || !!options.viewOnly,
    // The saved view says "Gespeichert." once, here, whether just saved or opened again.
    message:
      options.message?.text ??
      (options.readOnly && !options.closed && !options.viewOnly
        ? t('status.savedMessage')
        : undefined),
    messageColor: options.message && !options.message.good ? 'Attention' : 'Good',
    labels: {
      status: t('status.label.status'),
      progress: t('status.label.progress'),
      happened: t('status.label.happened'),
      nextSteps: t('status.label.nextSteps'),
      supportNeeded: t('status.label.supportNeeded'),
      supportText: t('status.label.supportText'),
    },
    statusChoices: GOAL_STATUSES.map((value) => ({ value, title: label(value) })),
    goals: options.goals.map((goal, index) => ({
      title: `${goal.goalId} ${goal.title}`,
      readOnly: options.readOnly || !!options.closed || !!options.viewOnly,
      notice: goal.notice,
      errors: goal.errors ?? {},
      ids: Object.fromEntries(FIELDS.map((field) => [field, inputId(field, index)])),
      values: {
        status: '',
        progress: '0',
        happened: '',
        nextSteps: '',
        supportNeeded: 'false',
        supportText: '',
        ...goal.values,
      },
      // The saved values, shown instead of the form (the "$data" of an empty list renders nothing).
      facts:
        goal.saved && (options.readOnly || options.closed || options.viewOnly)
          ? [
              { label: t('status.label.status'), value: label(goal.saved.status) },
              { label: t('status.label.progress'), value: `${goal.saved.progress} %` },
              { label: t('status.label.happened'), value: goal.saved.happened || '–' },
              { label: t('status.label.nextSteps'), value: goal.saved.nextSteps || '–' },
              {
                label: t('status.label.supportNeeded'),
                value: goal.saved.supportNeeded ? goal.saved.supportText : t('chg.no'),
              },
            ]
          : [],
    })),
    verb: options.readOnly ? 'status-edit' : 'status-submit',
    // The Action.Submit fallback has no verb of its own: it travels in its data.
    submitData: { ...data, verb: options.readOnly ? 'status-edit' : 'status-submit' },
    actionTitle: options.readOnly ? t('status.edit') : t('status.submit'),
    data,
    userIds: options.userIds.slice(0, 60),
  };
  const text = options.readOnly
    ? t('status.saved.fallback', { count: options.goals.length, body: options.bodyName })
    : t('status.fallback', { count: options.goals.length, body: options.bodyName });
  return { kind: 'card', card: { template: 'status', data: payload }, text };
}
