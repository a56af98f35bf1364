/**
 * The data each card template in cards/ is bound to. Directory and user text only ever goes into
 * TextRun elements (never markdown) and is data, never template, so it shows literally.
 */
export interface Fact {
  label: string;
  value: string;
}

export interface ListSection {
  heading: string;
  items: string[];
}

export interface UrlAction {
  title: string;
  url: string;
}

/** cards/person.json */
export interface PersonCardData {
  answer: string;
  title: string;
  subtitle?: string;
  facts: Fact[];
  sections: ListSection[];
  actions: UrlAction[];
}

/** cards/institution.json */
export type InstitutionCardData = PersonCardData;
/** cards/body.json */
export type BodyCardData = PersonCardData;
/** cards/goal.json */
export type GoalCardData = PersonCardData;

/** cards/meeting.json */
export interface MeetingCardData extends PersonCardData {
  agendaTitle: string;
  agenda: string[];
}

/** cards/list.json */
export interface ListCardData {
  answer: string;
  title: string;
  items: { title: string; subtitle?: string }[];
  /** "Stand melden": opens the status form of an open round in place (Action.Execute status-edit). */
  report?: { title: string; data: Record<string, unknown> }[];
}

/** cards/clarify.json: the candidates as buttons; pressing one answers the original question. */
export interface ClarifyCardData {
  answer: string;
  title: string;
  options: { title: string; data: Record<string, unknown> }[];
}

/** cards/no-answer.json */
export interface NoAnswerCardData {
  answer: string;
  title: string;
  examples: string[];
  forward?: { title: string; data: Record<string, unknown> };
}

/** cards/forwarded-question.json: a user's question in a coordinator's chat, with a reply field. */
export interface ForwardedQuestionCardData {
  title: string;
  from: string;
  question: string;
  open: boolean;
  replyLabel: string;
  sendLabel: string;
  answered?: string;
  data: Record<string, unknown>;
}

/** cards/reminder.json: a meeting reminder with RSVP buttons (Action.Execute, verb "rsvp"). */
export interface ReminderCardData {
  heading: string;
  lateNote?: string;
  title: string;
  facts: Fact[];
  agendaTitle: string;
  agenda: string[];
  goalsTitle: string;
  goals: string[];
  rsvpNote?: string;
  links: UrlAction[];
  rsvp: { title: string; data: Record<string, unknown>; style: 'positive' | 'destructive' | 'default' }[];
}

/** cards/meeting-notice.json: a meeting was moved or cancelled. */
export interface MeetingNoticeCardData {
  heading: string;
  text: string;
}

/** cards/confirm.json: a yes/no question before something is changed. */
export interface ConfirmCardData {
  title: string;
  text: string;
  confirm?: { title: string; data: Record<string, unknown>; style?: 'positive' | 'destructive' };
  abort?: { title: string; data: Record<string, unknown> };
  /** Once pressed: what happened, shown instead of the buttons. */
  outcome?: string;
}

/**
 * cards/directory-preview.json: a directory file sent in (or a version to restore), what would
 * change, its errors; „Übernehmen“ / „Verwerfen“ (Action.Execute) while it can be confirmed. After a
 * press, or for the history: the outcome, no buttons.
 */
export interface DirectoryPreviewCardData {
  title: string;
  subtitle: string;
  counts: string;
  lines: { text: string }[];
  errorsTitle: string;
  errors: { text: string }[];
  confirm?: { title: string; data: Record<string, unknown> };
  discard?: { title: string; data: Record<string, unknown> };
  outcome?: string;
  downloads: { title: string; url: string }[];
}

/** The confirmation card after a press: the question, the outcome, no buttons. */
export function confirmOutcome(options: { title: string; text: string; outcome: string }): {
  kind: 'card';
  card: CardSpec;
  text: string;
  inPlaceOfPressedCard: true;
} {
  return {
    kind: 'card',
    card: { template: 'confirm', data: options satisfies ConfirmCardData },
    text: options.outcome,
    inPlaceOfPressedCard: true,
  };
}

export type CardTemplate =
  | 'help'
  | 'person'
  | 'institution'
  | 'body'
  | 'goal'
  | 'meeting'
  | 'list'
  | 'clarify'
  | 'no-answer'
  | 'forwarded-question'
  | 'reminder'
  | 'meeting-notice'
  | 'confirm'
  | 'status'
  | 'report'
  | 'directory-preview';

export interface CardSpec {
  template: CardTemplate;
  data: object;
}
