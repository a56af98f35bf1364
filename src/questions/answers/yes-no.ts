import type { Body, Goal, Person } from '../../directory/model';
import { parseRef, type RefKey } from '../../language/directory-index';
import type { Reply } from '../../teams/reply';
import { chairsOn, nameOf, partnersOfActor, personWithActor } from '../facts';
import type { YesNo } from '../understand/yes-no';
import type { Period } from '../understand/occasion';
import { chairInPeriod } from './chair-period';
import { coordinatorAnswer } from './yes-no-person';
import { formatShortDate, joinList, type ComposeContext } from './shared';

/**
 * „Ist die Handwerkskammer in der Steuerungsgruppe?“: Ja or Nein first, then the fact behind it
 * (through whom an institution sits in a body, whether a person sits there in person or only
 * through their institution, who the deputy or owner is instead).
 */
export function yesNoAnswer(ctx: ComposeContext, question: YesNo): Reply {
  const asked = [question.asked, ...(question.more ?? [])];
  return {
    kind: 'text',
    text: asked.map((ref) => sentence(ctx, { ...question, asked: ref })).join('\n'),
  };
}

function sentence(ctx: ComposeContext, { relation, asked, of, period }: YesNo): string {
  const { index } = ctx;
  const a = parseRef(asked);
  const o = parseRef(of);
  switch (relation) {
    case 'member':
      return a.section === 'actors'
        ? actorInBody(ctx, a.id, index.bodies.get(o.id)!)
        : personInBody(ctx, index.people.get(a.id)!, index.bodies.get(o.id)!);
    case 'chair':
      return period
        ? chairInPeriodOf(ctx, asked, index.bodies.get(o.id)!, period)
        : chairOf(ctx, asked, index.bodies.get(o.id)!);
    case 'partner':
      return o.section === 'goals'
        ? partnerOfGoal(ctx, asked, index.goals.get(o.id)!)
        : partnerOfActor(ctx, a.id, o.id);
    case 'owner':
      return ownerOfGoal(ctx, asked, index.goals.get(o.id)!);
    case 'deputy':
      return deputyOf(ctx, index.people.get(a.id)!, index.people.get(o.id)!);
    case 'works-at':
      return worksAt(ctx, index.people.get(a.id)!, o.id);
    case 'part-of':
      return partOf(ctx, asked, of);
    case 'coordinator':
      return coordinatorAnswer(ctx, index.people.get(a.id)!);
  }
}

function peopleOf(ctx: ComposeContext, actorId: string, ids: string[]): Person[] {
  return ids
    .map((id) => ctx.index.people.get(id))
    .filter((person): person is Person => person?.actor === actorId);
}

function actorInBody(ctx: ComposeContext, actorId: string, body: Body): string {
  const actor = nameOf(ctx.index, actorId);
  const people = peopleOf(ctx, actorId, body.members).map((person) => person.name);
  const direct = body.members.includes(actorId);
  const params = { actor, body: body.name, people: joinList(ctx, people) };
  if (direct && people.length > 0) return ctx.t('yesno.actorInBody.directAndPeople', params);
  if (direct) return ctx.t('yesno.actorInBody.direct', params);
  if (people.length > 0) return ctx.t('yesno.actorInBody.through', params);
  return ctx.t('yesno.actorInBody.no', params);
}

function personInBody(ctx: ComposeContext, person: Person, body: Body): string {
  const params = {
    person: person.name,
    body: body.name,
    actor: nameOf(ctx.index, person.actor),
  };
  if (body.members.includes(person.id)) return ctx.t('yesno.personInBody.direct', params);
  if (body.chairs.some((chair) => chair.person === person.id))
    return ctx.t('yesno.personInBody.chair', params);
  if (body.members.includes(person.actor)) return ctx.t('yesno.personInBody.through', params);
  return ctx.t('yesno.personInBody.no', params);
}

function chairOf(ctx: ComposeContext, asked: RefKey, body: Body): string {
  const { section, id } = parseRef(asked);
  const current = chairsOn(body, ctx.now.toISODate()!);
  const chairs = joinList(
    ctx,
    current.map((chair) => personWithActor(ctx.index, chair.person)),
  );
  const name = nameOf(ctx.index, id);
  const matching = current.filter((chair) =>
    section === 'people' ? chair.person === id : ctx.index.people.get(chair.person)?.actor === id,
  );
  const params = { subject: name, body: body.name, chairs };
  if (matching.length > 0) {
    const until = matching.map((chair) => chair.to).sort()[0]!;
    return ctx.t('yesno.chair.yes', {
      ...params,
      chairs: joinList(
        ctx,
        matching.map((chair) => personWithActor(ctx.index, chair.person)),
      ),
      until: formatShortDate(ctx, until),
    });
  }
  return current.length > 0
    ? ctx.t('yesno.chair.other', params)
    : ctx.t('yesno.chair.nobody', params);
}

