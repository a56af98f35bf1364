import { DateTime } from 'luxon';
import type { Directory } from '../directory/model';
import { translator, type Language } from '../i18n';
import { longDate } from '../i18n/dates';
import type { MeetingNoticeCardData, ReminderCardData, UrlAction } from '../teams/cards/card-data';
import type { Reply } from '../teams/reply';
import type { ScheduledMeeting } from '../meetings/occurrences';
import type { RsvpAnswer } from './rsvp';

/** The reminder a member gets (and sees again, updated, after pressing an RSVP button). */
export function reminderReply(options: {
  directory: Directory;
  meeting: ScheduledMeeting;
  language: Language;
  late?: boolean;
  answer?: RsvpAnswer;
  calendarUrl?: string;
  goalsWithoutStatus?: string[];
  /** RSVP buttons (personal chats); a channel's card is shared and has none. */
  rsvp?: boolean;
  /** Instead of "Erinnerung an die Sitzung" (the card offered for a message about the meeting). */
  heading?: string;
}): Reply {
  const { directory, meeting, language } = options;
  const t = translator(language);
  const zone = directory.organisation.timezone;
  const start = DateTime.fromISO(meeting.start, { zone }).setLocale(language);
  const end = DateTime.fromISO(meeting.end, { zone });
  const body = directory.bodies.find((candidate) => candidate.id === meeting.body);
  const bodyName = body?.name ?? meeting.body;
  const date = longDate(start, language);
  const links: UrlAction[] = [];
  if (meeting.online) links.push({ title: t('action.join'), url: meeting.online });
  if (options.calendarUrl) links.push({ title: t('action.calendar'), url: options.calendarUrl });
  const facts = [
    {
      label: t('label.when'),
      value: `${date}, ${start.toFormat('HH:mm')}–${end.toFormat('HH:mm')}`,
    },
    { label: t('label.where'), value: meeting.location },
  ];
  if (meeting.online) facts.push({ label: t('label.online'), value: meeting.online });
  const rsvp = (answer: RsvpAnswer, style: 'positive' | 'destructive' | 'default') => ({
    title: t(`rem.${answer}`),
    data: { kokobot: 'rsvp', meetingId: meeting.id, answer },
    style,
  });
  const data: ReminderCardData = {
    heading: options.heading ?? t('rem.heading'),
    lateNote: options.late ? t('rem.late') : undefined,
    title: bodyName,
    facts,
    agendaTitle: t('label.agenda'),
    agenda: meeting.agenda,
    goalsTitle: t('rem.goals'),
    goals: options.goalsWithoutStatus ?? [],
    rsvpNote: options.answer ? t(`rem.answer.${options.answer}`) : undefined,
    links,
    rsvp:
      options.rsvp === false
        ? []
        : [rsvp('yes', 'positive'), rsvp('no', 'destructive'), rsvp('deputy', 'default')],
  };
  const text = t('rem.fallback', {
    body: bodyName,
    date,
    time: start.toFormat('HH:mm'),
    location: meeting.location,
  });
  return {
    kind: 'card',
    card: { template: 'reminder', data },
    text: options.late ? `${t('rem.late')} ${text}` : text,
  };
}

export function noticeReply(
  directory: Directory,
  meeting: ScheduledMeeting,
  kind: 'moved' | 'cancelled',
  language: Language,
): Reply {
  const t = translator(language);
  const start = DateTime.fromISO(meeting.start, {
    zone: directory.organisation.timezone,
  }).setLocale(language);
  const body =
    directory.bodies.find((candidate) => candidate.id === meeting.body)?.name ?? meeting.body;
  const date = longDate(start, language);
  const text = t(kind === 'moved' ? 'rem.moved' : 'rem.cancelled', {
    body,
    date,
    time: start.toFormat('HH:mm'),
    location: meeting.location,
  });
  const data: MeetingNoticeCardData = {
    heading: t(kind === 'moved' ? 'rem.moved.heading' : 'rem.cancelled.heading'),
    text,
  };
  return { kind: 'card', card: { template: 'meeting-notice', data }, text };
}
