/*
 * Proactive sends as the features see them (kokobot's own contract, free of botbuilder): the outbox
 * hands a Reply and a stored conversation reference to a Messenger, and a failed send comes back as
 * a ProactiveSendError with the status and headers Teams answered. A move to another SDK keeps this
 * file and replaces connector-messenger.ts.
 */
import type { StoredReference } from '../conversations/model';
import type { Reply } from './reply';

/** Proactive messages: write to, or update a message in, a conversation the bot was in before. */
export interface Messenger {
  send(reference: StoredReference, reply: Reply): Promise<string | undefined>;
  update(reference: StoredReference, activityId: string, reply: Reply): Promise<void>;
}

/**
 * What a failed send carries for the outbox's ProactiveSender: the status Teams answered (none for
 * a network failure, whose `code` says what went wrong) and the response's headers (Retry-After).
 */
export class ProactiveSendError extends Error {
  override readonly name = 'ProactiveSendError';
  readonly statusCode?: number;
  readonly code?: string;
  readonly response?: { headers: Headers };

  constructor(
    message: string,
    details: { statusCode?: number; code?: string; headers?: Headers; cause?: unknown },
  ) {
    super(message, { cause: details.cause });
    this.statusCode = details.statusCode;
    this.code = details.code;
    if (details.headers) this.response = { headers: details.headers };
  }
}
