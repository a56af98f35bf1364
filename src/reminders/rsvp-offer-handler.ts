import { DateTime } from 'luxon';
import type { DirectoryService } from '../directory/directory-service';
import { translator } from '../i18n';
import { longDate } from '../i18n/dates';
import type { DirectoryIndex } from '../language/directory-index';
import { fold, tokens } from '../language/text';
import type { MessageHandler, MessageInput } from '../teams/message-handler';
import type { Reply } from '../teams/reply';
import {
  scheduledMeetings,
  type MeetingChange,
  type ScheduledMeeting,
} from '../meetings/occurrences';
import { membersOf } from '../directory/members';
import { reminderReply } from './reminder-card';
import { rsvpIntentOf } from './rsvp-intent';

const MEETING_WORD = /\b(sitzung\w*|treffen|termin\w*|meetings?|sessions?)\b/;

export interface RsvpOfferOptions {
  directory: DirectoryService;
  /** The question engine's index, so a body is found by name as questions find it. */
  index: () => Promise<DirectoryIndex | undefined>;
  changes?: () => Promise<MeetingChange[]>;
  calendarUrl?: (meetingId: string) => string | undefined;
  clock?: () => Date;
}

/**
 * "Ich kann am 9.12. nicht kommen": the meeting of the writer's bodies that day (or the next one of
 * the body they name) comes back with the reminder card's RSVP buttons, so one press records it.
 * The press is the reminder's own (verb "rsvp"): the same checks, the same stored answer.
 */
export class RsvpOfferHandler implements MessageHandler {
  constructor(private readonly options: RsvpOfferOptions) {}

  async handle(input: MessageInput): Promise<Reply | undefined> {
    if (input.action) return undefined;
    const snapshot = await this.options.directory.current();
    if (!snapshot) return undefined;
    const { directory } = snapshot;
    const zone = directory.organisation.timezone;
    const now = DateTime.fromJSDate(this.options.clock?.() ?? new Date(), { zone });
    const folded = fold(input.text);
    const intent = rsvpIntentOf(folded, now.toISODate()!);
    if (!intent) return undefined;
    const t = translator(input.language);
    const bodyId = await this.namedBody(folded);
    // "Ich kann die Datei nicht öffnen" names no meeting: not an answer to one.
    if (!intent.day && !bodyId && !intent.next && !MEETING_WORD.test(folded)) return undefined;

    const mine = new Set(
      directory.bodies
        .filter((body) => input.personId && membersOf(directory, body.id).includes(input.personId))
        .map((body) => body.id),
    );
    const ahead = scheduledMeetings(
      directory,
      { from: now.toISODate()!, to: now.plus({ days: 366 }).toISODate()! },
      (await this.options.changes?.()) ?? [],
    ).filter(
      (meeting) =>
        !meeting.cancelled &&
        DateTime.fromISO(meeting.start, { zone }) > now &&
        (bodyId ? meeting.body === bodyId : mine.size === 0 || mine.has(meeting.body)),
    );
    let meeting: ScheduledMeeting | undefined;
    if (intent.day) {
      meeting = ahead.find((candidate) => candidate.start.slice(0, 10) === intent.day);
      if (!meeting) {
        const date = longDate(DateTime.fromISO(intent.day, { zone }), input.language);
        return { kind: 'text', text: t('rsvp.offer.noMeeting', { date }) };
      }
    } else if (bodyId || intent.next) {
      meeting = ahead[0];
    }
    if (!meeting) return { kind: 'text', text: t('rsvp.offer.which') };
    const card = reminderReply({
      directory,
      meeting,
      language: input.language,
      calendarUrl: this.options.calendarUrl?.(meeting.id),
      heading: t('rsvp.offer.heading'),
    });
    return card.kind === 'card' ? { ...card, text: `${t('rsvp.offer')} ${card.text}` } : card;
  }

  private async namedBody(folded: string): Promise<string | undefined> {
    const index = await this.options.index();
    const hit = index
      ?.findByName(tokens(folded).map((word, position) => ({ position, folded: word })))
      .find((candidate) => candidate.ref.startsWith('bodies/') && candidate.score >= 0.8);
    return hit?.ref.slice('bodies/'.length);
  }
}
