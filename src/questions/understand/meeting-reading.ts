import {
  parseRef,
  refKey,
  type DirectoryIndex,
  type QueryToken,
  type RefKey,
} from '../../language/directory-index';
import { fold } from '../../language/text';
import type { Cue } from '../cues';
import type { Language } from '../../i18n';
import { kindFor, type QuestionKind } from './kind';
import type { Interpretation } from './types';
import { occasionAsked } from './occasion';

/*
 * Meeting questions read beyond their cues (issue 16, meetings): "TO" for Tagesordnung, a body
 * named with only a month or a day ("stubo runde im mai": its meeting then), an institution named
 * for the body named after it ("agenda next JBA meeting"), and whether a yes/no form asks for a
 * verdict first ("Tagt die AG im Oktober?", "Gibt es einen Teams-Link?", "Hat X einen Vorsitz?").
 * Pure: from folded text, cues, today's ISO date and the index.
 */

/** English words that may follow a leading "to" (never the German "TO", Tagesordnung). */
const ENGLISH_AFTER_TO =
  /^to (whom|who|which|what|where|when|how|the|a|an|be|do|my|me|us|him|her|them|it|this|that|get|go|join|attend|see|find|contact|reach|send|ask|your)\b/;

/** "auf der TO", "die TO der AG", "TO AG Übergang 25.3": the agenda (Tagesordnung). */
export function agendaAbbreviation(folded: string): string {
  let text = folded.replace(
    /\b(der|die|zur|unsere\w?|eure\w?|naechste\w?)\s+to\b/g,
    '$1 tagesordnung',
  );
  if (/^to\b/.test(text) && !ENGLISH_AFTER_TO.test(text))
    text = text.replace(/^to\b/, 'tagesordnung');
  return text;
}

/** What a text asks about a body itself, not about a meeting of it ("Was macht die AG im Mai?"). */
const ABOUT_THE_BODY =
  /\b(was (macht|machen|tut|bedeutet|ist das)|what (does|do|is the purpose)|wofuer|zweck|purpose|aufgabe\w*)\b/;

/**
 * The kind a question about a body asks, when its cues give only "what": a body named with a day or
 * a month only ("stubo runde im mai", "AG Dual am 12.3.") asks for its meeting then.
 */
export function meetingKindOf(
  section: string,
  kind: QuestionKind,
  question: { folded: string; cues: Set<Cue>; today: string },
): QuestionKind {
  // "Ab wann übernimmt X die StuBo-Runde?": a term as chair, not a meeting.
  if (
    section === 'bodies' &&
    TAKES_OVER.test(question.folded) &&
    !question.cues.has('meet') &&
    ['next-meeting', 'what', 'members'].includes(kind)
  )
    return 'chair';
  if (section !== 'bodies' || kind !== 'what' || ABOUT_THE_BODY.test(question.folded)) return kind;
  const occasion = occasionAsked(question.folded, question.today);
  if (!occasion || (occasion.type === 'range' && occasion.count)) return kind;
  // „Worum geht's in der AG am 31.3.?“: what that meeting is about, its agenda.
  if (/\b(worum|what (is|s) it about|whats it about)\b/.test(question.folded)) return 'agenda';
  return 'next-meeting';
}

/** Cues that ask about a meeting (its agenda, its online link, when it is). */
function asksAboutMeeting(cues: Set<Cue>): boolean {
  return (
    cues.has('agenda') ||
    cues.has('online') ||
    (cues.has('meet') && (cues.has('next') || cues.has('when')))
  );
}

/**
 * An institution named in a meeting question ("agenda next JBA meeting", "JBA-Sitzung online?"):
 * the one body named after it (a name or alias of the institution as a word of the body's name or
 * alias). Otherwise the subject as it was.
 */
export function bodyNamedAfter(index: DirectoryIndex, subject: RefKey, cues: Set<Cue>): RefKey {
  const { section, id } = parseRef(subject);
  if (section !== 'actors' || !asksAboutMeeting(cues)) return subject;
  const actor = index.actors.get(id);
  if (!actor) return subject;
  const names = [actor.name, ...actor.aliases].map((name) => fold(name)).filter(Boolean);
  const hasName = (text: string) => {
    const folded = ` ${fold(text)} `;
    return names.some((name) => folded.includes(` ${name} `));
  };
  const bodies = index.directory.bodies.filter((body) =>
    [body.name, ...body.aliases].some(hasName),
  );
  return bodies.length === 1 ? refKey('bodies', bodies[0]!.id) : subject;
}

