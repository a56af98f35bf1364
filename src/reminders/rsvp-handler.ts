import { z } from 'zod';
import type { DirectoryService } from '../directory/directory-service';
import { translator, type Language } from '../i18n';
import type { Reply } from '../teams/reply';
import { meetingById } from '../meetings/occurrences';
import { membersOf } from '../directory/members';
import { reminderReply } from './reminder-card';
import { RSVP_ANSWERS, type RsvpRepository } from './rsvp';

/** The data of an RSVP button (Action.Execute, verb "rsvp"). Identity never comes from here. */
export const rsvpDataSchema = z.object({
  kokobot: z.literal('rsvp'),
  meetingId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}(@\d{4}-\d{2}-\d{2})?$/),
  answer: z.enum(RSVP_ANSWERS),
});
export type RsvpData = z.infer<typeof rsvpDataSchema>;

export type RsvpOutcome = { kind: 'card'; reply: Reply } | { kind: 'message'; text: string };

export class RsvpHandler {
  constructor(
    private readonly options: {
      directory: DirectoryService;
      rsvps: RsvpRepository;
      clock?: () => Date;
      calendarUrl?: (meetingId: string) => string | undefined;
    },
  ) {}

  /** Records the presser's answer — only for a member of the meeting's body — and returns their updated card. */
  async answer(input: {
    personId?: string;
    data: RsvpData;
    language: Language;
  }): Promise<RsvpOutcome> {
    const t = translator(input.language);
    const directory = (await this.options.directory.current())?.directory;
    const meeting = directory ? meetingById(directory, input.data.meetingId) : undefined;
    if (!directory || !meeting) return { kind: 'message', text: t('rem.unknownMeeting') };
    if (!input.personId || !membersOf(directory, meeting.body).includes(input.personId)) {
      return { kind: 'message', text: t('rem.notMember') };
    }
    await this.options.rsvps.set({
      meetingId: meeting.id,
      personId: input.personId,
      answer: input.data.answer,
      at: (this.options.clock?.() ?? new Date()).toISOString(),
    });
    return {
      kind: 'card',
      reply: reminderReply({
        directory,
        meeting,
        language: input.language,
        answer: input.data.answer,
        calendarUrl: this.options.calendarUrl?.(meeting.id),
      }),
    };
  }
}
