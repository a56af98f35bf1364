import { DateTime } from 'luxon';
import type { Body, Goal, Meeting, Person } from '../directory/model';
import type { Language, MessageKey, Translate } from '../i18n';
import { longDate, shortDate } from '../i18n/dates';
import type {
  ClarifyCardData,
  Fact,
  ListCardData,
  ListSection,
  MeetingCardData,
  NoAnswerCardData,
  PersonCardData,
  UrlAction,
} from '../teams/cards/card-data';
import type { Reply } from '../teams/reply';
import { parseRef, type DirectoryIndex, type RefKey } from '../language/directory-index';
import {
  bodiesOf,
  chairsInYear,
  chairsOn,
  contactsOf,
  goalsOf,
  meetingEnd,
  meetingStart,
  nameOf,
  nextChair,
  partnersOfActor,
  personWithActor,
  upcomingMeetings,
} from './facts';
import { membersOf } from '../reminders/plan';
import type { Interpretation } from './understand';

export interface ComposeContext {
  index: DirectoryIndex;
  t: Translate;
  language: Language;
  /** Now, in the organisation's time zone. */
  now: DateTime;
  /** Signed link to a meeting's .ics file, when the bot has a public address. */
  calendarUrl?: (meetingId: string) => string | undefined;
  askerId?: string;
  /** The question as typed, carried on buttons that answer it later. */
  question: string;
  /** "Meine Ziele": the asker's goals in the status rounds open now. */
  ownGoals?: { goalId: string; roundId?: string; reported?: string; version: string }[];
  /** Answers to the next meeting, loaded only for someone allowed to see them. */
  attendance?: {
    allowed: boolean;
    answers: { personId: string; answer: 'yes' | 'no' | 'deputy' }[];
  };
}

export interface Answer {
  reply: Reply;
  subject?: RefKey;
}

const LIST_MAX = 8;

/**
 * From an interpretation to the answer: a card and the one or two sentences that answer on their
 * own. Pure: everything it needs comes in through the context.
 */
export function compose(interpretation: Interpretation, ctx: ComposeContext): Answer {
  if (interpretation.type === 'none') return noAnswer(ctx, interpretation.reason);
  if (interpretation.type === 'clarify') return clarify(ctx, interpretation.candidates);
  const { kind, subject } = interpretation;
  const { index } = ctx;
  const section = subject ? parseRef(subject).section : undefined;
  const id = subject ? parseRef(subject).id : '';

  if (kind === 'upcoming') return upcoming(ctx);
  if (kind === 'status') return { reply: { kind: 'text', text: ctx.t('q.status') }, subject };
  if (kind === 'due-before')
    return dueBefore(ctx, interpretation.before ?? ctx.now.toISODate()!, subject);

  if (section === 'bodies') {
    const body = index.bodies.get(id)!;
    switch (kind) {
      case 'attendance':
        return withSubject(attendance(ctx, body), subject);
      case 'chair':
        return withSubject(
          bodyCard(ctx, body, chairSentence(ctx, body, interpretation.year), { focus: 'chair' }),
          subject,
        );
      case 'members':
        return withSubject(membersList(ctx, body), subject);
      case 'goals':
        return withSubject(goalList(ctx, goalsOf(index, { body: body.id }), body.name), subject);
      case 'agenda':
      case 'next-meeting':
      case 'where':
        return withSubject(
          meetingAnswer(ctx, body, kind, interpretation.decided === true),
          subject,
        );
      case 'why':
        return withSubject(
          bodyCard(ctx, body, ctx.t('q.why.body', { body: body.name, purpose: body.purpose })),
          subject,
        );
      default:
        return withSubject(
          bodyCard(ctx, body, ctx.t('q.what.body', { body: body.name, purpose: body.purpose })),
          subject,
        );
    }
  }
  if (section === 'goals') return withSubject(goalAnswer(ctx, index.goals.get(id)!, kind), subject);
  if (section === 'people')
    return withSubject(personAnswer(ctx, index.people.get(id)!, kind), subject);
  if (section === 'actors') return withSubject(actorAnswer(ctx, id, kind), subject);
  if (section === 'fields') {
    const field = index.fields.get(id)!;
    if (kind === 'goals')
      return withSubject(goalList(ctx, goalsOf(index, { field: field.id }), field.name), subject);
    const goals = goalsOf(index, { field: field.id });
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
    return {
      reply: { kind: 'card', card: { template: 'institution', data: card }, text: card.answer },
      subject,
    };
  }
  if (section === 'meetings') {
    const meeting = index.meetings.get(id)!;
    return withSubject(
      meetingCard(ctx, meeting, meetingSentence(ctx, meeting, 'q.what.meeting')),
      subject,
    );
  }
  return noAnswer(ctx, 'no-match');
}

