import type { Field } from '../../directory/model';
import type { PersonCardData } from '../../teams/cards/card-data';
import type { Reply } from '../../teams/reply';
import type { QuestionKind } from '../understand';
import { goalsOf } from '../facts';
import { goalList } from './goal-list';
import { section_, type ComposeContext } from './shared';

/** A question about a field of action (Handlungsfeld): its goals, or what it is. */
export function fieldAnswer(ctx: ComposeContext, field: Field, kind: QuestionKind): Reply {
  const goals = goalsOf(ctx.index, { field: field.id });
  if (kind === 'goals') return goalList(ctx, goals, field.name);
  const card: PersonCardData = {
    answer: ctx.t('q.what.field', { field: field.name, description: field.description }),
    title: field.name,
    subtitle: field.aliases.join(', ') || undefined,
    facts: [],
    sections: section_(
      ctx.t('label.goals'),
      goals.map((goal) => `${goal.id} ${goal.title}`),
    ),
    actions: [],
  };
  return { kind: 'card', card: { template: 'institution', data: card }, text: card.answer };
}
