/*
 * Questions about goals read from their form: the status asked of all goals („Welche Ziele laufen
 * nicht nach Plan?“), what is asked of one goal when a status word is in it („Ist Z1.1 erreicht?“),
 * a goal named only by words of its title or description („das Ziel mit den Praktika“), and a goal
 * named by the institution or person it belongs to („das Ziel mit der IHK“).
 */
import { distance } from 'fastest-levenshtein';
import { parseRef, refKey, type DirectoryIndex, type RefKey } from '../../language/directory-index';
import type { Cue } from '../cues';
import { fold } from '../../language/text';
import { goalsOf } from '../facts';
import type { Section } from '../../directory/model';
import { statusOf, type QuestionKind, type StatusValue } from './kind';
import { goalsByText } from './subjects';
import { isYesNoForm } from './yes-no';

/**
 * A question about a goal named by its whole title, without the title: the words of „Angebote der
 * Berufskollegs abstimmen“ or „Zwischenbilanz …“ ask nothing. The question as it is when the
 * subject is no goal or its title is not in it as it is.
 */
export function besideTitle(index: DirectoryIndex, subject: RefKey, folded: string): string {
  const { section, id } = parseRef(subject);
  const title = section === 'goals' ? fold(index.goals.get(id)?.title ?? '') : '';
  const at = title ? ` ${folded} `.indexOf(` ${title} `) : -1;
  if (at < 0) return folded;
  // A neutral word in its place: "What is the target date for …" does not end in "for".
  return `${folded.slice(0, at)} xx ${folded.slice(at + title.length)}`.replace(/\s+/g, ' ').trim();
}

/** Words that ask for a date: then a status word describes the date („bis wann erreicht?“). */
const DATE_ASKED =
  /\b(bis wann|by when|until when|frist\w*|deadline\w*|zieltermin\w*|stichtag\w*|due date|target date|zieldatum)\b/;

export function asksDate(folded: string, cues: Set<Cue>): boolean {
  return cues.has('when') || DATE_ASKED.test(folded);
}

/** Cues that ask something of goals other than their status („Wer hat ein Ziel erreicht?“). */
const NOT_STATUS: Cue[] = ['owner', 'partners', 'why', 'due', 'who', 'contact', 'members'];

/**
 * The status list a question asks for when it names no record: `{ status }` for the goals of one
 * status (or off track), `{}` for the status of all goals, undefined when it asks something else.
 */
export function statusListAsked(
  folded: string,
  cues: Set<Cue>,
  status: StatusValue | undefined,
): { status?: StatusValue } | undefined {
  if (asksDate(folded, cues)) return undefined;
  const goals = cues.has('goals');
  // "Welche Ziele sind abgeschlossen?", "Ist schon ein Ziel fertig?": a status word and goals.
  if (status && (cues.has('status') || (goals && !NOT_STATUS.some((cue) => cues.has(cue)))))
    return { status };
  if (cues.has('status') && goals) return {};
  return undefined;
}

/**
 * What is asked of one goal, given the status word in the question: „Ist Z1.1 erreicht?“, „Läuft
 * Z1.4 nach Plan?“ ask for its status (yes or no first), „Warum ist Z3.2 verzögert?“ for its
 * status report (what happened), not for why the goal exists.
 */
export function goalKindWithStatus(
  kind: QuestionKind,
  folded: string,
  status: StatusValue | undefined,
): { kind: QuestionKind; status?: StatusValue } {
  if (!status) return { kind };
  const yesNo = isYesNoForm(folded);
  if (kind === 'what' && yesNo) return { kind: 'status', status };
  // „Ist das Ziel … im Zeitplan?“: its reported status (Ja/Nein), not its due date.
  if (kind === 'due' && yesNo && !DATE_ASKED.test(folded)) return { kind: 'status', status };
  if (kind === 'why' && status !== 'done') return { kind: 'status' };
  if (kind === 'status') return { kind, status: yesNo ? status : undefined };
  return { kind };
}

/**
 * The status a question about one record asks for, if any: of a goal (see goalKindWithStatus), or
 * of the goals of a body or field („Welche Ziele der SG sind gefährdet?“, the status list there).
 */
export function statusReading(
  section: Section,
  kind: QuestionKind,
  folded: string,
  cues: Set<Cue>,
): { status?: StatusValue } | undefined {
  const status = statusOf(folded) ?? statusSlip(folded);
  if (section === 'goals') {
    const reading = goalKindWithStatus(kind, folded, status);
    return reading.kind === 'status' ? { status: reading.status } : undefined;
  }
  if ((section === 'bodies' || section === 'fields') && kind === 'goals')
    return statusListAsked(folded, cues, status);
  return undefined;
}

/** Cues that, with no record named, let a goal be looked for in the words of its text. */
const ASKS_OF_A_GOAL: Cue[] = ['owner', 'due', 'why'];
/** These ask of a goal only when the question says "das Ziel" („Wer arbeitet am Ziel … mit?“). */
const ASKS_OF_THE_GOAL: Cue[] = ['partners', 'members', 'status', 'what', 'when', 'who'];

/** „das Ziel“, „beim Ziel“, "the goal": one goal meant, not a list („welche Ziele“). */
const ONE_GOAL =
  /\b(das|dem|des|ein|einem|eines|dieses|diesem|zum|beim|am|im|vom|fuers|ans|ins|the|this|that|a)\s+(ziel|ziels|goal|vorhaben)\b/;
const WHICH_GOAL = /\b(welch\w*|which|what|wie viele|how many)\s+(ziel\w*|goals?|vorhaben)\b/;

