import type { RefKey } from '../language/directory-index';
import type { ConversationContext, Interpretation } from './understand';

/** What to remember after answering, so that the next message can be a follow-up. */
export function nextContext(
  interpretation: Interpretation,
  previous: ConversationContext | undefined,
): ConversationContext | undefined {
  const { language } = interpretation;
  if (interpretation.type === 'clarify')
    return { kind: interpretation.kind, candidates: interpretation.candidates, language };
  if (interpretation.type === 'answer' && interpretation.subject) {
    // A follow-up keeps both records of the yes/no question before it, whichever it was about.
    const also = interpretation.yesNo?.asked ?? otherRecord(interpretation, previous);
    return {
      subject: interpretation.subject,
      kind: interpretation.kind,
      language,
      ...(also && { also }),
    };
  }
  if (interpretation.type === 'answer') return undefined;
  return previous;
}

function otherRecord(
  interpretation: Interpretation & { type: 'answer' },
  previous: ConversationContext | undefined,
): RefKey | undefined {
  if (!interpretation.followUp || !previous?.also) return undefined;
  if (interpretation.subject === previous.subject) return previous.also;
  if (interpretation.subject === previous.also) return previous.subject;
  return undefined;
}

/** How long a conversation's last subject is remembered. */
export const CONTEXT_TTL_MS = 30 * 60 * 1000;
