import type { Section } from '../directory/model';
import type { GoalStatus } from '../status/submission';
import type { Language } from '../i18n';
import { CUE_WORDS, detectCues, type Cue } from './cues';
import { detectDateLimit, parseDay } from '../language/dates-in-text';
import {
  parseRef,
  refKey,
  type DirectoryIndex,
  type NameCandidate,
  type QueryToken,
  type RefKey,
} from '../language/directory-index';
import { applyGlossary } from './glossary';
import { detectLanguage, fold, STOP_WORDS, tokens } from '../language/text';

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
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The goal statuses a question may ask about (those a status update can have). */
export type StatusValue = GoalStatus;

/** What was talked about last in a conversation (for "und wann tagt sie?"). */
export interface ConversationContext {
  subject?: RefKey;
  kind: QuestionKind;
  /** Set while a "did you mean" question is open: the answer may just pick one. */
  candidates?: RefKey[];
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
      followUp: boolean;
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

const PREFERRED: Partial<Record<Cue, Section[]>> = {
  attend: ['bodies'],
  chair: ['bodies'],
  members: ['bodies'],
  agenda: ['bodies'],
  meet: ['bodies'],
  decided: ['bodies'],
  owner: ['goals'],
  due: ['goals'],
  deputy: ['people'],
  contact: ['actors'],
  bodiesOf: ['actors', 'people'],
  goals: ['fields', 'bodies', 'people', 'goals'],
};

const CLARIFY_MAX = 6;

function statusOf(folded: string): StatusValue | undefined {
  if (/\b(gefaehrdet\w*|at risk|risk)\b/.test(folded)) return 'at-risk';
  if (/\b(verzoegert\w*|delayed|late|behind)\b/.test(folded)) return 'delayed';
  if (/\b(im plan|on track|planmaessig)\b/.test(folded)) return 'on-track';
  if (/\b(erreicht|done|achieved|abgeschlossen|erledigt|completed)\b/.test(folded)) return 'done';
  if (/\b(ruht|ruhen|ruhend\w*|paused|on hold|pausiert)\b/.test(folded)) return 'paused';
  return undefined;
}

/** Chooses what is asked about a record of this section, from the cues. */
export function kindFor(section: Section, cues: Set<Cue>): QuestionKind {
  const has = (cue: Cue) => cues.has(cue);
  switch (section) {
    case 'bodies':
    case 'meetings':
      if (has('attend')) return 'attendance';
      if (has('chair')) return 'chair';
      if (has('agenda')) return 'agenda';
      if (has('decided')) return 'where';
      if (has('where')) return 'where';
      if (has('why')) return 'why';
      if (has('goals')) return 'goals';
      if (has('members') || has('partners')) return 'members';
      if (has('when') || has('meet') || has('next')) return 'next-meeting';
      if (has('what')) return 'what';
      if (has('who') || has('contact')) return 'members';
      return section === 'meetings' ? 'next-meeting' : 'what';
    case 'goals':
      if (has('owner')) return 'owner';
      if (has('why')) return 'why';
      if (has('status') && !has('due')) return 'status';
      if (has('due') || has('when')) return 'due';
      if (has('partners')) return 'partners';
      if (has('owner') || has('who') || has('contact') || has('chair')) return 'owner';
      return 'what';
    case 'actors':
      if (has('partners')) return 'partners';
      if (has('bodiesOf') || has('members')) return 'bodies-of';
      if (has('goals')) return 'goals';
      if (has('contact') || has('chair') || has('owner')) return 'contact';
      if (has('what')) return 'what';
      if (has('who')) return 'contact';
      return 'what';
    case 'people':
      if (has('deputy')) return 'deputy';
      if (has('partners')) return 'partners';
      if (has('bodiesOf') || has('chair') || has('members')) return 'bodies-of';
      if (has('goals') || has('owner')) return 'goals';
      return 'what';
    case 'fields':
      if (has('goals') || has('owner') || has('status')) return 'goals';
      return 'what';
  }
}

function preferredSections(cues: Set<Cue>): Set<Section> {
  const sections = new Set<Section>();
  for (const cue of cues) for (const section of PREFERRED[cue] ?? []) sections.add(section);
  return sections;
}

interface Ranked extends NameCandidate {
  adjusted: number;
}

const overlaps = (a: number[], b: number[]) => a.some((position) => b.includes(position));
const strictSuperset = (a: number[], b: number[]) =>
  a.length > b.length && b.every((position) => a.includes(position));

/** The record a question names, or the candidates to ask back about, or nothing. */
export function pickSubject(
  index: DirectoryIndex,
  candidates: NameCandidate[],
  cues: Set<Cue>,
): { subject?: RefKey; clarify?: RefKey[] } {
  const preferred = preferredSections(cues);
  let ranked: Ranked[] = candidates
    .filter((candidate) => candidate.score >= 0.2)
    .map((candidate) => ({
      ...candidate,
      adjusted:
        candidate.score *
        (preferred.size === 0 || preferred.has(parseRef(candidate.ref).section) ? 1 : 0.88),
    }));
  // A name that covers more of the question wins over a shorter name inside it (FAG Übergang > Übergang).
  ranked = ranked.filter(
    (candidate) =>
      !ranked.some(
        (other) =>
          other.ref !== candidate.ref &&
          other.score >= 0.5 &&
          strictSuperset(other.positions, candidate.positions),
      ),
  );
  ranked.sort((a, b) => b.adjusted - a.adjusted || b.positions.length - a.positions.length);
  let top = ranked[0];
  if (!top) return {};
  // "Thomas von der Agentur für Arbeit": a person named with their institution is the subject.
  if (parseRef(top.ref).section === 'actors') {
    const institution = top;
    const people = ranked.filter(
      (candidate) =>
        candidate.score >= 0.75 &&
        !overlaps(candidate.positions, institution.positions) &&
        isRelated(index, candidate.ref, institution.ref),
    );
    if (people.length === 1) return { subject: people[0]!.ref };
    if (people.length > 1) top = people[0]!;
  }
  const leader = top;
  const threshold = leader.adjusted >= 0.75 ? 0.92 : leader.adjusted >= 0.6 ? 0.85 : 0.6;
  let group = [
    leader,
    ...ranked.filter(
      (candidate) =>
        candidate.ref !== leader.ref &&
        overlaps(candidate.positions, leader.positions) &&
        candidate.adjusted >= leader.adjusted * threshold,
    ),
  ];
  if (group.length > 1) {
    // "Thomas von der KoKo": another name in the question tells the candidates apart.
    const others = ranked.filter(
      (candidate) => candidate.score >= 0.75 && !overlaps(candidate.positions, leader.positions),
    );
    const related = group.filter((candidate) =>
      others.some((other) => isRelated(index, candidate.ref, other.ref)),
    );
    if (related.length === 1) return { subject: related[0]!.ref };
    if (related.length > 1) group = related;
  }
  if (group.length > 1) {
    // A weak, generic word ("die Kammer", "die FAG") may only ask back between records of one kind.
    // A weak, common word ("Bochum") is no reason to ask back at all.
    if (
      leader.adjusted < 0.5 &&
      Math.min(...group.map((candidate) => candidate.spread)) > CLARIFY_MAX
    )
      return {};
    if (
      leader.adjusted < 0.4 &&
      new Set(group.map((candidate) => parseRef(candidate.ref).section)).size > 1
    )
      return {};
    return { clarify: group.slice(0, CLARIFY_MAX).map((candidate) => candidate.ref) };
  }
  if (leader.adjusted < 0.4) return {};
  return { subject: leader.ref };
}

/** Whether `ref` belongs to `other`: a person to their institution, a body or goal to its field. */
function isRelated(index: DirectoryIndex, ref: RefKey, other: RefKey): boolean {
  const { section, id } = parseRef(ref);
  const target = parseRef(other);
  if (section === 'people')
    return target.section === 'actors' && index.people.get(id)?.actor === target.id;
  if (section === 'bodies')
    return target.section === 'fields' && index.bodies.get(id)?.field === target.id;
  if (section === 'goals') {
    const goal = index.goals.get(id);
    return (
      (target.section === 'fields' && goal?.field === target.id) ||
      (target.section === 'bodies' && goal?.body === target.id)
    );
  }
  return false;
}

const KIND_CUES: Record<QuestionKind, Cue[]> = {
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
};

const HEAD_OF = /\b(leiter\w*|leitung|chef\w*|head|director|direktor\w*|boss)\b/;
const ROLE_OF_HEAD = /(leitung|leiter|head|geschaeftsfuehr|direktor|chef|vorsitz|vorstand)/;

/**
 * From what was typed to what is asked: language, kind, subject (or candidates to ask back
 * about). Pure: the index, today's date and the conversation context come in as data.
 */
export function understand(index: DirectoryIndex, input: UnderstandInput): Interpretation {
  return interpret(index, input).interpretation;
}

/**
 * `understand`, and whether the conversation context decided the outcome (a follow-up, a choice
 * among the candidates asked back about, a kind carried over): such an answer is only as right as
 * the context it rests on.
 */
export function interpret(
  index: DirectoryIndex,
  input: UnderstandInput,
): { interpretation: Interpretation; usedContext: boolean } {
  const use = { context: false };
  const interpretation = interpretWith(index, input, use);
  return { interpretation, usedContext: use.context };
}

function interpretWith(
  index: DirectoryIndex,
  input: UnderstandInput,
  use: { context: boolean },
): Interpretation {
  const folded = applyGlossary(fold(input.text));
  const language = detectLanguage(folded) ?? input.fallbackLanguage;
  if (!folded) return { type: 'none', language, reason: 'empty' };
  const cues = detectCues(folded);

  const words = tokens(folded);
  // Goal ids typed as "Ziel 2.1" / "goal 2.1" / "Z 2.1".
  const goalId = folded.match(/\b(?:z|ziel|goal)\s?(\d+\.\d+)\b/);
  let forced = input.forcedSubject;
  if (!forced && goalId) {
    const id = index.goalIds.get(`z${goalId[1]}`);
    if (id) forced = refKey('goals', id);
  }

  if (!forced) {
    const meeting = meetingOnDate(index, folded, input.today);
    if (meeting)
      return {
        type: 'answer',
        kind: kindFor('meetings', cues) === 'next-meeting' ? 'what' : kindFor('meetings', cues),
        language,
        subject: meeting,
        followUp: false,
      };
  }
  let subject: RefKey | undefined = forced;
  const queryTokens: QueryToken[] = words
    .map((word, position) => ({ position, folded: word }))
    .filter((token) => !STOP_WORDS.has(token.folded) && !CUE_WORDS.has(token.folded));
  if (!subject && input.context?.candidates && words.length <= 8) {
    const chosen = chooseAmong(index, input.context.candidates, queryTokens);
    if (chosen) {
      use.context = true;
      const section = parseRef(chosen).section;
      const kind = hasQuestionCue(cues) ? kindFor(section, cues) : input.context.kind;
      return { type: 'answer', kind, language, subject: chosen, followUp: true };
    }
  }
  if (!subject) {
    const picked = pickSubject(index, index.findByName(queryTokens), cues);
    if (picked.clarify) {
      const section = parseRef(picked.clarify[0]!).section;
      return {
        type: 'clarify',
        kind: kindFor(section, cues),
        language,
        candidates: picked.clarify,
      };
    }
    subject = picked.subject;
  }

  const status = statusOf(folded);
  // "Ziel 1.2" is a goal, not the 1st of February.
  const before = goalId ? undefined : detectDateLimit(folded, input.today);
  const asksForGoals = cues.has('goals');

  // "der Leiter der Agentur für Arbeit", "the head of the coordination office": that person.
  if (
    subject &&
    parseRef(subject).section === 'actors' &&
    HEAD_OF.test(folded) &&
    (cues.has('deputy') || cues.has('what') || cues.has('who'))
  ) {
    const actorId = parseRef(subject).id;
    const head = index.directory.people.find(
      (person) => person.actor === actorId && ROLE_OF_HEAD.test(fold(person.role)),
    );
    if (head) subject = refKey('people', head.id);
  }
  // "Wer vertritt mich?", "In welchen Gremien bin ich?"
  if (
    !subject &&
    cues.has('mine') &&
    input.askerId &&
    !asksForGoals &&
    (cues.has('deputy') || cues.has('bodiesOf') || cues.has('partners'))
  ) {
    subject = refKey('people', input.askerId);
  }
  if (before && asksForGoals && (cues.has('due') || !subject)) {
    const scope =
      subject && ['fields', 'bodies', 'people'].includes(parseRef(subject).section)
        ? subject
        : undefined;
    return {
      type: 'answer',
      kind: 'due-before',
      language,
      before,
      subject: scope,
      followUp: false,
    };
  }
  if (
    !subject &&
    (cues.has('owner') ||
      cues.has('due') ||
      cues.has('why') ||
      (cues.has('who') && cues.has('what')))
  ) {
    const goal = goalByText(index, words);
    if (goal) subject = goal;
  }

  if (!subject) {
    if (cues.has('mine') && asksForGoals) {
      if (!input.askerId) return { type: 'none', language, reason: 'unknown-asker' };
      return {
        type: 'answer',
        kind: 'goals',
        language,
        subject: refKey('people', input.askerId),
        followUp: false,
      };
    }
    if (cues.has('status') && status && !cues.has('due'))
      return { type: 'answer', kind: 'status', language, status, followUp: false };
    if (before && (asksForGoals || cues.has('due')))
      return { type: 'answer', kind: 'due-before', language, before, followUp: false };
    if (cues.has('status') && asksForGoals)
      return { type: 'answer', kind: 'status', language, followUp: false };
    const previous = input.context?.subject;
    const followsUp = !!previous && hasQuestionCue(cues) && refersBack(words, queryTokens, cues);
    if (followsUp && cues.has('where') && !cues.has('meet')) use.context = true;
    if (cues.has('decided') || (cues.has('where') && !cues.has('meet') && !followsUp)) {
      const byText = decidingBody(index, words);
      if (byText) return decidedIn(byText, language);
    }
    if (previous && followsUp) {
      use.context = true;
      const section = parseRef(previous).section;
      return {
        type: 'answer',
        kind: kindFor(section, cues),
        language,
        subject: previous,
        followUp: true,
      };
    }
    if (cues.has('upcoming') || (cues.has('meet') && (cues.has('next') || cues.has('when')))) {
      return { type: 'answer', kind: 'upcoming', language, followUp: false };
    }
    return { type: 'none', language, reason: 'no-match' };
  }

  if (cues.has('decided') && parseRef(subject).section !== 'bodies') {
    const byText = decidingBody(index, words);
    if (byText) return decidedIn(byText, language);
  }
  const section = parseRef(subject).section;
  let kind = kindFor(section, cues);
  // "und HF2?" after "Welche Ziele hat HF3?": the same question about the new subject.
  if (
    input.context &&
    cues.has('followUp') &&
    !hasQuestionCue(new Set([...cues].filter((cue) => cue !== 'who' && cue !== 'what')))
  ) {
    use.context = true;
    kind = kindFor(section, new Set(KIND_CUES[input.context.kind]));
  }
  if (section === 'goals' && kind === 'status')
    return { type: 'answer', kind, language, subject, status, followUp: false };
  return {
    type: 'answer',
    kind,
    language,
    subject,
    followUp: false,
    year: kind === 'chair' ? yearAsked(folded, input.today) : undefined,
    decided: kind === 'where' && cues.has('decided') ? true : undefined,
  };
}

/**
 * Answering a "did you mean" in words: "der von der Arbeitsagentur", "IHK", "die für duales System".
 * A candidate is chosen when the answer names it, or names its institution or field.
 */
function chooseAmong(
  index: DirectoryIndex,
  candidates: RefKey[],
  queryTokens: QueryToken[],
): RefKey | undefined {
  const named = index.findByName(queryTokens).filter((candidate) => candidate.score >= 0.5);
  for (const hit of named) if (candidates.includes(hit.ref)) return hit.ref;
  for (const hit of named) {
    const related = candidates.filter((candidate) => isRelated(index, candidate, hit.ref));
    if (related.length === 1) return related[0];
  }
  return undefined;
}

/** "Wo wird … abgestimmt?" answered with the body whose purpose says so. */
function decidedIn(subject: RefKey, language: Language): Interpretation {
  return { type: 'answer', kind: 'where', language, subject, followUp: false, decided: true };
}

/** The body whose purpose talks about the question's words ("Wo wird der Handlungsplan abgestimmt?"). */
function decidingBody(index: DirectoryIndex, words: string[]): RefKey | undefined {
  const content = words.filter((word) => !STOP_WORDS.has(word) && !QUESTION_ONLY.has(word));
  const hit = index
    .findByText(content)
    .find((candidate) => parseRef(candidate.ref).section === 'bodies');
  return hit && hit.score >= 2 ? hit.ref : undefined;
}

const QUESTION_ONLY = new Set([
  'wo',
  'where',
  'wem',
  'wen',
  'wer',
  'who',
  'whom',
  'wird',
  'werden',
  'wurde',
  'wurden',
  'is',
  'are',
  'was',
  'were',
]);

/** The goal whose title or description the question paraphrases ("Azubi-Speed-Dating"). */
function goalByText(index: DirectoryIndex, words: string[]): RefKey | undefined {
  const content = words.filter(
    (word) => !STOP_WORDS.has(word) && !CUE_WORDS.has(word) && word.length > 2,
  );
  if (content.length === 0) return undefined;
  const hits = index
    .findByText(content)
    .filter((candidate) => parseRef(candidate.ref).section === 'goals');
  const [first, second] = hits;
  if (!first || first.score < 3) return undefined;
  return !second || first.score >= second.score * 1.3 ? first.ref : undefined;
}

/** "Was ist am 1. November 2027?", "What's happening on 29 March 2027?": the meeting that day. */
function meetingOnDate(index: DirectoryIndex, folded: string, today: string): RefKey | undefined {
  const date = parseDay(folded, today);
  if (!date) return undefined;
  const meetings = index.directory.meetings.filter(
    (meeting) => meeting.start.slice(0, 10) === date,
  );
  return meetings.length === 1 ? refKey('meetings', meetings[0]!.id) : undefined;
}

function yearAsked(folded: string, today: string): number | undefined {
  const year = folded.match(/\b(20\d{2})\b/);
  if (year) return Number(year[1]);
  const current = Number(today.slice(0, 4));
  if (/\b(naechstes jahr|naechsten jahr|kommendes jahr|next year)\b/.test(folded))
    return current + 1;
  if (/\b(letztes jahr|vergangenes jahr|last year)\b/.test(folded)) return current - 1;
  return undefined;
}

function hasQuestionCue(cues: Set<Cue>): boolean {
  return [...cues].some((cue) => cue !== 'followUp' && cue !== 'mine');
}

/**
 * Whether a question without a subject of its own is about the last one. It must say so: a leading
 * "und" / "and" / "what about", a pronoun or "dort" pointing back ("Wann tagt sie?", "who heads
 * it?"), or nothing but question words, which is no question on its own ("Wo?", "bis wann?", "Wer
 * ist verantwortlich?"). A question complete without a subject ("nächste Sitzungen", "Welche
 * Sitzungen stehen an?") never is, however short.
 */
function refersBack(words: string[], queryTokens: QueryToken[], cues: Set<Cue>): boolean {
  if (cues.has('followUp')) return true;
  if (words.some((word, position) => pointsBack(words, position))) return true;
  const completeAlone =
    cues.has('upcoming') || (cues.has('meet') && (cues.has('next') || cues.has('when')));
  const content = queryTokens.filter((token) => token.folded.length > 1);
  return content.length === 0 && !completeAlone;
}

/** Pronouns and adverbs that stand for something said before. */
const BACK_REFERENCES = new Set(
  (
    'sie er ihn ihm sein seine seiner seinen seinem seines ihre ihren ihrer ihrem dort da dabei dazu dafuer daran dessen deren ' +
    'it its he him his she her they them their there'
  ).split(' '),
);
/** "das", "die" … stand for something said before only where no noun follows ("Warum gibt es das?"). */
const DEMONSTRATIVES = new Set('der die das den dem dies diese dieser dieses that this'.split(' '));
/** Words after a demonstrative that leave it a pronoun ("das eigentlich"). */
const FILLERS = new Set(
  'eigentlich denn genau nochmal dann so bitte noch schon mal jetzt'.split(' '),
);
/** Verbs before "Sie" that make it the polite "you" ("Können Sie …"), not "she" / "they". */
const POLITE_VERBS = new Set(
  'koennen koennten wuerden haben hatten wissen sagen nennen zeigen geben kennen'.split(' '),
);
/** "is there", "are there": no place was named. */
const EXISTENTIAL = new Set('is are was were any'.split(' '));

function pointsBack(words: string[], position: number): boolean {
  const word = words[position]!;
  const before = words[position - 1];
  if (word === 'sie' && before && POLITE_VERBS.has(before)) return false;
  if (
    word === 'there' &&
    ((before && EXISTENTIAL.has(before)) || EXISTENTIAL.has(words[position + 1] ?? ''))
  )
    return false;
  if (BACK_REFERENCES.has(word)) return true;
  if (!DEMONSTRATIVES.has(word)) return false;
  return words.slice(position + 1).every((next) => FILLERS.has(next));
}
