import type { ConversationRepository } from '../conversations/model';
import { languageFromLocale, translator } from '../i18n/index';
import type { OutboxEntry, OutboxRepository } from '../reminders/outbox';
import type { ProactiveSender } from '../reminders/proactive-sender';
import type { DeliveryResult } from '../reminders/scheduler';
import { forwardCard } from './forwarding';
import { forwardIdOf, forwardPartition, type ForwardRepository } from './forward-repository';

export interface ForwardDeliveryOptions {
  forwards: ForwardRepository;
  conversations: ConversationRepository;
  outbox: Pick<OutboxRepository, 'forMeeting'>;
  proactive: Pick<ProactiveSender, 'send' | 'update'>;
}

export const FORWARD_KINDS: ReadonlySet<OutboxEntry['kind']> = new Set([
  'forward',
  'forward-answer',
  'forward-update',
]);

/**
 * Sends a forward's outbox rows. Each message is composed when it goes out, from the forward as
 * stored then: a card that reaches a coordinator after the question was answered shows the answer.
 */
export class ForwardDelivery {
  constructor(private readonly options: ForwardDeliveryOptions) {}

  deliver = async (entry: OutboxEntry): Promise<DeliveryResult> => {
    const forward = await this.options.forwards.get(forwardIdOf(entry));
    if (!forward) return { outcome: 'skipped', detail: 'forward no longer stored' };
    if (entry.kind === 'forward-answer') {
      const t = translator(forward.language);
      const text = t('fwd.answer', {
        name: forward.answeredBy ?? '',
        question: forward.question,
        answer: forward.answer ?? '',
      });
      return this.options.proactive.send(forward.askerReference, { kind: 'text', text });
    }
    if (!entry.personId) return { outcome: 'skipped', detail: 'no recipient' };
    const tenantId = forward.askerReference.conversation.tenantId ?? '';
    const chat = await this.options.conversations.personalChatOf(tenantId, entry.personId);
    if (entry.kind === 'forward') {
      if (!chat) return { outcome: 'failed', detail: 'unreachable: no personal chat with the bot' };
      const card = forwardCard(forward, languageFromLocale(chat.reference.locale));
      return this.options.proactive.send(chat.reference, card, () =>
        this.options.conversations.markStale(chat),
      );
    }
    // forward-update: the card this coordinator was sent, shown again as it stands now.
    const rows = await this.options.outbox.forMeeting(forwardPartition(forward.id));
    const sent = rows.find((row) => row.kind === 'forward' && row.personId === entry.personId);
    const older = forward.deliveries.find((delivery) => delivery.personId === entry.personId);
    if (sent?.state === 'pending')
      return {
        outcome: 'skipped',
        detail: 'the card has not gone out yet; it will show the answer',
      };
    if (sent?.state === 'sending') return { outcome: 'retry', detail: 'the card is on its way' };
    const target =
      sent?.state === 'sent' && sent.activityId && chat
        ? { reference: chat.reference, activityId: sent.activityId }
        : older?.activityId
          ? { reference: older.reference, activityId: older.activityId }
          : undefined;
    if (!target) return { outcome: 'skipped', detail: 'the card never reached this coordinator' };
    const card = forwardCard(forward, languageFromLocale(target.reference.locale));
    return this.options.proactive.update(target.reference, target.activityId, card);
  };
}
