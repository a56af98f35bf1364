import type { Meeting } from '../../directory/model';
import type { Fact, ListCardData, MeetingCardData, UrlAction } from '../../teams/cards/card-data';
import type { Reply } from '../../teams/reply';
import { meetingEnd, meetingStart, upcomingMeetings } from '../facts';
import { membersOf } from '../../directory/members';
import {
  formatDate,
  formatShortDate,
  formatTime,
  joinList,
  type Answer,
  type ComposeContext,
} from './shared';

export function meetingSentence(
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

export function meetingCard(ctx: ComposeContext, meeting: Meeting, answer: string): Reply {
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

export function upcoming(ctx: ComposeContext): Answer {
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
