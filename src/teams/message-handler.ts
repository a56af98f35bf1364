import type { Language } from '../i18n';
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
}

/** A feature that may answer a message; undefined means "not mine", and the next one is asked. */
export interface MessageHandler {
  handle(input: MessageInput): Promise<Reply | undefined>;
}