function withSubject(reply: Reply, subject: RefKey | undefined): Answer {
  return { reply, subject };
}

function section_(heading: string, items: string[]): ListSection[] {
  return items.length > 0 ? [{ heading, items }] : [];
}

/** "X sits in 3 bodies: A, B and C." (or: in none). */
function bodiesOfSentence(
  ctx: ComposeContext,
  subject: string,
  bodies: { name: string }[],
): string {
  return bodies.length
    ? ctx.t('q.bodiesOf', {
        subject,
        count: bodies.length,
        list: joinList(
          ctx,
          bodies.map((body) => body.name),
        ),
      })
    : ctx.t('q.bodiesOf.none', { subject });
}

export function joinList(ctx: ComposeContext, items: string[]): string {
  const shown = items.slice(0, LIST_MAX);
  const rest = items.length - shown.length;
  if (rest > 0) shown.push(ctx.t('q.list.more', { count: rest }));
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${ctx.t('q.and')} ${shown[shown.length - 1]}`;
}

function formatDate(ctx: ComposeContext, date: DateTime | string): string {
  return longDate(
    typeof date === 'string' ? DateTime.fromISO(date, { zone: ctx.now.zone }) : date,
    ctx.language,
  );
}

function formatShortDate(ctx: ComposeContext, date: string): string {
  return shortDate(date, ctx.language);
}

function formatTime(value: DateTime): string {
  return value.toFormat('HH:mm');
}

function chairSentence(ctx: ComposeContext, body: Body, year?: number): string {
  const today = ctx.now.toISODate()!;
  if (year !== undefined && year !== ctx.now.year) {
    const chairs = chairsInYear(body, year);
    if (chairs.length === 0) return ctx.t('q.chair.yearNone', { body: body.name, year });
    return ctx.t('q.chair.year', {
      body: body.name,
      year,
      chairs: joinList(
        ctx,
        chairs.map((chair) => personWithActor(ctx.index, chair.person)),
      ),
    });
  }
  const current = chairsOn(body, today);
  const next = nextChair(body, today);
  if (current.length === 0) {
    const none = ctx.t('q.chair.none', { body: body.name });
    return next
      ? `${none} ${ctx.t('q.chair.next', { next: personWithActor(ctx.index, next.person), from: formatShortDate(ctx, next.from) })}`
      : none;
  }
  const until = current.map((chair) => chair.to).sort()[0]!;
  const now = ctx.t('q.chair.now', {
    body: body.name,
    chairs: joinList(
      ctx,
      current.map((chair) => personWithActor(ctx.index, chair.person)),
    ),
    until: formatShortDate(ctx, until),
  });
  return next
    ? `${now} ${ctx.t('q.chair.next', { next: personWithActor(ctx.index, next.person), from: formatShortDate(ctx, next.from) })}`
    : now;
}

function meetingSentence(
  ctx: ComposeContext,
  meeting: Meeting,
  key: 'q.next' | 'q.what.meeting' | 'q.where',
): string {
  const start = meetingStart(ctx.index, meeting);
  const body = ctx.index.bodies.get(meeting.body);
  return ctx.t(key, {
    body: body?.name ?? meeting.body,
    date: formatDate(ctx, start),
    time: formatTime(start),
    location: meeting.location,
  });
}

/**
 * The card of a body. Asked who chairs it, the card shows the chair (now and next) and the next
 * meeting only; otherwise the whole record.
 */
function bodyCard(
  ctx: ComposeContext,
  body: Body,
  answer: string,
  options: { focus: 'chair' | 'record' } = { focus: 'record' },
): Reply {
  const today = ctx.now.toISODate()!;
  const chairOnly = options.focus === 'chair';
  const facts: Fact[] = chairOnly ? [] : [{ label: ctx.t('label.purpose'), value: body.purpose }];
  const chairs = chairsOn(body, today);
  if (chairs.length > 0)
    facts.push({
      label: ctx.t('label.chair'),
      value: chairs.map((chair) => personWithActor(ctx.index, chair.person)).join('; '),
    });
  const next = nextChair(body, today);
  if (next)
    facts.push({
      label: ctx.t('label.nextChair'),
      value: ctx.t('label.nextChair.value', {
        person: personWithActor(ctx.index, next.person),
        from: formatShortDate(ctx, next.from),
      }),
    });
  const meeting = upcomingMeetings(ctx.index, ctx.now, body.id)[0];
  if (meeting) {
    const start = meetingStart(ctx.index, meeting);
    facts.push({
      label: ctx.t('label.nextMeeting'),
      value: `${ctx.t('time.at', { date: formatDate(ctx, start), time: formatTime(start) })} · ${meeting.location}`,
    });
  }
  const field = body.field && !chairOnly ? ctx.index.fields.get(body.field) : undefined;
  if (field) facts.push({ label: ctx.t('label.field'), value: field.name });
  const data: PersonCardData = {
    answer,
    title: body.name,
    subtitle: chairOnly ? undefined : body.aliases.join(', ') || undefined,
    facts,
    sections: chairOnly
      ? []
      : section_(
          ctx.t('label.members'),
          body.members.map((member) => nameOf(ctx.index, member)),
        ),
    actions: [],
  };
  return { kind: 'card', card: { template: 'body', data }, text: answer };
}

function membersList(ctx: ComposeContext, body: Body): Reply {
  const names = body.members.map((member) => nameOf(ctx.index, member));
  const answer = names.length
    ? ctx.t('q.members', { body: body.name, count: names.length, list: joinList(ctx, names) })
    : ctx.t('q.members.none', { body: body.name });
  return bodyCard(ctx, body, answer);
}

function meetingAnswer(
  ctx: ComposeContext,
  body: Body,
  kind: 'agenda' | 'next-meeting' | 'where',
  decided: boolean,
): Reply {
  if (kind === 'where' && decided)
    return bodyCard(
      ctx,
      body,
      ctx.t('q.where.decided', { body: body.name, purpose: body.purpose }),
    );
  const meeting = upcomingMeetings(ctx.index, ctx.now, body.id)[0];
  if (!meeting) return bodyCard(ctx, body, ctx.t('q.next.none', { body: body.name }));
  const start = meetingStart(ctx.index, meeting);
  let answer: string;
  if (kind === 'agenda') {
    answer = meeting.agenda.length
      ? ctx.t('q.agenda', {
          body: body.name,
          date: formatDate(ctx, start),
          items: meeting.agenda.join('; '),
        })
      : ctx.t('q.agenda.empty', { body: body.name, date: formatDate(ctx, start) });
  } else {
    answer = meetingSentence(ctx, meeting, kind === 'where' ? 'q.where' : 'q.next');
  }
  return meetingCard(ctx, meeting, answer);
}

function meetingCard(ctx: ComposeContext, meeting: Meeting, answer: string): Reply {
  const start = meetingStart(ctx.index, meeting);
  const end = meetingEnd(ctx.index, meeting);
  const body = ctx.index.bodies.get(meeting.body);
  const actions: UrlAction[] = [];
  if (meeting.online) actions.push({ title: ctx.t('action.join'), url: meeting.online });
  const calendar = ctx.calendarUrl?.(meeting.id);
  if (calendar) actions.push({ title: ctx.t('action.calendar'), url: calendar });
  const facts: Fact[] = [
    {
      label: ctx.t('label.when'),
      value: `${formatDate(ctx, start)}, ${formatTime(start)}–${formatTime(end)}`,
    },
    { label: ctx.t('label.where'), value: meeting.location },
  ];
  if (meeting.online) facts.push({ label: ctx.t('label.online'), value: meeting.online });
  const data: MeetingCardData = {
    answer,
    title: body?.name ?? meeting.body,
    subtitle: formatDate(ctx, start),
    facts,
    sections: [],
    actions,
    agendaTitle: ctx.t('label.agenda'),
    agenda: meeting.agenda,
  };
  return { kind: 'card', card: { template: 'meeting', data }, text: answer };
}

function goalAnswer(ctx: ComposeContext, goal: Goal, kind: string): Reply {
  const owner = personWithActor(ctx.index, goal.owner);
  const partners = goal.partners.map((partner) => nameOf(ctx.index, partner));
  const title = `${goal.id} „${goal.title}“`;
  let answer: string;
  switch (kind) {
    case 'owner':
      answer = ctx.t('q.owner', { goal: title, owner });
      break;
    case 'due':
      answer = ctx.t('q.due', { goal: title, date: formatShortDate(ctx, goal.due) });
      break;
    case 'partners':
      answer = partners.length
        ? ctx.t('q.partners.goal', { goal: title, list: joinList(ctx, partners) })
        : ctx.t('q.partners.none', { subject: title });
      break;
    case 'why':
      answer = ctx.t('q.why.goal', { goal: title, why: goal.why });
      break;
    default:
      answer = ctx.t('q.what.goal', { goal: title, what: goal.what });
  }
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

function personAnswer(ctx: ComposeContext, person: Person, kind: string): Reply {
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
      answer = bodiesOfSentence(ctx, person.name, bodies);
      break;
    case 'goals':
      return goalList(ctx, goals, person.name, person.id === ctx.askerId);
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

function actorAnswer(ctx: ComposeContext, actorId: string, kind: string): Reply {
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
      answer = bodiesOfSentence(ctx, actor.name, bodies);
      break;
    case 'goals':
      return goalList(ctx, goalsOf(index, { actor: actor.id }), actor.name);
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

function goalList(ctx: ComposeContext, goals: Goal[], subject: string, mine = false): Reply {
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

/** "Wer kommt zur nächsten SG?": counts and names, for coordinators and the body's chairs. */
function attendance(ctx: ComposeContext, body: Body): Reply {
  if (!ctx.attendance?.allowed) return { kind: 'text', text: ctx.t('q.attendance.notAllowed') };
  const meeting = upcomingMeetings(ctx.index, ctx.now, body.id)[0];
  if (!meeting) return { kind: 'text', text: ctx.t('q.next.none', { body: body.name }) };
  const members = membersOf(ctx.index.directory, body.id);
  const answers = new Map(ctx.attendance.answers.map((entry) => [entry.personId, entry.answer]));
  const names = (answer: 'yes' | 'no' | 'deputy') =>
    members
      .filter((id) => answers.get(id) === answer)
      .map((id) => ctx.index.people.get(id)?.name ?? id);
  const open = members
    .filter((id) => !answers.has(id))
    .map((id) => ctx.index.people.get(id)?.name ?? id);
  const [yes, no, deputy] = [names('yes'), names('no'), names('deputy')];
  const start = meetingStart(ctx.index, meeting);
  const answer = ctx.t('q.attendance', {
    body: body.name,
    date: formatDate(ctx, start),
    yes: yes.length,
    no: no.length,
    deputy: deputy.length,
    open: open.length,
  });
  const data: ListCardData = {
    answer,
    title: `${body.name} · ${formatDate(ctx, start)}`,
    items: [
      { title: `${ctx.t('rem.yes')} (${yes.length})`, subtitle: yes.join(', ') || '–' },
      { title: `${ctx.t('rem.deputy')} (${deputy.length})`, subtitle: deputy.join(', ') || '–' },
      { title: `${ctx.t('rem.no')} (${no.length})`, subtitle: no.join(', ') || '–' },
      { title: `${ctx.t('q.attendance.open')} (${open.length})`, subtitle: open.join(', ') || '–' },
    ],
  };
  return { kind: 'card', card: { template: 'list', data }, text: answer };
}

function upcoming(ctx: ComposeContext): Answer {
  // "nächste Sitzungen": the asker's own bodies; everyone's when they belong to none.
  const own = new Set(
    ctx.askerId
      ? ctx.index.directory.bodies
          .filter((body) => membersOf(ctx.index.directory, body.id).includes(ctx.askerId!))
          .map((body) => body.id)
      : [],
  );
  const meetings = upcomingMeetings(ctx.index, ctx.now)
    .filter((meeting) => own.size === 0 || own.has(meeting.body))
    .slice(0, 10);
  const describe = (meeting: Meeting) => {
    const start = meetingStart(ctx.index, meeting);
    return `${formatShortDate(ctx, start.toISODate()!)} ${formatTime(start)} ${ctx.index.bodies.get(meeting.body)?.name ?? meeting.body}`;
  };
  const answer = meetings.length
    ? ctx.t('q.upcoming', { list: joinList(ctx, meetings.slice(0, 5).map(describe)) })
    : ctx.t('q.upcoming.none');
  const data: ListCardData = {
    answer,
    title: ctx.t('title.upcoming'),
    items: meetings.map((meeting) => ({ title: describe(meeting), subtitle: meeting.location })),
  };
  return { reply: { kind: 'card', card: { template: 'list', data }, text: answer } };
}

function dueBefore(ctx: ComposeContext, before: string, scope?: RefKey): Answer {
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

/** A one-line description of a record, for "did you mean" buttons. */
export function describeRef(index: DirectoryIndex, ref: RefKey): string {
  const { section, id } = parseRef(ref);
  switch (section) {
    case 'people':
      return personWithActor(index, id);
    case 'actors':
      return index.actors.get(id)?.name ?? id;
    case 'bodies':
      return index.bodies.get(id)?.name ?? id;
    case 'fields':
      return index.fields.get(id)?.name ?? id;
    case 'goals': {
      const goal = index.goals.get(id);
      return goal ? `${goal.id} ${goal.title}` : id;
    }
    case 'meetings': {
      const meeting = index.meetings.get(id);
      return meeting
        ? `${index.bodies.get(meeting.body)?.name ?? meeting.body}, ${shortDate(meeting.start.slice(0, 10), 'de')} ${meeting.start.slice(11, 16)}`
        : id;
    }
  }
}

/**
 * A candidate's button: buttons do not wrap and are cut off in narrow clients, so a person with
 * a long institution name is shown with the institution's short name (its shortest alias).
 */
function buttonTitle(index: DirectoryIndex, candidate: RefKey, title: string): string {
  const [kind, id] = candidate.split('/') as [string, string];
  if (kind !== 'people' || title.length <= 40) return title;
  const person = index.people.get(id);
  const actor = person ? index.actors.get(person.actor) : undefined;
  const short = actor?.aliases
    .filter((alias) => alias.length <= 16)
    .sort((a, b) => a.length - b.length)[0];
  return person && short ? `${person.name} (${short})` : title;
}

function clarify(ctx: ComposeContext, candidates: RefKey[]): Answer {
  const titles = candidates.map((candidate) => describeRef(ctx.index, candidate));
  const options = `${titles.slice(0, -1).join(', ')} ${ctx.t('q.clarify.or')} ${titles[titles.length - 1]}`;
  const answer = ctx.t('q.clarify', { options });
  const data: ClarifyCardData = {
    answer,
    title: ctx.t('title.clarify'),
    options: candidates.map((candidate, i) => ({
      title: buttonTitle(ctx.index, candidate, titles[i]!),
      data: { kokobot: 'clarify', subject: candidate, question: ctx.question },
    })),
  };
  return { reply: { kind: 'card', card: { template: 'clarify', data }, text: answer } };
}

/** Example questions that work for this directory (its first bodies and institutions). */
export function exampleQuestions(ctx: ComposeContext): string[] {
  const { directory } = ctx.index;
  const body = directory.bodies[0];
  const shortName = (aliases: string[], name: string) =>
    aliases.find((alias) => alias.length <= 12 && /[A-Z]{2}/.test(alias)) ?? name;
  const examples: string[] = [];
  if (body) {
    examples.push(ctx.t('q.example.chair', { body: shortName(body.aliases, body.name) }));
    examples.push(ctx.t('q.example.next', { body: shortName(body.aliases, body.name) }));
  }
  const actor =
    directory.actors.find(
      (candidate) => candidate.kind === 'city' && candidate.aliases.length > 0,
    ) ?? directory.actors[0];
  if (actor) examples.push(ctx.t('q.example.what', { actor: actor.aliases[0] ?? actor.name }));
  return examples.slice(0, 3);
}

function noAnswer(ctx: ComposeContext, reason: 'empty' | 'no-match' | 'unknown-asker'): Answer {
  if (reason === 'unknown-asker')
    return { reply: { kind: 'text', text: ctx.t('q.none.unknownAsker') } };
  const examples = exampleQuestions(ctx);
  const first = reason === 'empty' ? ctx.t('q.none.empty') : ctx.t('q.none');
  const answer = `${first} ${ctx.t('q.none.examples', { examples: examples.map((example) => `„${example}“`).join(' ') })}`;
  // The card's title says "nothing found" and its buttons are the examples: said once each.
  const intro = ctx.t('q.none.examplesIntro');
  const data: NoAnswerCardData = {
    answer: reason === 'empty' ? `${first} ${intro}` : intro,
    title: ctx.t('title.none'),
    examples,
    forward:
      reason === 'no-match' && ctx.question.trim()
        ? { title: ctx.t('action.forward'), data: { kokobot: 'forward', question: ctx.question } }
        : undefined,
  };
  return { reply: { kind: 'card', card: { template: 'no-answer', data }, text: answer } };
}
