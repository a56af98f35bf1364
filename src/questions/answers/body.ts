import type { Body } from '../../directory/model';
import type { Fact, PersonCardData } from '../../teams/cards/card-data';
import type { Reply } from '../../teams/reply';
import type { QuestionKind } from '../understand';
import {
  chairsInYear,
  chairsOn,
  goalsOf,
  meetingStart,
  nameOf,
  nextChair,
  personWithActor,
  upcomingMeetings,
} from '../facts';
import type { Occasion, Period } from '../understand/occasion';
import { attendance } from './attendance';
import { chairInPeriod } from './chair-period';
import { chairNowSentence, hasChairNow } from './chair-now';
import { withVerdict } from './verdict';
import { meetingDetailAsked, meetingOnOccasion } from './meeting-occasion';
import { goalList } from './goal-list';
import { meetingCard, meetingSentence } from './meeting';
import {
  formatDate,
  formatShortDate,
  formatTime,
  joinList,
  section_,
  type ComposeContext,
} from './shared';

/** A question about a body (a Steuerungsgruppe, a committee): its chair, members, goals, meetings. */
export function bodyAnswer(
  ctx: ComposeContext,
  body: Body,
  kind: QuestionKind,
  options: {
    year?: number;
    decided: boolean;
    occasion?: Occasion;
    period?: Period;
    whether?: boolean;
  },
): Reply {
  // A meeting other than the next one, or a detail asked directly; a chair in a period asked.
  if (kind === 'chair' && options.period)
    return bodyCard(ctx, body, chairInPeriod(ctx, body, options.period), { focus: 'chair' });
  const detail = meetingDetailAsked(kind);
  if (detail && (options.occasion || kind === 'online' || options.whether) && !options.decided)
    return meetingOnOccasion(
      ctx,
      body,
      options.occasion ?? { type: 'upcoming', position: 1 },
      detail,
      options.whether === true,
    );
  switch (kind) {
    case 'attendance':
      return attendance(ctx, body);
    case 'chair': {
      const reply = bodyCard(ctx, body, chairSentence(ctx, body, options.year), { focus: 'chair' });
      return options.whether ? withVerdict(ctx, reply, hasChairNow(ctx, body)) : reply;
    }
    case 'members':
      return membersList(ctx, body);
    case 'goals':
      return goalList(ctx, goalsOf(ctx.index, { body: body.id }), body.name);
    case 'agenda':
    case 'next-meeting':
    case 'where':
      return meetingAnswer(ctx, body, kind, options.decided);
    case 'why':
      return bodyCard(ctx, body, ctx.t('q.why.body', { body: body.name, purpose: body.purpose }));
    default:
      return bodyCard(ctx, body, ctx.t('q.what.body', { body: body.name, purpose: body.purpose }));
  }
}

function chairSentence(ctx: ComposeContext, body: Body, year?: number): string {
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
  return chairNowSentence(ctx, body);
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