/** A question in yes/no form: "Tagt …?", "Gibt es …?", "Kann man …?", "Is there …?", "Does …?". */
const WHETHER_FORM =
  /^(?:(?:und|and|also|sag mal|weisst du|wissen sie)\s+)?(tagt|tagen|trifft|treffen|findet|finden|gibt|gibts|kann|koennen|kann man|hat|haben|ist|sind|wird|werden|steht|stehen|laeuft|is|are|does|do|has|have|can|will|was|did)\b|\b(ob|whether)\b/;
const NOT_WHETHER = /^(was|wann|wo|wer|wie|welche\w*|what|when|where|who|which|how)\b/;

/** "einen (festen) Vorsitz", "nen Vorsitz", "a chair", "any chair": whether there is one at all. */
const ANY_CHAIR =
  /\b(einen?|nen|ne|a|any)\b(\s+\w+)?\s+(vorsitz\w*|vorsitzende\w*|chair\w*|leitung|leiter\w*)\b/;

/** The kinds whose yes/no form is answered with a verdict first, then what was found. */
const VERDICT_KINDS: QuestionKind[] = ['next-meeting', 'online', 'agenda', 'chair'];

/** Whether the question asks yes or no about a body's meeting, online link or chair. */
export function whetherAsked(
  section: string,
  kind: QuestionKind,
  folded: string,
): true | undefined {
  if (section !== 'bodies' || !VERDICT_KINDS.includes(kind)) return undefined;
  if (NOT_WHETHER.test(folded) || !WHETHER_FORM.test(folded)) return undefined;
  // "Hat X 2027 den Vorsitz?" names a person: only "Hat die AG einen Vorsitz?" is answered so.
  if (kind === 'chair' && !ANY_CHAIR.test(folded)) return undefined;
  return true;
}

/** "ab wann übernimmt X …", "seit wann leitet X …", "bis wann hat X den Vorsitz": a term asked. */
const TAKES_OVER = /\b(uebernimmt|uebernehmen|uebernahm|takes? over|took over|taking over)\b/;
const TERM_ASKED =
  /\b(seit wann|ab wann|bis wann|wann|since when|from when|until when|when|how long|wie lange)\b/;

/**
 * A person and a body named in a question about the person's term as chair ("Ab wann übernimmt X
 * die StuBo-Runde?"): the body, whose chair answer names the person's term. The body must be the
 * only one named in which the person has a term. Otherwise the subject as it was.
 */
export function chairBodyOf(
  index: DirectoryIndex,
  subject: RefKey,
  question: {
    folded: string;
    cues: Set<Cue>;
    queryTokens: Parameters<DirectoryIndex['findByName']>[0];
  },
): RefKey {
  const { section, id } = parseRef(subject);
  if (section !== 'people') return subject;
  const { folded, cues } = question;
  if (!(cues.has('chair') || TAKES_OVER.test(folded)) || !TERM_ASKED.test(folded)) return subject;
  const bodies = index
    .findByName(question.queryTokens)
    .map((candidate) => parseRef(candidate.ref))
    .filter((ref) => ref.section === 'bodies')
    .map((ref) => index.bodies.get(ref.id))
    .filter((body) => body?.chairs.some((chair) => chair.person === id));
  const unique = [...new Set(bodies)];
  return unique.length === 1 ? refKey('bodies', unique[0]!.id) : subject;
}

/** The body a meeting or chair question is about when it names an institution or a person. */
export function meetingSubject(
  index: DirectoryIndex,
  subject: RefKey,
  question: { folded: string; cues: Set<Cue>; queryTokens: QueryToken[] },
): RefKey {
  return chairBodyOf(index, bodyNamedAfter(index, subject, question.cues), question);
}

/** The only meeting on a day the question names („Was steht am 17.3. an?“): what it is asked. */
export function onDayReading(
  meeting: RefKey,
  cues: Set<Cue>,
  language: Language,
  folded: string,
): Interpretation {
  const kind = kindFor('meetings', cues);
  // „Gibt es am 14.4. eine Sitzung?“, „Ist am 28.4. was?“: whether, and the meeting found.
  const whether =
    (kind === 'next-meeting' || kind === 'what') &&
    !NOT_WHETHER.test(folded) &&
    WHETHER_FORM.test(folded);
  return {
    type: 'answer',
    kind: kind === 'next-meeting' ? 'what' : kind,
    language,
    subject: meeting,
    followUp: false,
    whether: whether || undefined,
  };
}