export function namesOneGoal(folded: string): boolean {
  return ONE_GOAL.test(folded) && !WHICH_GOAL.test(folded);
}

/**
 * The goal a question names by words of its title or description only, or the goals to ask back
 * about when the question says „das Ziel“ and several fit equally well.
 */
export function goalByWords(
  index: DirectoryIndex,
  input: { words: string[]; folded: string; cues: Set<Cue> },
): { subject: RefKey } | { clarify: RefKey[] } | undefined {
  const { cues, folded } = input;
  const one = namesOneGoal(folded);
  const has = (cue: Cue) => cues.has(cue);
  if (
    !ASKS_OF_A_GOAL.some(has) &&
    !(has('who') && has('what')) &&
    !(one && ASKS_OF_THE_GOAL.some(has))
  )
    return undefined;
  const goals = goalsByText(index, input.words);
  if (goals.length === 1) return { subject: goals[0]! };
  if (goals.length > 1 && one) return { clarify: goals.slice(0, 6) };
  return undefined;
}

/** Cues that ask a fact of one goal (its date, reason, owner, partners), not for a list. */
const GOAL_FACT: Cue[] = ['due', 'why', 'owner', 'partners'];

/**
 * „Bis wann soll das Ziel mit der Hochschule erreicht sein?“, „Warum gibt es das Ziel der SG?“: a
 * record that is no goal, named with „das Ziel“ and a fact of one goal asked, means a goal it has
 * or takes part in; the one goal, or the goals to ask back about. With none, the goal whose text
 * talks about it („das Ziel zur Ausbildungskonferenz“).
 */
export function goalOfRecord(
  index: DirectoryIndex,
  subject: RefKey,
  input: { words: string[]; folded: string; cues: Set<Cue> },
): { subject: RefKey } | { clarify: RefKey[] } | undefined {
  const { section, id } = parseRef(subject);
  if (section === 'goals' || section === 'meetings') return undefined;
  if (!namesOneGoal(input.folded) || !GOAL_FACT.some((cue) => input.cues.has(cue)))
    return undefined;
  const goals = goalsOfRecord(index, section, id);
  if (goals.length === 1) return { subject: refKey('goals', goals[0]!) };
  if (goals.length > 1)
    return goals.length <= 6 ? { clarify: goals.map((goal) => refKey('goals', goal)) } : undefined;
  return goalByWords(index, input);
}

/** The goals of a field or body, or those an institution or person takes part in, by id. */
function goalsOfRecord(
  index: DirectoryIndex,
  section: 'actors' | 'people' | 'bodies' | 'fields',
  id: string,
): string[] {
  const goals =
    section === 'people'
      ? index.directory.goals.filter((goal) => goal.owner === id || goal.partners.includes(id))
      : goalsOf(
          index,
          section === 'actors'
            ? { actor: id }
            : section === 'bodies'
              ? { body: id }
              : { field: id },
        );
  return goals.map((goal) => goal.id);
}

/** „An welchen Zielen ist X beteiligt?“: the goals X takes part in, not only those X owns. */
export function asksInvolvement(cues: Set<Cue>): boolean {
  return cues.has('partners') || cues.has('members');
}

/**
 * „Meine Ziele“, „Für welche Ziele bin ich verantwortlich?“: the asker's own goals. Not „Könnten
 * Sie mir sagen, welche Ziele …“ or „… ich möchte das ansprechen“: a polite asker is no owner.
 */
const OWN =
  /\b(meine\w*|mein|my|mine|myself|(bin|habe|hab|verantworte|betreue|leite) ich|ich (bin|habe|hab|verantworte|betreue|leite)|(am|do|have) i|i (am|have|own|lead))\b/;
const POLITE_ONLY = /\b(mir (sagen|mitteilen|verraten|nennen|helfen|zeigen|auflisten|erklaeren))\b/;

export function asksOwnGoals(folded: string, cues: Set<Cue>): boolean {
  if (!cues.has('mine')) return false;
  const rest = folded.replace(POLITE_ONLY, ' ');
  return OWN.test(rest) || /\b(mir|me)\b/.test(rest);
}

/**
 * „Wer verantwortet das Ziel … und bis wann soll es fertig sein?“: a second fact of the same goal
 * asked beside the first (its owner and its due date), answered after it.
 */
export function secondGoalFact(
  kind: QuestionKind,
  folded: string,
  cues: Set<Cue>,
): 'due' | 'owner' | undefined {
  if (kind === 'owner' && asksDate(folded, cues)) return 'due';
  if (kind === 'due' && (cues.has('owner') || /\b(wer|who)\b/.test(folded))) return 'owner';
  return undefined;
}

/**
 * „Wo wird … festgelegt?“ asked of a record other than a body: the body that decides it. Not
 * „Weshalb wurde das Ziel festgelegt?“, which asks the goal's reason.
 */
export function asksWhereDecided(section: Section, cues: Set<Cue>): boolean {
  if (!cues.has('decided') || section === 'bodies') return false;
  return !(section === 'goals' && cues.has('why'));
}

/** Status words typed with a slip („Ist Z3.1 gfährdet?“), for a yes/no question about a goal. */
const STATUS_WORDS: [string, StatusValue][] = [
  ['gefaehrdet', 'at-risk'],
  ['verzoegert', 'delayed'],
];

export function statusSlip(folded: string): StatusValue | undefined {
  if (!isYesNoForm(folded)) return undefined;
  for (const word of folded.split(/\s+/))
    for (const [known, status] of STATUS_WORDS)
      if (word.length >= 7 && distance(word, known) <= 2) return status;
  return undefined;
}
