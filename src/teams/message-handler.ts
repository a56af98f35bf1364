import type { StoredReference } from '../conversations/model';
import type { Language } from '../i18n';
import type { CardAction } from './card-actions';
import type { Reply } from './reply';

/** A message as the features see it: no TurnContext, only what was said and by whom. */
export interface MessageInput {
  text: string;
  language: Language;
  locale?: string;
  tenantId: string;
  conversationId: string;
  aadObjectId?: string;
  /** The directory person who wrote, when known. */
  personId?: string;
  /** The sender's display name from the channel (only shown to coordinators when forwarding). */
  userName?: string;
  /** Data of a pressed card button, already validated. */
  action?: CardAction;
  /** The id of the bot message whose card was pressed (to update it in place). */
  replyToId?: string;
  /** The id of this activity (an idempotency key: a redelivered message has the same id). */
  activityId?: string;
  /** Files sent with the message (Teams' file download info): name and where to fetch it. */
  files?: { name: string; downloadUrl: string }[];
  /** Where to answer this user later (proactive messages). */
  reference: StoredReference;
}

/** A feature that may answer a message; undefined means "not mine", and the next one is asked. */
export interface MessageHandler {
  handle(input: MessageInput): Promise<Reply | undefined>;
}