/** „Leitet X 2027 die SG?“: Ja or Nein for the period, then who chairs in it and when. */
function chairInPeriodOf(ctx: ComposeContext, asked: RefKey, body: Body, period: Period): string {
  const { section, id } = parseRef(asked);
  const holds = body.chairs.some(
    (chair) =>
      chair.from <= period.to &&
      chair.to >= period.from &&
      (section === 'people'
        ? chair.person === id
        : ctx.index.people.get(chair.person)?.actor === id),
  );
  return `${ctx.t(holds ? 'yesno.verdict.yes' : 'yesno.verdict.no')} ${chairInPeriod(ctx, body, period)}`;
}

function goalTitle(goal: Goal): string {
  return `${goal.id} „${goal.title}“`;
}

function partnerOfGoal(ctx: ComposeContext, asked: RefKey, goal: Goal): string {
  const { index } = ctx;
  const { section, id } = parseRef(asked);
  const owner = personWithActor(index, goal.owner);
  const partners = joinList(
    ctx,
    goal.partners.map((partner) => nameOf(index, partner)),
  );
  const params = { subject: nameOf(index, id), goal: goalTitle(goal), owner, partners };
  if (goal.partners.includes(id)) return ctx.t('yesno.partner.yes', params);
  if (goal.owner === id) return ctx.t('yesno.partner.owner', params);
  if (section === 'actors') {
    const people = goal.partners
      .map((partner) => index.people.get(partner))
      .filter((person): person is Person => person?.actor === id)
      .map((person) => person.name);
    if (people.length > 0)
      return ctx.t('yesno.partner.through', { ...params, people: joinList(ctx, people) });
    if (index.people.get(goal.owner)?.actor === id) return ctx.t('yesno.partner.owner', params);
  } else {
    const actor = index.people.get(id)?.actor;
    if (actor && goal.partners.includes(actor))
      return ctx.t('yesno.partner.viaActor', { ...params, actor: nameOf(index, actor) });
  }
  return goal.partners.length > 0
    ? ctx.t('yesno.partner.no', params)
    : ctx.t('yesno.partner.noPartners', params);
}

function ownerOfGoal(ctx: ComposeContext, asked: RefKey, goal: Goal): string {
  const { index } = ctx;
  const { section, id } = parseRef(asked);
  const params = {
    subject: nameOf(index, id),
    goal: goalTitle(goal),
    owner: personWithActor(index, goal.owner),
  };
  const owns =
    section === 'people' ? goal.owner === id : index.people.get(goal.owner)?.actor === id;
  if (owns) return ctx.t('yesno.owner.yes', params);
  return goal.partners.includes(id)
    ? ctx.t('yesno.owner.partner', params)
    : ctx.t('yesno.owner.no', params);
}

function deputyOf(ctx: ComposeContext, deputy: Person, person: Person): string {
  const params = { deputy: deputy.name, person: person.name };
  if (person.deputy === deputy.id) return ctx.t('yesno.deputy.yes', params);
  if (deputy.deputy === person.id) return ctx.t('yesno.deputy.reverse', params);
  return person.deputy
    ? ctx.t('yesno.deputy.other', {
        ...params,
        actual: personWithActor(ctx.index, person.deputy),
      })
    : ctx.t('yesno.deputy.nobody', params);
}

function worksAt(ctx: ComposeContext, person: Person, actorId: string): string {
  const params = {
    person: person.name,
    actor: nameOf(ctx.index, actorId),
    actual: nameOf(ctx.index, person.actor),
    role: person.role,
  };
  return person.actor === actorId
    ? ctx.t('yesno.worksAt.yes', params)
    : ctx.t('yesno.worksAt.no', params);
}

function partnerOfActor(ctx: ComposeContext, a: string, b: string): string {
  const actor = ctx.index.actors.get(a)!;
  const params = { a: nameOf(ctx.index, a), b: nameOf(ctx.index, b) };
  return partnersOfActor(ctx.index, actor).some((partner) => partner.id === b)
    ? ctx.t('yesno.actorPartner.yes', params)
    : ctx.t('yesno.actorPartner.no', params);
}

/** A goal in its field or body, a body in its field. */
function partOf(ctx: ComposeContext, asked: RefKey, of: RefKey): string {
  const { index } = ctx;
  const part = parseRef(asked);
  const whole = parseRef(of);
  const goal = part.section === 'goals' ? index.goals.get(part.id) : undefined;
  const body = part.section === 'bodies' ? index.bodies.get(part.id) : undefined;
  const actualId =
    whole.section === 'bodies'
      ? goal?.body
      : whole.section === 'fields'
        ? (goal ?? body)?.field
        : undefined;
  const label = (ref: { section: string; id: string }) =>
    ref.section === 'goals'
      ? goalTitle(index.goals.get(ref.id)!)
      : ref.section === 'bodies'
        ? index.bodies.get(ref.id)!.name
        : index.fields.get(ref.id)!.name;
  const actual =
    actualId === undefined
      ? undefined
      : whole.section === 'bodies'
        ? index.bodies.get(actualId)?.name
        : index.fields.get(actualId)?.name;
  const params = { part: label(part), whole: label(whole), actual: actual ?? '' };
  if (actualId === whole.id) return ctx.t('yesno.partOf.yes', params);
  return actual ? ctx.t('yesno.partOf.other', params) : ctx.t('yesno.partOf.no', params);
}
