import type { Body, Meeting } from '../../directory/model';
import { DateTime } from 'luxon';
import type { ListCardData } from '../../teams/cards/card-data';
import type { Reply } from '../../teams/reply';
import { meetingStart } from '../facts';
import type { QuestionKind } from '../understand';
import type { Occasion, PeriodLabel } from '../understand/occasion';
import { meetingCard } from './meeting';
import { periodPhrase } from './period';
import { formatDate, formatTime, joinList, type ComposeContext } from './shared';
import { agendaMentions, withVerdict } from './verdict';

/** What is asked about the meeting: when it is, where, how to join online, its agenda. */
export type MeetingDetail = 'when' | 'where' | 'online' | 'agenda';

const DETAIL_OF_KIND: Partial<Record<QuestionKind, MeetingDetail>> = {
  'next-meeting': 'when',
  where: 'where',
  online: 'online',
  agenda: 'agenda',
};

/** The meeting detail a kind of question asks for, if it asks about a meeting. */
export function meetingDetailAsked(kind: QuestionKind): MeetingDetail | undefined {
  return DETAIL_OF_KIND[kind];
}

/** One meeting named by its day (the only one that day): the detail asked about it. */
export function meetingDetail(ctx: ComposeContext, meeting: Meeting, detail: MeetingDetail): Reply {
  const body = ctx.index.bodies.get(meeting.body);
  if (!body) return meetingCard(ctx, meeting, meeting.location);
  return meetingCard(ctx, meeting, sentence(ctx, body, meeting, detail));
}

type Selection =
  | { type: 'found'; meetings: Meeting[]; label?: PeriodLabel }
  | { type: 'none-in'; label: PeriodLabel; nearest?: Meeting }
  | { type: 'too-few'; past: boolean; count: number };

/**
 * A meeting of a body other than simply the next one — on a day, in a month or season, the one
 * after next, the last one — and the detail asked about it. Past and future occurrences both come
 * from the directory in effect (explicit meetings and each schedule's occurrences, moves applied).
 * A day or month without a meeting is said so, with the nearest meeting named.
 */
export function meetingOnOccasion(
  ctx: ComposeContext,
  body: Body,
  occasion: Occasion,
  detail: MeetingDetail,
  whether = false,
): Reply {
  const selection = select(ctx, body, occasion);
  const reply = replyFor(ctx, body, occasion, detail, selection);
  if (!whether) return reply;
  // "Tagt die AG im Oktober?", "Kann man online teilnehmen?": yes when found (with a link).
  const found = selection.type === 'found' ? selection.meetings : [];
  const mentioned = detail === 'agenda' ? agendaMentions(ctx, body, found) : undefined;
  const yes =
    found.length > 0 &&
    (detail !== 'online' || found.some((meeting) => !!meeting.online)) &&
    mentioned !== false;
  return withVerdict(ctx, reply, yes);
}

function replyFor(
  ctx: ComposeContext,
  body: Body,
  occasion: Occasion,
  detail: MeetingDetail,
  selection: Selection,
): Reply {
  switch (selection.type) {
    case 'too-few': {
      const text = selection.past
        ? ctx.t('q.occ.noPast', { body: body.name })
        : ctx.t('q.occ.fewUpcoming', { body: body.name, count: selection.count });
      return { kind: 'text', text };
    }
    case 'none-in': {
      const Period = periodPhrase(ctx, selection.label, { capital: true });
      const period = periodPhrase(ctx, selection.label);
      if (!selection.nearest)
        return { kind: 'text', text: ctx.t('q.occ.noneIn', { body: body.name, Period, period }) };
      const start = meetingStart(ctx.index, selection.nearest);
      const text = ctx.t('q.occ.noneInNearest', {
        body: body.name,
        Period,
        period,
        date: formatDate(ctx, start),
        time: formatTime(start),
        location: selection.nearest.location,
      });
      return meetingCard(ctx, selection.nearest, text);
    }
    case 'found': {
      const [only] = selection.meetings;
      const counted = occasion.type === 'range' && occasion.count;
      if (selection.meetings.length === 1 && only && !counted)
        return meetingCard(ctx, only, sentence(ctx, body, only, detail));
      return listOf(ctx, body, selection.meetings, selection.label!, detail);
    }
  }
}

/** The detail asked about one meeting, in a sentence of its own. */
function sentence(
  ctx: ComposeContext,
  body: Body,
  meeting: Meeting,
  detail: MeetingDetail,
): string {
  const start = meetingStart(ctx.index, meeting);
  const params = {
    body: body.name,
    date: formatDate(ctx, start),
    time: formatTime(start),
    location: meeting.location,
  };
  const past = start.toMillis() < ctx.now.toMillis();
  switch (detail) {
    case 'when':
      return ctx.t(past ? 'q.occ.when.past' : 'q.occ.when', params);
    case 'where':
      return ctx.t(past ? 'q.occ.where.past' : 'q.occ.where', params);
    case 'online':
      return meeting.online
        ? ctx.t('q.occ.online', { ...params, link: meeting.online })
        : ctx.t('q.occ.online.none', params);
    case 'agenda':
      return meeting.agenda.length
        ? ctx.t('q.occ.agenda', { ...params, items: meeting.agenda.join('; ') })
        : ctx.t('q.occ.agenda.empty', params);
  }
}

