import type { ConversationContext } from './understand';

/** Where a conversation's last subject is kept between messages (with an expiry). */
export interface ContextRepository {
  get(conversationId: string): Promise<ConversationContext | undefined>;
  set(conversationId: string, context: ConversationContext | undefined): Promise<void>;
}
