import type { Person } from '../../directory/model';
import type { Fact, PersonCardData } from '../../teams/cards/card-data';
import type { Reply } from '../../teams/reply';
import { bodiesOf, goalsOf, nameOf, personWithActor } from '../facts';
import { personDetailSentence } from './contact-detail';
import { goalList, involvedGoalList } from './goal-list';
import { deputisesSentence, personBodiesSentence } from './people';
import { joinList, section_, type ComposeContext } from './shared';

export function personAnswer(
  ctx: ComposeContext,
  person: Person,
  kind: string,
  options: { inPerson?: boolean; involved?: boolean } = {},
): Reply {
  const { index } = ctx;
  const actor = index.actors.get(person.actor);
  const bodies = bodiesOf(index, { person });
  const goals = goalsOf(index, { person: person.id });
  let answer: string;
  switch (kind) {
    case 'deputy':
      answer = person.deputy
        ? ctx.t('q.deputy', { person: person.name, deputy: personWithActor(index, person.deputy) })
        : ctx.t('q.deputy.none', { person: person.name });
      break;
    case 'bodies-of':
      answer = personBodiesSentence(ctx, person, { inPerson: options.inPerson === true });
      break;
    case 'email':
      answer = ctx.t('q.email', { person: person.name, email: person.email });
      break;
    case 'phone':
    case 'address':
      answer = personDetailSentence(ctx, person, kind);
      break;
    case 'deputises':
      answer = deputisesSentence(ctx, person);
      break;
    case 'by-role':
      answer = ctx.t('q.byRole', {
        person: person.name,
        role: person.role,
        actor: actor?.name ?? person.actor,
        email: person.email,
      });
      break;
    case 'goals':
      return options.involved
        ? involvedGoalList(ctx, { person: person.id }, person.name)
        : goalList(ctx, goals, person.name, person.id === ctx.askerId);
    case 'partners': {
      const partners = new Set<string>();
      for (const goal of goals)
        for (const partner of goal.partners) partners.add(nameOf(index, partner));
      for (const body of bodies) partners.add(body.name);
      answer = partners.size
        ? ctx.t('q.partners', { subject: person.name, list: joinList(ctx, [...partners]) })
        : ctx.t('q.partners.none', { subject: person.name });
      break;
    }
    default:
      answer = ctx.t('q.what.person', {
        person: person.name,
        role: person.role,
        actor: actor?.name ?? person.actor,
      });
  }
  const facts: Fact[] = [
    { label: ctx.t('label.role'), value: person.role },
    { label: ctx.t('label.institution'), value: actor?.name ?? person.actor },
    { label: ctx.t('label.email'), value: person.email },
  ];
  if (person.deputy)
    facts.push({ label: ctx.t('label.deputy'), value: personWithActor(index, person.deputy) });
  const data: PersonCardData = {
    answer,
    title: person.name,
    facts,
    sections: [
      ...section_(
        ctx.t('label.bodies'),
        bodies.map((body) => body.name),
      ),
      ...section_(
        ctx.t('label.goals'),
        goals.map((goal) => `${goal.id} ${goal.title}`),
      ),
    ],
    actions: [
      {
        title: ctx.t('action.chat'),
        url: `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(person.email)}`,
      },
      { title: ctx.t('action.email'), url: `mailto:${encodeURIComponent(person.email)}` },
    ],
  };
  return { kind: 'card', card: { template: 'person', data }, text: answer };
}
