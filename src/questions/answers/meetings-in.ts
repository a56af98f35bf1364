import type { Meeting } from '../../directory/model';
import type { ListCardData } from '../../teams/cards/card-data';
import { meetingStart } from '../facts';
import type { Occasion, PeriodLabel } from '../understand/occasion';
import { meetingCard } from './meeting';
import { periodPhrase } from './period';
import {
  formatDate,
  formatShortDate,
  formatTime,
  joinList,
  type Answer,
  type ComposeContext,
} from './shared';

/**
 * The meetings of every body on a day or in a span asked without a body ("Was ist am 12. März?",
 * "Welche Sitzungen gibt es im März?", "how many meetings are there in June?"), or the one at a
 * position among the coming ones ("die übernächste Sitzung"). Nothing there: said so.
 */
export function meetingsIn(ctx: ComposeContext, occasion: Occasion): Answer {
  const now = ctx.now.toMillis();
  const all = ctx.index.meetingsByStart;
  const day = (entry: (typeof all)[number]) => entry.meeting.start.slice(0, 10);
  if (occasion.type === 'upcoming' || occasion.type === 'past') {
    const pool =
      occasion.type === 'upcoming'
        ? all.filter((entry) => entry.start > now)
        : all.filter((entry) => entry.start <= now).reverse();
    const chosen = pool[occasion.position - 1]?.meeting;
    if (!chosen) return { reply: { kind: 'text', text: ctx.t('q.upcoming.none') } };
    return { reply: meetingCard(ctx, chosen, describeOne(ctx, chosen)) };
  }
  const from = occasion.type === 'day' ? occasion.date : occasion.from;
  const to = occasion.type === 'day' ? occasion.date : occasion.to;
  const label: PeriodLabel =
    occasion.type === 'day' ? { type: 'day', date: occasion.date } : occasion.label;
  let inside = all.filter((entry) => day(entry) >= from && day(entry) <= to);
  if (occasion.type === 'range' && occasion.position)
    inside = inside.slice(occasion.position - 1, occasion.position);
  const meetings = inside.map((entry) => entry.meeting);
  const Period = periodPhrase(ctx, label, { capital: true });
  const period = periodPhrase(ctx, label);
  if (meetings.length === 0)
    return { reply: { kind: 'text', text: ctx.t('q.in.none', { Period, period }) } };
  const counted = occasion.type === 'range' && occasion.count;
  if (meetings.length === 1 && !counted)
    return { reply: meetingCard(ctx, meetings[0]!, describeOne(ctx, meetings[0]!)) };
  const item = (meeting: Meeting) => {
    const start = meetingStart(ctx.index, meeting);
    const body = ctx.index.bodies.get(meeting.body)?.name ?? meeting.body;
    return `${formatShortDate(ctx, start.toISODate()!)} ${formatTime(start)} ${body}`;
  };
  const text = ctx.t('q.in.several', {
    Period,
    period,
    count: meetings.length,
    list: joinList(ctx, meetings.map(item)),
  });
  const data: ListCardData = {
    answer: text,
    title: ctx.t('title.upcoming'),
    items: meetings.map((meeting) => ({ title: item(meeting), subtitle: meeting.location })),
  };
  return { reply: { kind: 'card', card: { template: 'list', data }, text } };
}

/** One meeting: its body, day, time and place. */
function describeOne(ctx: ComposeContext, meeting: Meeting): string {
  const start = meetingStart(ctx.index, meeting);
  return ctx.t('q.in.one', {
    body: ctx.index.bodies.get(meeting.body)?.name ?? meeting.body,
    date: formatDate(ctx, start),
    time: formatTime(start),
    location: meeting.location,
  });
}
