import type { Body, Person } from '../../directory/model';
import type { Reply } from '../../teams/reply';
import { nameOf } from '../facts';
import { joinList, section_, type ComposeContext } from './shared';

/**
 * „Welche Institutionen sind in der SG vertreten?“: every institution in a body, as a member or
 * through its people there (named after it), in the order of the member list.
 */
export function bodyInstitutions(ctx: ComposeContext, body: Body): Reply {
  const { index } = ctx;
  const through = new Map<string, Person[]>();
  for (const id of body.members) {
    const actorId = index.actors.has(id) ? id : index.people.get(id)?.actor;
    if (!actorId) continue;
    const people = through.get(actorId) ?? [];
    const person = index.people.get(id);
    if (person) people.push(person);
    through.set(actorId, people);
  }
  const items = [...through].map(([actorId, people]) =>
    people.length > 0
      ? ctx.t('q.institutions.item', {
          actor: nameOf(index, actorId),
          people: people.map((person) => person.name).join(', '),
        })
      : nameOf(index, actorId),
  );
  const answer = items.length
    ? ctx.t('q.institutions', { body: body.name, count: items.length, list: joinList(ctx, items) })
    : ctx.t('q.members.none', { body: body.name });
  return {
    kind: 'card',
    card: {
      template: 'body',
      data: {
        answer,
        title: body.name,
        facts: [],
        sections: section_(ctx.t('label.institutions'), items),
        actions: [],
      },
    },
    text: answer,
  };
}
