import type { Body, Person } from '../../directory/model';
import { COORDINATOR_CONCEPT } from '../../language/roles';
import type { PersonCardData } from '../../teams/cards/card-data';
import type { Reply } from '../../teams/reply';
import { personWithActor } from '../facts';
import { joinList, section_, type ComposeContext } from './shared';

/**
 * Answers about people the question does not name one by one (issue 16): the coordinators, the
 * people of one institution in a body, whom a person deputises for, the bodies a person sits in
 * in person and through their institution.
 */

/** People marked as coordinators, and people whose role says so; narrowed to one institution. */
export function coordinatorsAnswer(ctx: ComposeContext, actorId?: string): Reply {
  const { index } = ctx;
  const people = index.directory.people.filter(
    (person) =>
      (actorId === undefined || person.actor === actorId) &&
      (person.coordinator ||
        (index.roleIndex.roles.get(person.id) ?? []).some((word) =>
          word.terms.includes(COORDINATOR_CONCEPT),
        )),
  );
  const actor = actorId ? index.actors.get(actorId) : undefined;
  // Every coordinator in the text (the list is what was asked), those marked as such first.
  people.sort((a, b) => Number(b.coordinator) - Number(a.coordinator));
  const listOf = (some: Person[]) => {
    const names = some.map((person) => `${personWithActor(index, person.id)} – ${person.role}`);
    return names.length <= 1
      ? names.join('')
      : `${names.slice(0, -1).join(', ')} ${ctx.t('q.and')} ${names[names.length - 1]}`;
  };
  const list = listOf(people);
  const marked = people.filter((person) => person.coordinator);
  const byRole = people.filter((person) => !person.coordinator);
  // „Wie viele Koordinatoren gibt es?“: those marked as coordinators are counted; those whose
  // role only says so follow, counted apart.
  const answer =
    people.length === 0
      ? ctx.t('q.coordinators.none')
      : actor
        ? ctx.t('q.coordinators.actor', { actor: actor.name, list })
        : marked.length > 0 && byRole.length > 0
          ? ctx.t('q.coordinators.split', {
              count: marked.length,
              list: listOf(marked),
              more: byRole.length,
              others: listOf(byRole),
            })
          : ctx.t('q.coordinators', { count: people.length, list });
  if (!actor && marked.length > 0 && byRole.length > 0) {
    // Two sections, as the text counts them apart (so no count of all entries is put first).
    const reply = listCard(ctx, answer, ctx.t('label.coordinators'), marked);
    const data = (reply as { card: { data: PersonCardData } }).card.data;
    data.sections = [
      ...data.sections,
      ...section_(
        ctx.t('label.coordinatorsByRole'),
        byRole.map((person) => `${person.name} – ${person.role} – ${person.email}`),
      ),
    ];
    return reply;
  }
  return listCard(ctx, answer, ctx.t('label.coordinators'), people);
}

/** "Wer von der Agentur sitzt in der Steuerungsgruppe?": that institution's people in the body. */
export function membersFromAnswer(ctx: ComposeContext, body: Body, actorId: string): Reply {
  const { index } = ctx;
  const actor = index.actors.get(actorId);
  const people = body.members
    .map((id) => index.people.get(id))
    .filter((person): person is Person => person?.actor === actorId);
  const params = { actor: actor?.name ?? actorId, body: body.name };
  const answer =
    people.length > 0
      ? ctx.t('q.membersFrom', {
          ...params,
          count: people.length,
          list: joinList(
            ctx,
            people.map((person) => `${person.name} (${person.role})`),
          ),
        })
      : body.members.includes(actorId)
        ? ctx.t('q.membersFrom.institution', params)
        : ctx.t('q.membersFrom.none', params);
  return listCard(ctx, answer, body.name, people);
}

/** The people whose deputy this person is. */
export function deputisesSentence(ctx: ComposeContext, person: Person): string {
  const { index } = ctx;
  const covered = index.directory.people.filter((other) => other.deputy === person.id);
  return covered.length
    ? ctx.t('q.deputises', {
        person: person.name,
        list: joinList(
          ctx,
          covered.map((other) => personWithActor(index, other.id)),
        ),
      })
    : ctx.t('q.deputises.none', { person: person.name });
}

/**
 * The bodies a person sits in: in person (listed as member or chair) and, told apart, those their
 * institution belongs to; `inPerson` leaves out the latter.
 */
export function personBodiesSentence(
  ctx: ComposeContext,
  person: Person,
  options: { inPerson: boolean },
): string {
  const { index } = ctx;
  // A chair whose institution is the member sits there for it; one listed nowhere else in person.
  const direct = index.directory.bodies.filter(
    (body) =>
      body.members.includes(person.id) ||
      (!body.members.includes(person.actor) &&
        body.chairs.some((chair) => chair.person === person.id)),
  );
  const via = index.directory.bodies.filter(
    (body) => body.members.includes(person.actor) && !direct.includes(body),
  );
  const actor = index.actors.get(person.actor)?.name ?? person.actor;
  const names = (bodies: Body[]) =>
    joinList(
      ctx,
      bodies.map((body) => body.name),
    );
  if (direct.length === 0)
    return options.inPerson || via.length === 0
      ? ctx.t('q.bodiesOf.inPerson.none', { person: person.name })
      : ctx.t('q.bodiesOf.onlyVia', { person: person.name, actor, list: names(via) });
  const inPerson = ctx.t('q.bodiesOf.inPerson', {
    person: person.name,
    count: direct.length,
    list: names(direct),
  });
  if (options.inPerson || via.length === 0) return inPerson;
  return `${inPerson} ${ctx.t('q.bodiesOf.viaInstitution', { actor, list: names(via) })}`;
}

function listCard(ctx: ComposeContext, answer: string, heading: string, people: Person[]): Reply {
  const data: PersonCardData = {
    answer,
    title: heading,
    facts: [],
    sections: section_(
      heading,
      people.map((person) => `${person.name} – ${person.role} – ${person.email}`),
    ),
    actions: [],
  };
  return { kind: 'card', card: { template: 'institution', data }, text: answer };
}
