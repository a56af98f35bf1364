import type { PersonCardData } from '../../teams/cards/card-data';
import type { Reply } from '../../teams/reply';
import { bodiesOf, contactsOf, goalsOf, partnersOfActor } from '../facts';
import { actorDetailSentence } from './contact-detail';
import { goalList, involvedGoalList } from './goal-list';
import { bodiesOfSentence, joinList, section_, type ComposeContext } from './shared';

/** A question about an institution (an actor of the directory): contacts, partners, bodies, goals. */
export function actorAnswer(
  ctx: ComposeContext,
  actorId: string,
  kind: string,
  options: { involved?: boolean } = {},
): Reply {
  const { index } = ctx;
  const actor = index.actors.get(actorId)!;
  const contacts = contactsOf(index, actor);
  const partners = partnersOfActor(index, actor);
  const bodies = bodiesOf(index, { actor });
  let answer: string;
  switch (kind) {
    case 'contact':
      answer = contacts.length
        ? ctx.t('q.contact', {
            actor: actor.name,
            people: joinList(
              ctx,
              contacts.map((person) => `${person.name} (${person.role}, ${person.email})`),
            ),
          })
        : ctx.t('q.contact.none', { actor: actor.name });
      break;
    case 'partners':
      answer = partners.length
        ? ctx.t('q.partners', {
            subject: actor.name,
            list: joinList(
              ctx,
              partners.map((partner) => partner.name),
            ),
          })
        : ctx.t('q.partners.none', { subject: actor.name });
      break;
    case 'bodies-of':
      answer = withPeopleElsewhere(ctx, actor.id, bodiesOfSentence(ctx, actor.name, bodies));
      break;
    case 'goals':
      return options.involved
        ? involvedGoalList(ctx, { actor: actor.id }, actor.name)
        : goalList(ctx, goalsOf(index, { actor: actor.id }), actor.name);
    case 'phone':
    case 'email':
    case 'address':
      answer = actorDetailSentence(ctx, actor, kind);
      break;
    default:
      answer = ctx.t('q.what.actor', { actor: actor.name, description: actor.description });
  }
  const data: PersonCardData = {
    answer,
    title: actor.name,
    subtitle: [ctx.t(`kind.${actor.kind}`), ...actor.aliases].join(' · '),
    facts: [{ label: ctx.t('label.description'), value: actor.description }],
    sections: [
      ...section_(
        ctx.t('label.contacts'),
        contacts.map((person) => `${person.name} – ${person.role} – ${person.email}`),
      ),
      ...section_(
        ctx.t('label.partners'),
        partners.map((partner) => partner.name),
      ),
      ...section_(
        ctx.t('label.bodies'),
        bodies.map((body) => body.name),
      ),
    ],
    actions: [],
  };
  return { kind: 'card', card: { template: 'institution', data }, text: answer };
}

/**
 * „In welchen Gremien ist die Bezirksregierung?“: where the institution is a member, and then
 * where only its people sit in person (or chair), with who.
 */
function withPeopleElsewhere(ctx: ComposeContext, actorId: string, sentence: string): string {
  const { index } = ctx;
  const people = index.directory.people.filter((person) => person.actor === actorId);
  const elsewhere = index.directory.bodies.flatMap((body) => {
    if (body.members.includes(actorId)) return [];
    const there = people.filter(
      (person) =>
        body.members.includes(person.id) || body.chairs.some((chair) => chair.person === person.id),
    );
    return there.length
      ? [
          `${body.name} (${joinList(
            ctx,
            there.map((person) => person.name),
          )})`,
        ]
      : [];
  });
  if (elsewhere.length === 0) return sentence;
  return `${sentence} ${ctx.t('q.bodiesOf.throughPeople', { list: joinList(ctx, elsewhere) })}`;
}
