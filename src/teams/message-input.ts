import type { StoredReference } from '../conversations/model';
import type { Language } from '../i18n';
import { filesOf, tenantOf, type InboundActivity } from './activity';
import type { CardAction } from './card-actions';
import type { MessageInput } from './message-handler';

/** A validated message activity as the features see it (no TurnContext). */
export function messageInput(
  activity: InboundActivity,
  options: { text: string; language: Language; personId?: string; action?: CardAction },
): MessageInput {
  const tenantId = tenantOf(activity);
  const reference: StoredReference = {
    channelId: activity.channelId,
    serviceUrl: activity.serviceUrl ?? '',
    conversation: {
      id: activity.conversation.id,
      conversationType: activity.conversation.conversationType,
      tenantId: tenantId || undefined,
      isGroup: activity.conversation.isGroup,
    },
    bot: { id: activity.recipient.id, name: activity.recipient.name },
    user: { id: activity.from.id, aadObjectId: activity.from.aadObjectId },
    locale: activity.locale,
  };
  return {
    text: options.text,
    language: options.language,
    locale: activity.locale,
    tenantId,
    conversationId: activity.conversation.id,
    aadObjectId: activity.from.aadObjectId,
    personId: options.personId,
    userName: activity.from.name,
    action: options.action,
    replyToId: activity.replyToId,
    activityId: activity.id,
    files: filesOf(activity),
    reference,
  };
}
