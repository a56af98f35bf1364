import { DateTime } from 'luxon';
import type { DirectoryService } from '../directory/directory-service';
import type { DirectorySnapshot } from '../directory/repository';
import { directoryInEffect, type MeetingChange } from '../meetings/occurrences';
import { translator } from '../i18n';
import type { MessageHandler, MessageInput } from '../teams/message-handler';
import type { Reply } from '../teams/reply';
import { questionParts } from './compound';
import { compose, type ComposeContext } from './compose';
import { nextContext } from './context';
import type { ContextRepository } from './context-repository';
import { DirectoryIndex, parseRef, type RefKey } from '../language/directory-index';
import { chairsOn, upcomingMeetings } from './facts';
import { interpret, type ConversationContext, type Interpretation } from './understand';
import type { StatusQuestions } from '../status/status-questions';

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
  /** Status questions are answered from the goal owners' stored answers. */
  status?: StatusQuestions;
  /** "Meine Ziele": the asker's goals in the rounds open now (reported state, the card's data). */
  ownGoals?: (personId: string) => Promise<ComposeContext['ownGoals']>;
}

/**
 * "Wer macht wann was mit wem warum?": understands the question against the directory in force,
 * answers it, and remembers the subject for follow-ups. The index is built once per directory version.
 */
export class QuestionHandler implements MessageHandler {
  private index?: DirectoryIndex;

  constructor(private readonly options: QuestionHandlerOptions) {}

  /**
   * The index of the directory in effect: rebuilt when a new version is imported, a coordinator
   * moves or cancels a meeting, or the day changes (recurring meetings roll forward).
   */
  indexFor(
    snapshot: DirectorySnapshot,
    changes: MeetingChange[] = [],
    today = new Date().toISOString().slice(0, 10),
  ): DirectoryIndex {
    const version = `${snapshot.version}|${today}|${JSON.stringify(changes)}`;
    if (this.index?.version !== version)
      this.index = new DirectoryIndex(
        version,
        directoryInEffect(snapshot.directory, changes, today),
      );
    return this.index;
  }

  /** The index in effect now (shared with other features that look records up by name). */
  async currentIndex(): Promise<DirectoryIndex | undefined> {
    const snapshot = await this.options.directory.current();
    if (!snapshot) return undefined;
    const zone = snapshot.directory.organisation.timezone;
    const today = nowIn(zone, this.options.clock?.() ?? new Date()).toISODate()!;
    return this.indexFor(snapshot, (await this.options.changes?.()) ?? [], today);
  }

  async handle(input: MessageInput): Promise<Reply | undefined> {
    if (input.action && input.action.kokobot !== 'clarify') return undefined;
    const snapshot = await this.options.directory.current();
    if (!snapshot) return { kind: 'text', text: translator(input.language)('error.noDirectory') };
    const zone = snapshot.directory.organisation.timezone;
    const now = nowIn(zone, this.options.clock?.() ?? new Date());
    const index = this.indexFor(snapshot, (await this.options.changes?.()) ?? [], now.toISODate()!);

    let text = input.text;
    let forcedSubject: RefKey | undefined;
    if (input.action?.kokobot === 'clarify') {
      text = input.action.question;
      const subject = input.action.subject as RefKey;
      if (exists(index, subject)) forcedSubject = subject;
    }
    // The context may come from memory. An answer that rests on it is checked against the stored
    // one first: when another instance answered in this chat meanwhile, it is answered again.
    const { contexts } = this.options;
    const known = await contexts.get(input.conversationId);
    const parts = forcedSubject ? [text] : questionParts(text);
    if (parts.length > 1) {
      const both = await this.answerParts(input, index, now, parts, known.context);
      if (both) {
        await contexts.set(input.conversationId, both.next);
        return both.reply;
      }
    }
    let result = await this.answer(input, index, now, text, forcedSubject, known.context);
    if (result.usedContext && known.fromMemory) {
      const stored = await contexts.get(input.conversationId, { read: true });
      if (!sameContext(stored.context, known.context))
        result = await this.answer(input, index, now, text, forcedSubject, stored.context);
    }
    // A question that leaves the context as it was (nothing understood) writes nothing.
    if (!result.keptContext) await contexts.set(input.conversationId, result.next);
    return result.reply;
  }

