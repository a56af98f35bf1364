import type { ConversationContext, Interpretation } from './understand';

/** What to remember after answering, so that the next message can be a follow-up. */
export function nextContext(
  interpretation: Interpretation,
  previous: ConversationContext | undefined,
): ConversationContext | undefined {
  if (interpretation.type === 'clarify')
    return { kind: interpretation.kind, candidates: interpretation.candidates };
  if (interpretation.type === 'answer' && interpretation.subject) {
    return { subject: interpretation.subject, kind: interpretation.kind };
  }
  if (interpretation.type === 'answer') return undefined;
  return previous;
}

/** How long a conversation's last subject is remembered. */
export const CONTEXT_TTL_MS = 30 * 60 * 1000;
