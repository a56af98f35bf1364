import type { ConversationContext } from './understand';

/** Where a conversation's last subject is kept between messages (with an expiry). */
export interface ContextRepository {
  get(conversationId: string): Promise<ConversationContext | undefined>;
  /**
   * False when the context `get` answered is no longer the stored one (another instance answered in
   * this conversation meanwhile): nothing was stored; get it again and answer again.
   */
  set(conversationId: string, context: ConversationContext | undefined): Promise<boolean>;
}
