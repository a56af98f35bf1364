import type { Language } from '../../i18n';
import type { Cue } from '../cues';
import {
  parseRef,
  type DirectoryIndex,
  type QueryToken,
  type RefKey,
} from '../../language/directory-index';
import { hasBackReference } from './follow-up';
import type { StatusValue } from './kind';
import type { ConversationContext, Interpretation } from './types';
import { yesNoQuestion } from './yes-no';

/*
 * Yes/no and status questions that may point back to the conversation's last subject
 * ("Ist dort das Jobcenter vertreten?", „Ist das gefährdet?“).
 */

interface Uses {
  context?: ConversationContext;
  /** Set when the answer rests on the context. */
  use: { context: boolean };
}

/**
 * The yes/no question a text asks about two records, one of them the record pointed back to when
 * the text names only one ("Ist dort das Jobcenter vertreten?" after the AK JBH), or undefined.
 */
export function yesNoReading(
  index: DirectoryIndex,
  input: {
    folded: string;
    cues: Set<Cue>;
    queryTokens: QueryToken[];
    words: string[];
    forced?: RefKey;
    language: Language;
    today: string;
  },
  { context, use }: Uses,
): Interpretation | undefined {
  const { folded, cues, queryTokens, forced, language, today } = input;
  // „Gibt es einen Teams-Link für …?“ asks for a link, never for a relation of two records.
  if (cues.has('online')) return undefined;
  let yesNo = yesNoQuestion(index, { folded, cues, queryTokens, given: forced, today });
  const pointed = !forced && hasBackReference(input.words) ? context?.subject : undefined;
  if (!yesNo && pointed) {
    yesNo = yesNoQuestion(index, { folded, cues, queryTokens, given: pointed, today });
    if (yesNo) use.context = true;
  }
  if (!yesNo) return undefined;
  if ('clarify' in yesNo)
    return { type: 'clarify', kind: 'yes-no', language, candidates: yesNo.clarify };
  return { type: 'answer', kind: 'yes-no', language, subject: yesNo.of, yesNo, followUp: false };
}

/** „Ist das gefährdet?“ after a goal: that goal's status; else every goal with the status. */
export function statusReading(
  previous: RefKey | undefined,
  pointsBack: boolean,
  input: { status: StatusValue; language: Language; use: { context: boolean } },
): Interpretation {
  const goal =
    previous && pointsBack && parseRef(previous).section === 'goals' ? previous : undefined;
  if (goal) input.use.context = true;
  const { status, language } = input;
  return { type: 'answer', kind: 'status', language, status, subject: goal, followUp: !!goal };
}
