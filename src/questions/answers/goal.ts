import type { Goal } from '../../directory/model';
import type { Fact, PersonCardData } from '../../teams/cards/card-data';
import type { Reply } from '../../teams/reply';
import { dayDate } from '../../i18n/dates';
import { nameOf, personWithActor } from '../facts';
import { formatShortDate, joinList, type ComposeContext } from './shared';

export function goalAnswer(ctx: ComposeContext, goal: Goal, kind: string, second?: string): Reply {
  const owner = personWithActor(ctx.index, goal.owner);
  const partners = goal.partners.map((partner) => nameOf(ctx.index, partner));
  const title = `${goal.id} „${goal.title}“`;
  let answer: string;
  switch (kind) {
    case 'owner':
      answer = ctx.t('q.owner', { goal: title, owner });
      break;
    case 'due':
      answer = ctx.t('q.due', { goal: title, date: dayDate(goal.due, ctx.language) });
      break;
    case 'partners':
      answer = partners.length
        ? ctx.t('q.partners.goal', { goal: title, list: joinList(ctx, partners) })
        : ctx.t('q.partners.none', { subject: title });
      break;
    case 'why':
      answer = ctx.t('q.why.goal', { goal: title, why: goal.why });
      break;
    case 'where': {
      const body = ctx.index.bodies.get(goal.body);
      answer = body
        ? ctx.t('q.goal.body', { goal: title, body: body.name })
        : ctx.t('q.goal.body.none', { goal: title });
      break;
    }
    default:
      answer = ctx.t('q.what.goal', { goal: title, what: goal.what });
  }
  // „wer … und bis wann …“: the second fact after the first.
  if (second && second !== kind) answer = `${answer} ${goalAnswer(ctx, goal, second).text}`;
  const field = ctx.index.fields.get(goal.field);
  const body = ctx.index.bodies.get(goal.body);
  const facts: Fact[] = [
    { label: ctx.t('label.what'), value: goal.what },
    { label: ctx.t('label.owner'), value: owner },
    { label: ctx.t('label.partners'), value: partners.join(', ') || '–' },
    { label: ctx.t('label.due'), value: formatShortDate(ctx, goal.due) },
    { label: ctx.t('label.why'), value: goal.why },
  ];
  if (field) facts.push({ label: ctx.t('label.field'), value: field.name });
  if (body) facts.push({ label: ctx.t('label.body'), value: body.name });
  const data: PersonCardData = {
    answer,
    title: `${goal.id} ${goal.title}`,
    facts,
    sections: [],
    actions: [],
  };
  return { kind: 'card', card: { template: 'goal', data }, text: answer };
}
