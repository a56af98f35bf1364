import { createHash } from 'node:crypto';
import type { ConversationRepository } from '../conversations/model';
import type { DirectoryService } from '../directory/directory-service';
import { languageFromLocale, translator, type Language } from '../i18n';
import type { Logger } from '../logging';
import type { ForwardedQuestionCardData } from '../teams/cards/card-data';
import type { MessageHandler, MessageInput } from '../teams/message-handler';
import type { Messenger } from '../teams/messenger';
import type { Reply } from '../teams/reply';
import type { ForwardRepository, ForwardedQuestion } from './forward-repository';

export interface ForwardingOptions {
  directory: DirectoryService;
  conversations: ConversationRepository;
  forwards: ForwardRepository;
  messenger: Messenger;
  logger: Logger;
}

/**
 * "Frage an die Koordinierungsstelle weiterleiten": the question goes as a card with a reply field
 * to every coordinator's personal chat; the first reply reaches the asker, and every coordinator's
 * card then shows who answered. A repeated click or a second reply changes nothing.
 */
export class ForwardingHandler implements MessageHandler {
  constructor(private readonly options: ForwardingOptions) {}

  async handle(input: MessageInput): Promise<Reply | undefined> {
    if (input.action?.kokobot === 'forward') return this.forward(input, input.action.question);
    if (input.action?.kokobot === 'forward-reply')
      return this.reply(input, input.action.forwardId, input.action.reply ?? '');
    return undefined;
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
    if (!(await this.options.forwards.create(forward)))
      return { kind: 'text', text: t('fwd.already') };

    const coordinators = directory.people.filter((person) => person.coordinator);
    for (const coordinator of coordinators) {
      const chat = await this.options.conversations.personalChatOf(input.tenantId, coordinator.id);
      if (!chat) continue;
      try {
        const activityId = await this.options.messenger.send(
          chat.reference,
          forwardCard(forward, languageFromLocale(chat.reference.locale)),
        );
        forward.deliveries.push({
          personId: coordinator.id,
          reference: chat.reference,
          activityId,
        });
      } catch (error) {
        this.options.logger.warn(
          { err: { statusCode: (error as { statusCode?: number }).statusCode } },
          'forwarded question not delivered to one coordinator',
        );
      }
    }
    await this.options.forwards.saveDeliveries(forward);
    if (forward.deliveries.length === 0) {
      return {
        kind: 'text',
        text: t('fwd.nobody', { emails: coordinators.map((person) => person.email).join(', ') }),
      };
    }
    return { kind: 'text', text: t('fwd.sent', { count: forward.deliveries.length }) };
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
    const forward = await this.options.forwards.get(forwardId);
    if (!forward) return { kind: 'text', text: t('fwd.unknown') };

    const won = await this.options.forwards.markAnswered(forward, coordinator.name, text);
    if (!won) {
      const current = (await this.options.forwards.get(forwardId)) ?? forward;
      if (input.replyToId)
        await this.safely(() =>
          this.options.messenger.update(
            input.reference,
            input.replyToId!,
            forwardCard(current, input.language),
          ),
        );
      return { kind: 'text', text: t('fwd.alreadyAnswered', { name: current.answeredBy ?? '' }) };
    }
    const askerT = translator(forward.language);
    await this.safely(() =>
      this.options.messenger.send(forward.askerReference, {
        kind: 'text',
        text: askerT('fwd.answer', {
          name: coordinator.name,
          question: forward.question,
          answer: text,
        }),
      }),
    );
    for (const delivery of forward.deliveries) {
      if (!delivery.activityId) continue;
      await this.safely(() =>
        this.options.messenger.update(
          delivery.reference,
          delivery.activityId!,
          forwardCard(forward, languageFromLocale(delivery.reference.locale)),
        ),
      );
    }
    return { kind: 'text', text: t('fwd.replied', { asker: forward.askerName }) };
  }

  private async safely(action: () => Promise<unknown>): Promise<void> {
    try {
      await action();
    } catch (error) {
      this.options.logger.warn(
        { err: { statusCode: (error as { statusCode?: number }).statusCode } },
        'proactive message failed',
      );
    }
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