  /**
   * Two questions in one (compound.ts): each answered in turn, the second with the first's
   * context; one text with both answers. Undefined when a part is not understood on its own: then
   * the whole text is answered as one question.
   */
  private async answerParts(
    input: MessageInput,
    index: DirectoryIndex,
    now: DateTime,
    parts: string[],
    context: ConversationContext | undefined,
  ): Promise<{ reply: Reply; next: ConversationContext | undefined } | undefined> {
    const texts: string[] = [];
    let next = context;
    for (const part of parts) {
      const result = await this.answer(input, index, now, part, undefined, next);
      if (!result.understood) return undefined;
      texts.push(result.reply.text);
      next = result.next;
    }
    return { reply: { kind: 'text', text: texts.join('\n\n') }, next };
  }

  private async answer(
    input: MessageInput,
    index: DirectoryIndex,
    now: DateTime,
    text: string,
    forcedSubject: RefKey | undefined,
    context: ConversationContext | undefined,
  ): Promise<Answered> {
    const { interpretation, usedContext } = interpret(index, {
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
          (!!body && chairsOn(body, today).some((chair) => chair.person === asker.id)));
      const next = upcomingMeetings(index, now, bodyId)[0];
      attendance = {
        allowed,
        answers:
          allowed && next && this.options.rsvps ? await this.options.rsvps.forMeeting(next.id) : [],
      };
    }
    if (
      interpretation.type === 'answer' &&
      interpretation.kind === 'status' &&
      this.options.status
    ) {
      const reply = await this.options.status.answer({
        subject: interpretation.subject,
        status: interpretation.status,
        language,
        personId: input.personId,
      });
      return { reply, ...following(interpretation, context, usedContext) };
    }
    const ownGoals =
      interpretation.type === 'answer' &&
      interpretation.kind === 'goals' &&
      input.personId &&
      interpretation.subject === `people/${input.personId}`
        ? await this.options.ownGoals?.(input.personId)
        : undefined;
    const answer = compose(interpretation, {
      attendance,
      ownGoals,
      index,
      t: translator(language),
      language,
      now,
      calendarUrl: this.options.calendarUrl,
      askerId: input.personId,
      question: text,
    });
    const after = following(interpretation, context, usedContext);
    return { reply: answer.reply, ...after, next: withChairNamed(after.next, index, now) };
  }
}

/**
 * After "who chairs the body?" the chair is the other record of the conversation: „und wer ist
 * seine Vertretung?“ is about them, „wann tagt sie?“ still about the body.
 */
function withChairNamed(
  next: ConversationContext | undefined,
  index: DirectoryIndex,
  now: DateTime,
): ConversationContext | undefined {
  if (next?.kind !== 'chair' || next.also || !next.subject) return next;
  const { section, id } = parseRef(next.subject);
  const body = section === 'bodies' ? index.bodies.get(id) : undefined;
  const chair = body && chairsOn(body, now.toISODate()!)[0];
  return chair ? { ...next, also: `people/${chair.person}` } : next;
}

/**
 * The time in the organisation's zone, to the second: answers do not depend on milliseconds, and
 * working out a zone's offset is the costliest step of creating a DateTime. Answers given within
 * the same second share one.
 */
function nowIn(zone: string, date: Date): DateTime {
  const second = Math.floor(date.getTime() / 1000) * 1000;
  if (lastNow?.zone !== zone || lastNow.second !== second)
    lastNow = { zone, second, value: DateTime.fromMillis(second, { zone }) };
  return lastNow.value;
}

let lastNow: { zone: string; second: number; value: DateTime } | undefined;

interface Answered {
  reply: Reply;
  next: ConversationContext | undefined;
  /** The context stays as it was: nothing to write. */
  keptContext: boolean;
  /** The answer rests on the context. */
  usedContext: boolean;
  /** The question was understood as one with an answer (not asked back, not "nothing found"). */
  understood: boolean;
}

function following(
  interpretation: Interpretation,
  context: ConversationContext | undefined,
  usedContext: boolean,
): Omit<Answered, 'reply'> {
  // Nothing understood keeps whatever is stored (this instance's copy may be outdated).
  const keptContext = interpretation.type === 'none';
  const understood = interpretation.type === 'answer';
  return { next: nextContext(interpretation, context), keptContext, usedContext, understood };
}

function sameContext(a: ConversationContext | undefined, b: ConversationContext | undefined) {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function exists(index: DirectoryIndex, ref: RefKey): boolean {
  const { section, id } = parseRef(ref);
  return index.directory[section].some((record) => record.id === id);
}
