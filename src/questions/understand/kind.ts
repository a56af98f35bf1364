import type { Section } from '../../directory/model';
import type { StatusAsked } from '../../status/status-questions';
import type { Cue } from '../cues';

export const QUESTION_KINDS = [
  'chair',
  'members',
  'owner',
  'contact',
  'deputy',
  'what',
  'goals',
  'agenda',
  'next-meeting',
  'upcoming',
  'due',
  'partners',
  'bodies-of',
  'why',
  'where',
  'due-before',
  'status',
  'attendance',
  // Meetings other than the next one, details asked directly (issue 16, meetings):
  'online',
  // issue 16: „Ist X in Y?“
  'yes-no',
  // People and their roles (issue 16).
  'email',
  'deputises',
  'coordinators',
  'by-role',
  'members-from',
  // One contact detail asked for directly (issue 16): e-mail is 'email' above.
  'phone',
  'address',
  // A whole section listed, counted (issue 16): „Wie viele Ziele gibt es?“.
  'catalog',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The goal statuses a question may ask about (those a status update can have, or off track). */
export type StatusValue = StatusAsked;

/** "nicht nach Plan", "not on track", "Probleme": at risk or delayed. */
const OFF_TRACK =
  /\b(nicht|kein\w*|not|no longer|nicht mehr)\b.{0,20}\b(im plan|nach plan|planmaessig|on track|im zeitplan|gut|well)\b|\b(off track|ausser plan|problem\w*|kritisch\w*|hakt|hapert|stockt|klemmt|trouble|struggl\w*)\b/;

const AT_RISK = /\b(gefaehrdet\w*|at risk|risk|auf der kippe)\b/;
const DELAYED =
  /\b(verzoegert\w*|delayed|late|behind schedule|(are|is|fall\w*|lag\w*) behind|hinterher|verzug|rueckstand|ueberfaellig|overdue)\b/;

const ON_TRACK =
  /\b(im plan|nach plan|on track|planmaessig|im zeitplan|laeuft gut|laufen gut|going well)\b/;
const DONE = /\b(erreicht|done|achieved|abgeschlossen|erledigt|completed|fertig|finished)\b/;
const PAUSED = /\b(ruht|ruhen|ruhend\w*|paused|on hold|pausiert)\b/;

/** The words that ask about a goal status (also the typo vocabulary's source). */
export const STATUS_PATTERNS: readonly RegExp[] = [
  OFF_TRACK,
  AT_RISK,
  DELAYED,
  ON_TRACK,
  DONE,
  PAUSED,
];

export function statusOf(folded: string): StatusValue | undefined {
  const atRisk = AT_RISK.test(folded);
  const delayed = DELAYED.test(folded);
  // "gefährdet oder verzögert" is off track as well.
  if (OFF_TRACK.test(folded) || (atRisk && delayed)) return 'off-track';
  if (atRisk) return 'at-risk';
  if (delayed) return 'delayed';
  if (ON_TRACK.test(folded)) return 'on-track';
  if (DONE.test(folded)) return 'done';
  if (PAUSED.test(folded)) return 'paused';
  return undefined;
}

/** Chooses what is asked about a record of this section, from the cues. */
export function kindFor(section: Section, cues: Set<Cue>): QuestionKind {
  const has = (cue: Cue) => cues.has(cue);
  switch (section) {
    case 'bodies':
    case 'meetings':
      if (has('online')) return 'online';
      // "When does it meet after …? I cannot attend the next one": a date, not the replies.
      if (has('attend') && !(has('when') && !has('who'))) return 'attendance';
      if (has('chair')) return 'chair';
      if (has('agenda')) return 'agenda';
      if (has('decided')) return 'where';
      if (has('where')) return 'where';
      // "Wer steckt hinter der SG?" asks for people, not its purpose.
      if (has('why') && !has('who')) return 'why';
      if (has('goals')) return 'goals';
      // "Wann ist das nächste Treffen? Ich möchte teilnehmen.": the date, not the members.
      if (has('when') && (has('meet') || has('next')) && !has('who')) return 'next-meeting';
      if (has('members') || has('partners')) return 'members';
      if (has('when') || has('meet') || has('next')) return 'next-meeting';
      if (has('what')) return 'what';
      if (has('who') || has('contact')) return 'members';
      return section === 'meetings' ? 'next-meeting' : 'what';
    case 'goals':
      // „Welche AG kümmert sich um Z1.2?“, "Which body is responsible for goal Z1.2?": its body.
      if (has('whichBody') && !has('why')) return 'where';
      // "Reasoning behind", "Was steckt dahinter": a reason, unless who is asked.
      if (has('owner') && (has('who') || !has('why'))) return 'owner';
      if (has('why')) return 'why';
      if (has('status') && !has('due') && !has('when')) return 'status';
      // "Termin", "Zieltermin": a goal has no meetings, only its due date.
      if (has('due') || has('when') || has('meet')) return 'due';
      // "Wer ist mit im Boot / dabei?": the partners.
      if (has('partners') || has('members')) return 'partners';
      if (has('who') || has('contact') || has('chair')) return 'owner';
      return 'what';
    case 'actors':
      // A detail asked for: that detail ("Wie kann ich das Jobcenter telefonisch erreichen?").
      // "Wen kann ich beim Jobcenter anrufen?" asks for a person.
      if (has('phone') && has('who')) return 'contact';
      if (has('phone')) return 'phone';
      if (has('email') && !has('bodiesOf') && !has('who')) return 'email';
      if (has('address')) return 'address';
      if (has('whereIs') && !has('bodiesOf') && !has('partners') && !has('goals')) return 'address';
      // "An welchen Zielen ist die IHK beteiligt?": its goals, not its partner institutions.
      if (has('goals') && !(has('contact') && has('who'))) return 'goals';
      if (has('partners')) return 'partners';
      // "Wer ist beim Jobcenter Ansprechpartner?": "wer ist bei" is no question about bodies.
      if (has('contact') && has('who') && !has('bodiesOf')) return 'contact';
      if (has('bodiesOf') || has('members')) return 'bodies-of';
      if (has('goals')) return 'goals';
      if (has('contact') || has('chair') || has('owner')) return 'contact';
      if (has('what')) return 'what';
      if (has('who')) return 'contact';
      return 'what';
    case 'people':
      // "Für welche Ziele ist X zuständig?", "An welchen Zielen arbeitet X mit?"
      if (has('goals') && !has('email') && !has('phone') && !has('deputy')) return 'goals';
      if (has('deputy') && has('deputises')) return 'deputises';
      // "In welchen Gremien ist X vertreten?": bodies, not a deputy.
      if (has('bodiesOf') && !has('partners')) return 'bodies-of';
      if (has('deputy')) return 'deputy';
      if (has('phone')) return 'phone';
      if (has('email')) return 'email';
      if (has('address')) return 'address';
      if (has('contact')) return 'email';
      if (has('partners')) return 'partners';
      if (has('bodiesOf') || has('chair') || has('members')) return 'bodies-of';
      if (has('goals') || has('owner')) return 'goals';
      return 'what';
    case 'fields':
      if (has('goals') || has('owner') || has('status')) return 'goals';
      return 'what';
  }
}

export const KIND_CUES: Record<QuestionKind, Cue[]> = {
  chair: ['chair'],
  members: ['members'],
  owner: ['owner'],
  contact: ['contact'],
  deputy: ['deputy'],
  what: ['what'],
  goals: ['goals'],
  agenda: ['agenda'],
  'next-meeting': ['meet', 'next'],
  upcoming: ['upcoming'],
  due: ['due'],
  partners: ['partners'],
  'bodies-of': ['bodiesOf'],
  why: ['why'],
  where: ['where'],
  'due-before': ['due'],
  status: ['status'],
  attendance: ['attend'],
  online: ['online'],
  'yes-no': ['members'],
  email: ['email'],
  deputises: ['deputy', 'deputises'],
  coordinators: ['coordinators'],
  'by-role': ['who'],
  'members-from': ['members', 'fromActor'],
  phone: ['phone'],
  address: ['address'],
  catalog: [],
};

export function yearAsked(folded: string, today: string): number | undefined {
  const year = folded.match(/\b(20\d{2})\b/);
  if (year) return Number(year[1]);
  const current = Number(today.slice(0, 4));
  if (/\b(naechstes jahr|naechsten jahr|kommendes jahr|next year)\b/.test(folded))
    return current + 1;
  if (/\b(letztes jahr|vergangenes jahr|last year)\b/.test(folded)) return current - 1;
  return undefined;
}

export function hasQuestionCue(cues: Set<Cue>): boolean {
  return [...cues].some((cue) => cue !== 'followUp' && cue !== 'mine');
}
