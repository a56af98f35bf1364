import type { Goal } from '../../directory/model';
import type { MessageKey } from '../../i18n';
import type { ListCardData } from '../../teams/cards/card-data';
import type { Reply } from '../../teams/reply';
import { parseRef, type RefKey } from '../../language/directory-index';
import { personWithActor } from '../facts';
import { formatShortDate, joinList, type Answer, type ComposeContext } from './shared';

export function goalList(ctx: ComposeContext, goals: Goal[], subject: string, mine = false): Reply {
  const labels = goals.map((goal) => `${goal.id} ${goal.title}`);
  const answer = goals.length
    ? mine
      ? ctx.t('q.goals.mine', { count: goals.length, list: joinList(ctx, labels) })
      : ctx.t('q.goals', { subject, count: goals.length, list: joinList(ctx, labels) })
    : ctx.t('q.goals.none', { subject });
  const data: ListCardData = {
    answer,
    title: `${ctx.t('title.goals')}: ${subject}`,
    items: goals.map((goal) => ({
      title: `${goal.id} ${goal.title}`,
      subtitle: [
        `${personWithActor(ctx.index, goal.owner)} · ${ctx.t('label.due')}: ${formatShortDate(ctx, goal.due)}`,
        ...(mine ? [roundStateOf(ctx, goal)] : []),
      ]
        .filter(Boolean)
        .join(' · '),
    })),
    report: mine ? reportButtons(ctx, goals) : undefined,
  };
  return { kind: 'card', card: { template: 'list', data }, text: answer };
}

/**
 * „An welchen Zielen ist X beteiligt?“: the goals an institution (itself or one of its people) or a
 * person takes part in, as owner or partner, each with its role.
 */
export function involvedGoalList(
  ctx: ComposeContext,
  of: { actor?: string; person?: string },
  subject: string,
): Reply {
  const { index } = ctx;
  const isOf = (id: string) =>
    of.person !== undefined
      ? id === of.person
      : id === of.actor || index.people.get(id)?.actor === of.actor;
  const goals = index.directory.goals.filter((goal) => [goal.owner, ...goal.partners].some(isOf));
  const role = (goal: Goal) => ctx.t(isOf(goal.owner) ? 'goals.role.owner' : 'goals.role.partner');
  const labels = goals.map((goal) => `${goal.id} ${goal.title} (${role(goal)})`);
  const answer = goals.length
    ? ctx.t('q.goals.involved', { subject, count: goals.length, list: joinList(ctx, labels) })
    : ctx.t('q.goals.none', { subject });
  const data: ListCardData = {
    answer,
    title: `${ctx.t('title.goals')}: ${subject}`,
    items: goals.map((goal) => ({
      title: `${goal.id} ${goal.title}`,
      subtitle: `${role(goal)} · ${ctx.t('label.due')}: ${formatShortDate(ctx, goal.due)}`,
    })),
  };
  return { kind: 'card', card: { template: 'list', data }, text: answer };
}

/** "Stand in dieser Runde: gefährdet" / "noch nicht gemeldet"; nothing between rounds. */
function roundStateOf(ctx: ComposeContext, goal: Goal): string {
  const state = ctx.ownGoals?.find((candidate) => candidate.goalId === goal.id);
  if (!state?.roundId) return '';
  return state.reported
    ? ctx.t('goals.round.reported', {
        status: ctx.t(`status.value.${state.reported}` as MessageKey),
      })
    : ctx.t('goals.round.open');
}

/** One "Stand melden" per open round: the status card's own data, so the press opens the form. */
function reportButtons(ctx: ComposeContext, goals: Goal[]): ListCardData['report'] {
  const rounds = new Map<string, { goalId: string; version: string }[]>();
  for (const goal of goals) {
    const state = ctx.ownGoals?.find((candidate) => candidate.goalId === goal.id);
    if (!state?.roundId) continue;
    rounds.set(state.roundId, [
      ...(rounds.get(state.roundId) ?? []),
      { goalId: goal.id, version: state.version },
    ]);
  }
  const ownerId = ctx.askerId!;
  return [...rounds].map(([roundId, roundGoals]) => {
    const bodyId = ctx.index.directory.goals.find(
      (goal) => goal.id === roundGoals[0]!.goalId,
    )?.body;
    const body = (bodyId && ctx.index.bodies.get(bodyId)?.name) || roundId;
    return {
      title: ctx.t('goals.round.report', { body }),
      data: {
        kokobot: 'status',
        roundId,
        cardId: `${roundId}|${ownerId}`,
        ownerId,
        goals: roundGoals,
      },
    };
  });
}

export function dueBefore(ctx: ComposeContext, before: string, scope?: RefKey): Answer {
  const today = ctx.now.toISODate()!;
  let goals = ctx.index.directory.goals.filter((goal) => goal.due <= before && goal.due >= today);
  if (scope) {
    const { section, id } = parseRef(scope);
    goals = goals.filter((goal) =>
      section === 'fields'
        ? goal.field === id
        : section === 'bodies'
          ? goal.body === id
          : goal.owner === id,
    );
  }
  goals.sort((a, b) => a.due.localeCompare(b.due));
  const date = formatShortDate(ctx, before);
  const labels = goals.map(
    (goal) => `${goal.id} ${goal.title} (${formatShortDate(ctx, goal.due)})`,
  );
  const answer = goals.length
    ? ctx.t('q.dueBefore', { date, count: goals.length, list: joinList(ctx, labels) })
    : ctx.t('q.dueBefore.none', { date });
  const data: ListCardData = {
    answer,
    title: ctx.t('title.dueBefore', { date }),
    items: goals.map((goal) => ({
      title: `${goal.id} ${goal.title}`,
      subtitle: `${formatShortDate(ctx, goal.due)} · ${personWithActor(ctx.index, goal.owner)}`,
    })),
  };
  return {
    reply: { kind: 'card', card: { template: 'list', data }, text: answer },
    subject: scope,
  };
}
