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
    // A follow-up about the same subject keeps the yes/no question's other record.
    const also =
      interpretation.yesNo?.asked ??
      (interpretation.followUp && previous?.subject === interpretation.subject
        ? previous?.also
        : undefined);
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

/** How long a conversation's last subject is remembered. */
export const CONTEXT_TTL_MS = 30 * 60 * 1000;
