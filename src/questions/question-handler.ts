import { DateTime } from 'luxon';
import type { DirectoryService } from '../directory/directory-service';
import type { Directory } from '../directory/model';
import type { DirectorySnapshot } from '../directory/repository';
import type { MeetingChange } from '../reminders/occurrences';
import { translator } from '../i18n';
import type { MessageHandler, MessageInput } from '../teams/message-handler';
import type { Reply } from '../teams/reply';
import { compose } from './compose';
import { nextContext } from './context';
import type { ContextRepository } from './context-repository';
import { DirectoryIndex, parseRef, type RefKey } from './directory-index';
import { upcomingMeetings } from './facts';
import { understand } from './understand';

export interface QuestionHandlerOptions {
  directory: DirectoryService;
  /** Answers to meetings (for \"Wer kommt zur nächsten SG?\"). */
  rsvps?: {
    forMeeting(meetingId: string): Promise<{ personId: string; answer: 'yes' | 'no' | 'deputy' }[]>;
  };
  contexts: ContextRepository;
  clock?: () => Date;
  calendarUrl?: (meetingId: string) => string | undefined;
  /** Coordinators' moves and cancellations of meetings. */
  changes?: () => Promise<MeetingChange[]>;
}

/**
 * "Wer macht wann was mit wem warum?": understands the question against the directory in force,
 * answers it, and remembers the subject for follow-ups. The index is built once per directory version.
 */
export class QuestionHandler implements MessageHandler {
  private index?: DirectoryIndex;

  constructor(private readonly options: QuestionHandlerOptions) {}

  /** The index of this directory version (built on first use after an import). */
  indexFor(snapshot: DirectorySnapshot, changes: MeetingChange[] = []): DirectoryIndex {
    // Moves and cancellations are part of what "version" means for answers about meetings.
    const version = changes.length
      ? `${snapshot.version}+${JSON.stringify(changes)}`
      : snapshot.version;
    if (this.index?.version !== version)
      this.index = new DirectoryIndex(version, withChanges(snapshot.directory, changes));
    return this.index;
  }

  async handle(input: MessageInput): Promise<Reply | undefined> {
    if (input.action && input.action.kokobot !== 'clarify') return undefined;
    const snapshot = await this.options.directory.current();
    if (!snapshot) return { kind: 'text', text: translator(input.language)('error.noDirectory') };
    const index = this.indexFor(snapshot, (await this.options.changes?.()) ?? []);
    const zone = snapshot.directory.organisation.timezone;
    const now = DateTime.fromJSDate(this.options.clock?.() ?? new Date(), { zone });

    let text = input.text;
    let forcedSubject: RefKey | undefined;
    if (input.action?.kokobot === 'clarify') {
      text = input.action.question;
      const subject = input.action.subject as RefKey;
      if (exists(index, subject)) forcedSubject = subject;
    }
    const context = await this.options.contexts.get(input.conversationId);
    const interpretation = understand(index, {
      text,
      fallbackLanguage: input.language,
      today: now.toISODate()!,
      context,
      askerId: input.personId,
      forcedSubject,
    });
    const language = interpretation.language;
    let attendance:
      | { allowed: boolean; answers: { personId: string; answer: 'yes' | 'no' | 'deputy' }[] }
      | undefined;
    if (
      interpretation.type === 'answer' &&
      interpretation.kind === 'attendance' &&
      interpretation.subject
    ) {
      const bodyId = parseRef(interpretation.subject).id;
      const asker = input.personId ? index.people.get(input.personId) : undefined;
      const body = index.bodies.get(bodyId);
      const today = now.toISODate()!;
      const allowed =
        !!asker &&
        (asker.coordinator ||
          !!body?.chairs.some(
            (chair) => chair.person === asker.id && chair.from <= today && today <= chair.to,
          ));
      const next = upcomingMeetings(index, now, bodyId)[0];
      attendance = {
        allowed,
        answers:
          allowed && next && this.options.rsvps ? await this.options.rsvps.forMeeting(next.id) : [],
      };
    }
    const answer = compose(interpretation, {
      attendance,
      index,
      t: translator(language),
      language,
      now,
      calendarUrl: this.options.calendarUrl,
      askerId: input.personId,
      question: text,
    });
    await this.options.contexts.set(input.conversationId, nextContext(interpretation, context));
    return answer.reply;
  }
}

function withChanges(directory: Directory, changes: MeetingChange[]): Directory {
  if (changes.length === 0) return directory;
  const byId = new Map(changes.map((change) => [change.meetingId, change]));
  const meetings = directory.meetings.flatMap((meeting) => {
    const change = byId.get(meeting.id);
    if (!change) return [meeting];
    if (change.kind === 'cancelled') return [];
    return [{ ...meeting, start: change.start ?? meeting.start, end: change.end ?? meeting.end }];
  });
  return { ...directory, meetings };
}

function exists(index: DirectoryIndex, ref: RefKey): boolean {
  const { section, id } = parseRef(ref);
  return index.directory[section].some((record) => record.id === id);
}
