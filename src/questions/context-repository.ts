import type { ConversationContext } from './understand';

/** A conversation's context as one instance knows it. */
export interface KnownContext {
  context?: ConversationContext;
  /**
   * Taken from this instance's memory, not read in this turn: another instance may have answered
   * in this conversation meanwhile. An answer that rests on it is checked with `get(…, { read })`.
   */
  fromMemory: boolean;
}

/** Where a conversation's last subject is kept between messages (with an expiry). */
export interface ContextRepository {
  /** From memory when this instance knows the conversation, else (or with `read`) from storage. */
  get(conversationId: string, options?: { read?: boolean }): Promise<KnownContext>;
  /** Stores the conversation's new context (none: forgets it); resolves once it is stored. */
  set(conversationId: string, context: ConversationContext | undefined): Promise<void>;
}
