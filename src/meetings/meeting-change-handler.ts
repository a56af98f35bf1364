import { DateTime } from 'luxon';
import type { DirectoryService } from '../directory/directory-service';
import type { Directory, Meeting } from '../directory/model';
import { longDate } from '../i18n/dates';
import { translator, type Language } from '../i18n';
import { fold } from '../language/text';
import { confirmOutcome, type ConfirmCardData } from '../teams/cards/card-data';
import type { MessageHandler, MessageInput } from '../teams/message-handler';
import type { Reply } from '../teams/reply';
import type { MeetingChangeRepository } from './meeting-changes';
import { meetingById } from './occurrences';
import { wallClock } from './local-date-time';

const MOVE =
  /^(?:sitzung verschieben|termin verschieben|move meeting)\s+(\S+)\s+(?:auf|to)\s+(\S+)\s+(\d{1,2}:\d{2})$/i;
const CANCEL = /^(?:sitzung absagen|termin absagen|cancel meeting)\s+(\S+)$/i;

/**
 * Coordinators move or cancel a meeting: "sitzung verschieben sg-2026-12 auf 16.12.2026 10:00",
 * "sitzung absagen sg-2026-12". A confirmation card comes first; on confirmation the change is
 * stored, the outbox is reconciled, and members already reminded get a short notice.
 */
export class MeetingChangeHandler implements MessageHandler {
  constructor(
    private readonly options: {
      directory: DirectoryService;
      changes: MeetingChangeRepository;
      reconcile: () => Promise<{ notices: number }>;
    },
  ) {}

  async handle(input: MessageInput): Promise<Reply | undefined> {
    const language = input.language;
    const t = translator(language);
    const action = input.action;
    const text = input.text.trim();
    const isCommand =
      MOVE.test(text) ||
      CANCEL.test(text) ||
      /^(sitzung|termin) (verschieben|absagen)|^(move|cancel) meeting/i.test(fold(text));
    if (!isCommand && action?.kokobot !== 'meeting-change') return undefined;
    const snapshot = await this.options.directory.current();
    const person = snapshot?.directory.people.find((candidate) => candidate.id === input.personId);
    if (!snapshot || !person?.coordinator) return { kind: 'text', text: t('chg.notCoordinator') };
    const { directory } = snapshot;
    const zone = directory.organisation.timezone;
    const changes = await this.options.changes.list();

    if (action?.kokobot === 'meeting-change') {
      const title = t('chg.confirm.title');
      const meeting = meetingById(directory, action.meetingId, changes);
      const question = meeting ? confirmQuestion({ directory, meeting, ...action, language }) : '';
      if (!action.confirm)
        return confirmOutcome({ title, text: question, outcome: t('chg.aborted') });
      if (!meeting) return { kind: 'text', text: t('chg.unknown', { id: action.meetingId }) };
      await this.options.changes.set(
        { meetingId: meeting.id, kind: action.change, start: action.start, end: action.end },
        person.id,
      );
      const { notices } = await this.options.reconcile();
      return confirmOutcome({
        title,
        text: question,
        outcome: t(action.change === 'moved' ? 'chg.moved' : 'chg.cancelled', {
          id: meeting.id,
          count: notices,
        }),
      });
    }

    const move = text.match(MOVE);
    const cancel = text.match(CANCEL);
    const meetingId = (move?.[1] ?? cancel?.[1]) as string | undefined;
    if (!meetingId) return { kind: 'text', text: t('chg.usage') };
    const meeting = meetingById(directory, meetingId, changes);
    if (!meeting || meeting.cancelled)
      return { kind: 'text', text: t('chg.unknown', { id: meetingId }) };
    if (cancel) {
      const data: ConfirmCardData = {
        title: t('chg.confirm.title'),
        text: confirmQuestion({ directory, meeting, change: 'cancelled', language }),
        confirm: {
          title: t('chg.yes'),
          data: {
            kokobot: 'meeting-change',
            meetingId: meeting.id,
            change: 'cancelled',
            confirm: true,
          },
        },
        abort: {
          title: t('chg.no'),
          data: {
            kokobot: 'meeting-change',
            meetingId: meeting.id,
            change: 'cancelled',
            confirm: false,
          },
        },
      };
      return { kind: 'card', card: { template: 'confirm', data }, text: data.text };
    }
    const [dateText, timeText] = [move![2]!, move![3]!];
    const date = /^\d{4}-\d{2}-\d{2}$/.test(dateText)
      ? DateTime.fromISO(dateText, { zone })
      : DateTime.fromFormat(dateText.replace(/\.$/, ''), 'd.M.yyyy', { zone });
    const time = wallClock(timeText);
    // 25:00 would silently become 01:00 the next day: a time that does not exist is refused.
    if (!date.isValid || !time) return { kind: 'text', text: t('chg.usage') };
    const start = date.set(time);
    const length = DateTime.fromISO(meeting.end, { zone }).diff(
      DateTime.fromISO(meeting.start, { zone }),
    );
    const startLocal = start.toFormat("yyyy-MM-dd'T'HH:mm");
    const endLocal = start.plus(length).toFormat("yyyy-MM-dd'T'HH:mm");
    const data: ConfirmCardData = {
      title: t('chg.confirm.title'),
      text: confirmQuestion({ directory, meeting, change: 'moved', start: startLocal, language }),
      confirm: {
        title: t('chg.yes'),
        data: {
          kokobot: 'meeting-change',
          meetingId: meeting.id,
          change: 'moved',
          start: startLocal,
          end: endLocal,
          confirm: true,
        },
      },
      abort: {
        title: t('chg.no'),
        data: { kokobot: 'meeting-change', meetingId: meeting.id, change: 'moved', confirm: false },
      },
    };
    return { kind: 'card', card: { template: 'confirm', data }, text: data.text };
  }
}

/** „Steuerungsgruppe …: die Sitzung vom Mittwoch, 9. Dezember 2026, 10:00 Uhr auf … verschieben?“ */
function confirmQuestion(options: {
  directory: Directory;
  meeting: Meeting;
  change: 'moved' | 'cancelled';
  start?: string;
  language: Language;
}): string {
  const { directory, meeting, language } = options;
  const t = translator(language);
  const zone = directory.organisation.timezone;
  const body =
    directory.bodies.find((candidate) => candidate.id === meeting.body)?.name ?? meeting.body;
  const when = (local: string) => {
    const time = DateTime.fromISO(local, { zone });
    return t('time.at', { date: longDate(time, language), time: time.toFormat('HH:mm') });
  };
  return options.change === 'cancelled'
    ? t('chg.confirm.cancel', { body, date: when(meeting.start) })
    : t('chg.confirm.move', { body, from: when(meeting.start), to: when(options.start ?? '') });
}