/** Several meetings in the month or season asked about: each with the detail asked. */
function listOf(
  ctx: ComposeContext,
  body: Body,
  meetings: Meeting[],
  label: PeriodLabel,
  detail: MeetingDetail,
): Reply {
  const item = (meeting: Meeting) => {
    const start = meetingStart(ctx.index, meeting);
    const when = ctx.t('time.at', { date: formatDate(ctx, start), time: formatTime(start) });
    switch (detail) {
      case 'when':
      case 'where':
        return `${when} (${meeting.location})`;
      case 'online':
        return `${when}: ${meeting.online ?? ctx.t('q.occ.online.noLink')}`;
      case 'agenda':
        return `${when}: ${meeting.agenda.length ? meeting.agenda.join('; ') : ctx.t('q.occ.agenda.noItems')}`;
    }
  };
  const text = ctx.t('q.occ.several', {
    body: body.name,
    Period: periodPhrase(ctx, label, { capital: true }),
    period: periodPhrase(ctx, label),
    count: meetings.length,
    list: joinList(ctx, meetings.map(item)),
  });
  const data: ListCardData = {
    answer: text,
    title: body.name,
    items: meetings.map((meeting) => ({ title: item(meeting), subtitle: meeting.location })),
  };
  return { kind: 'card', card: { template: 'list', data }, text };
}

function select(ctx: ComposeContext, body: Body, occasion: Occasion): Selection {
  const all = ctx.index.meetingsByStart.filter((entry) => entry.meeting.body === body.id);
  const now = ctx.now.toMillis();
  const day = (entry: (typeof all)[number]) => entry.meeting.start.slice(0, 10);
  switch (occasion.type) {
    case 'upcoming': {
      const upcoming = all.filter((entry) => entry.start > now);
      const chosen = upcoming[occasion.position - 1];
      return chosen
        ? { type: 'found', meetings: [chosen.meeting] }
        : { type: 'too-few', past: false, count: upcoming.length };
    }
    case 'past': {
      const past = all.filter((entry) => entry.start <= now).reverse();
      const chosen = past[occasion.position - 1];
      return chosen
        ? { type: 'found', meetings: [chosen.meeting] }
        : { type: 'too-few', past: true, count: past.length };
    }
    case 'day':
    case 'range': {
      const from = occasion.type === 'day' ? occasion.date : occasion.from;
      const to = occasion.type === 'day' ? occasion.date : occasion.to;
      const label: PeriodLabel =
        occasion.type === 'day' ? { type: 'day', date: occasion.date } : occasion.label;
      // "die zweite Sitzung nach den Sommerferien": counted from the holidays on, however far.
      const onward =
        occasion.type === 'range' &&
        !!occasion.position &&
        occasion.label.type === 'season' &&
        (occasion.label.season === 'afterSummerHolidays' ||
          occasion.label.season === 'afterEasterHolidays');
      let inside = all.filter((entry) => day(entry) >= from && (onward || day(entry) <= to));
      if (occasion.type === 'range' && occasion.position) {
        const chosen = inside[occasion.position - 1];
        inside = chosen ? [chosen] : [];
      }
      if (inside.length > 0)
        return { type: 'found', meetings: inside.map((entry) => entry.meeting), label };
      // „im Februar“ asked in March: next February has none, so the February just past is meant.
      if (
        label.type === 'month' &&
        label.implied &&
        occasion.type === 'range' &&
        !occasion.position
      ) {
        const other = otherYearOfMonth(label, ctx.now.toISODate()!);
        const then = all.filter((entry) => day(entry) >= other.from && day(entry) <= other.to);
        if (then.length > 0)
          return {
            type: 'found',
            meetings: then.map((entry) => entry.meeting),
            label: other.label,
          };
      }
      const distance = (entry: (typeof all)[number]) => {
        const date = day(entry);
        return date < from
          ? Date.parse(from) - Date.parse(date)
          : Date.parse(date) - Date.parse(to);
      };
      const nearest = [...all].sort((a, b) => distance(a) - distance(b))[0];
      return { type: 'none-in', label, nearest: nearest?.meeting };
    }
  }
}

/** The same month a year nearer to the other side of today (the year before a coming month). */
function otherYearOfMonth(
  label: Extract<PeriodLabel, { type: 'month' }>,
  today: string,
): { from: string; to: string; label: PeriodLabel } {
  const start = DateTime.fromObject({ year: label.year, month: label.month, day: 1 });
  const other = start.toISODate()! > today ? start.minus({ years: 1 }) : start.plus({ years: 1 });
  return {
    from: other.toISODate()!,
    to: other.endOf('month').toISODate()!,
    label: { type: 'month', year: other.year, month: label.month },
  };
}
