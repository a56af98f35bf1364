import { createHash } from 'node:crypto';
import type { ConversationRepository } from '../conversations/model';
import type { DirectoryService } from '../directory/directory-service';
import { translator, type Language } from '../i18n/index';
import type { ForwardedQuestionCardData } from '../teams/cards/card-data';
import type { MessageHandler, MessageInput } from '../teams/message-handler';
import type { OutboxRepository } from '../reminders/outbox';
import type { Reply } from '../teams/reply';
import {
  forwardEntry,
  forwardPartition,
  type ForwardRepository,
  type ForwardedQuestion,
} from './forward-repository';

export interface ForwardingOptions {
  directory: DirectoryService;
  conversations: ConversationRepository;
  forwards: ForwardRepository;
  /** Where the forward's cards went (its rows in the outbox). */
  outbox: Pick<OutboxRepository, 'forMeeting'>;
  clock?: () => Date;
  /** Asks the outbox to send what was just queued now rather than at its next poll. */
  wake?: () => void;
}

/**
 * "Frage an die Koordinierungsstelle weiterleiten": the question goes as a card with a reply field
 * to every coordinator's personal chat; the first reply reaches the asker, and every coordinator's
 * card then shows who answered. A repeated click or a second reply changes nothing. Nothing is sent
 * from here: every message is an outbox row, written in the same transaction as the question's
 * state, so a 429 or 503 from Teams delays a message but never loses it (forward-delivery.ts).
 */
export class ForwardingHandler implements MessageHandler {
  constructor(private readonly options: ForwardingOptions) {}

  async handle(input: MessageInput): Promise<Reply | undefined> {
    if (input.action?.kokobot === 'forward') return this.forward(input, input.action.question);
    if (input.action?.kokobot === 'forward-reply')
      return this.reply(input, input.action.forwardId, input.action.reply ?? '');
    return undefined;
  }

  private now(): string {
    return (this.options.clock?.() ?? new Date()).toISOString();
  }

  private async forward(input: MessageInput, question: string): Promise<Reply> {
    const t = translator(input.language);
    const directory = (await this.options.directory.current())?.directory;
    if (!directory) return { kind: 'text', text: t('error.noDirectory') };
    // The same button pressed again (or a retried delivery) maps to the same forward.
    const id = createHash('sha256')
      .update(`${input.conversationId}\u0000${input.replyToId ?? ''}\u0000${question}`)
      .digest('hex')
      .slice(0, 32);
    const asker = input.personId
      ? directory.people.find((person) => person.id === input.personId)
      : undefined;
    const askerName = asker ? asker.name : (input.userName ?? t('fwd.someone'));
    const forward: ForwardedQuestion = {
      id,
      question,
      askerName,
      askerReference: input.reference,
      language: input.language,
      status: 'open',
      deliveries: [],
    };
    const coordinators = directory.people.filter((person) => person.coordinator);
    const reachable: string[] = [];
    for (const coordinator of coordinators) {
      if (await this.options.conversations.personalChatOf(input.tenantId, coordinator.id))
        reachable.push(coordinator.id);
    }
    if (reachable.length === 0) {
      return {
        kind: 'text',
        text: t('fwd.nobody', { emails: coordinators.map((person) => person.email).join(', ') }),
      };
    }
    const now = this.now();
    const cards = reachable.map((personId) => forwardEntry(id, 'forward', now, personId));
    if (!(await this.options.forwards.create(forward, cards)))
      return { kind: 'text', text: t('fwd.already') };
    this.options.wake?.();
    return { kind: 'text', text: t('fwd.sent', { count: reachable.length }) };
  }

  private async reply(input: MessageInput, forwardId: string, answer: string): Promise<Reply> {
    const t = translator(input.language);
    const directory = (await this.options.directory.current())?.directory;
    const coordinator = directory?.people.find(
      (person) => person.id === input.personId && person.coordinator,
    );
    if (!coordinator) return { kind: 'text', text: t('fwd.notCoordinator') };
    const text = answer.trim();
    if (!text) return { kind: 'text', text: t('fwd.emptyReply') };
    let forward = await this.options.forwards.get(forwardId);
    if (!forward) return { kind: 'text', text: t('fwd.unknown') };

    const answered = { answeredBy: coordinator.name, answer: text };
    if (forward.status === 'open') {
      const now = this.options.clock?.() ?? new Date();
      const queued = [
        forwardEntry(forwardId, 'forward-answer', now.toISOString()),
        ...(await this.cardsOf(forward)).map((personId) =>
          forwardEntry(forwardId, 'forward-update', now.toISOString(), personId),
        ),
      ];
      if (await this.options.forwards.markAnswered(forward, answered, queued)) {
        this.options.wake?.();
        return { kind: 'text', text: t('fwd.replied', { asker: forward.askerName }) };
      }
      forward = (await this.options.forwards.get(forwardId)) ?? forward;
    }
    // The same answer again (Teams retried the message, or the press after a lost reply) was
    // queued once and is confirmed as such; another answer is refused.
    if (forward.answeredBy === answered.answeredBy && forward.answer === answered.answer)
      return { kind: 'text', text: t('fwd.replied', { asker: forward.askerName }) };
    return { kind: 'text', text: t('fwd.alreadyAnswered', { name: forward.answeredBy ?? '' }) };
  }

  /** The coordinators whose card shows the question: its outbox rows, or an older forward's list. */
  private async cardsOf(forward: ForwardedQuestion): Promise<string[]> {
    const fromOutbox = (await this.options.outbox.forMeeting(forwardPartition(forward.id)))
      .filter((row) => row.kind === 'forward' && row.personId)
      .map((row) => row.personId!);
    return [...new Set([...fromOutbox, ...forward.deliveries.map((d) => d.personId)])];
  }
}

export function forwardCard(forward: ForwardedQuestion, language: Language): Reply {
  const t = translator(language);
  const data: ForwardedQuestionCardData = {
    title: t('fwd.card.title'),
    from: t('fwd.card.from', { asker: forward.askerName }),
    question: forward.question,
    open: forward.status === 'open',
    replyLabel: t('fwd.card.replyLabel'),
    sendLabel: t('fwd.card.send'),
    answered:
      forward.status === 'answered'
        ? t('fwd.card.answered', { name: forward.answeredBy ?? '', answer: forward.answer ?? '' })
        : undefined,
    data: { kokobot: 'forward-reply', forwardId: forward.id },
  };
  return {
    kind: 'card',
    card: { template: 'forwarded-question', data },
    text: t('fwd.card.fallback', { asker: forward.askerName, question: forward.question }),
  };
}
