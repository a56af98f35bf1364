/*
 * What understanding takes in and gives back: the conversation's last subject, the question with
 * its language and date, and the interpretation (an answer of one kind about one subject, or a
 * question back with the candidates).
 */
import type { Language } from '../../i18n';
import type { RefKey } from '../../language/directory-index';
import type { QuestionKind, StatusValue } from './kind';
import type { Occasion, Period } from './occasion';
import type { YesNo } from './yes-no';
import type { Listed } from './counts';

/** What was talked about last in a conversation (for "und wann tagt sie?"). */
export interface ConversationContext {
  subject?: RefKey;
  kind: QuestionKind;
  /** Set while a "did you mean" question is open: the answer may just pick one. */
  candidates?: RefKey[];
  /** After a yes/no question: its other record ("Ist Anja Weiß in der FAG BO?": Anja Weiß). */
  also?: RefKey;
  /** The language answered in, for a fragment that has none of its own ("agenda?"). */
  language?: Language;
}

export type Interpretation =
  | {
      type: 'answer';
      kind: QuestionKind;
      language: Language;
      subject?: RefKey;
      /** ISO date for due-before. */
      before?: string;
      /** A year asked about ("Wer hat 2027 den Vorsitz?"). */
      year?: number;
      /** "Wo wird … abgestimmt?": the body where something is decided, not where it meets. */
      decided?: boolean;
      status?: StatusValue;
      /** Which meeting of a body is meant when not the next one (a day, a month, "zuletzt"). */
      occasion?: Occasion;
      /** A yes/no form about a meeting, link or chair („Tagt die AG im Mai?“): a verdict first. */
      whether?: boolean;
      /** The period a chair question asks about (a day, a school year, a year). */
      period?: Period;
      /** kind 'yes-no': the relation asked about and its two records (subject is `of`). */
      yesNo?: YesNo;
      /** kind 'members' of a body: its institutions asked for („Welche Institutionen …?“). */
      institutions?: boolean;
      /** kind 'goals' of an institution or person: those it takes part in, not only owns. */
      involved?: boolean;
      followUp: boolean;
      /** "In welchen Gremien sitzt X persönlich?": only where the person is listed in person. */
      inPerson?: boolean;
      /** A goal's second fact asked beside the first („wer … und bis wann …“). */
      second?: 'due' | 'owner';
      /** „Wie viele …?“: the number first (see answers/catalog.ts). */
      count?: boolean;
      /** kind 'catalog': the section listed in full. */
      listed?: Listed;
      /** The institution a list is narrowed to ("Wer von der Agentur sitzt in …"). */
      scope?: RefKey;
      /** kind 'by-role' asked in the plural („Wer sind die Berufsberater?“): everyone it fits. */
      people?: RefKey[];
    }
  | { type: 'clarify'; kind: QuestionKind; language: Language; candidates: RefKey[] }
  | { type: 'none'; language: Language; reason: 'empty' | 'no-match' | 'unknown-asker' };

export interface UnderstandInput {
  text: string;
  /** Language when the question itself gives no signal (from the Teams client's locale). */
  fallbackLanguage: Language;
  /** ISO date of today in the organisation's time zone. */
  today: string;
  context?: ConversationContext;
  /** The directory person asking, when known (for "Meine Ziele"). */
  askerId?: string;
  /** A subject chosen from a "did you mean" card: skips name matching. */
  forcedSubject?: RefKey;
}
