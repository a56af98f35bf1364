import { detectCues, type Cue } from '../cues';
import {
  parseRef,
  refKey,
  type DirectoryIndex,
  type NameCandidate,
  type QueryToken,
  type RefKey,
} from '../../language/directory-index';
import type { QuestionKind } from './kind';
import { roleFirst } from './people-role';
import { isYesNoForm, type YesNo } from './yes-no';

/**
 * Questions about people that name no person: by role ("Wer leitet das Jugendamt?"), the
 * coordinators, the people of one institution in a body. Undefined when the question is none of
 * these; `clarify` when several people fit a role equally well.
 */
export type PeopleReading =
  | {
      type: 'answer';
      kind: QuestionKind;
      subject?: RefKey;
      scope?: RefKey;
      yesNo?: YesNo;
      people?: RefKey[];
    }
  | { type: 'clarify'; kind: QuestionKind; candidates: RefKey[] };

/** Cues that ask something else about an institution than who holds a role in it. */
const NOT_A_ROLE: Cue[] = [
  'partners',
  'bodiesOf',
  'goals',
  'email',
  'phone',
  'address',
  'whereIs',
  'when',
  'where',
  'why',
  'meet',
  'members',
  'deputy',
  'agenda',
  'due',
  'status',
  'attend',
  'upcoming',
  'decided',
  'mine',
];

const ROLE_CUES: Cue[] = ['who', 'chair', 'owner', 'contact'];

export function readPeopleQuestion(
  index: DirectoryIndex,
  input: {
    /** The question as typed (its question sentence tells a role asked for). */
    text?: string;
    cues: Set<Cue>;
    /** Every word of the question (also the cue words: "leitet" says which role). */
    words: string[];
    named: NameCandidate[];
    picked?: RefKey;
    /** Several records fit the name equally well ("die Facharbeitsgruppe"): asked back about. */
    undecided?: boolean;
  },
): PeopleReading | undefined {
  const { cues, named, picked } = input;
  const has = (cue: Cue) => cues.has(cue);
  const best = (section: string, without: number[] = []) =>
    named.find(
      (candidate) =>
        parseRef(candidate.ref).section === section &&
        candidate.score >= 0.6 &&
        !candidate.positions.some((position) => without.includes(position)),
    );
  const pickedSection = picked ? parseRef(picked).section : undefined;

  if (has('coordinators') && !has('goals') && !has('meet') && pickedSection !== 'people') {
    const actor = pickedSection === 'actors' ? picked : undefined;
    return { type: 'answer', kind: 'coordinators', scope: actor };
  }

  const body = best('bodies');
  if (body && (has('fromActor') || has('members')) && !has('chair')) {
    const actor = best('actors', body.positions);
    if (actor && (has('fromActor') || pickedSection === 'actors' || pickedSection === 'bodies')) {
      // „… ob die Stadt X im Lenkungskreis sitzt“: whether the institution is there, Ja/Nein.
      if (!has('who') && isYesNoForm(input.words.join(' ')))
        return {
          type: 'answer',
          kind: 'yes-no',
          subject: body.ref,
          yesNo: { relation: 'member', asked: actor.ref, of: body.ref },
        };
      return { type: 'answer', kind: 'members-from', subject: body.ref, scope: actor.ref };
    }
  }

  // "Wer ist die Berufsberaterin für die Berufskollegs?": the very words of someone's role.
  if (input.text !== undefined && pickedSection !== 'people') {
    const reading = roleFirst(index, { text: input.text, named });
    if (reading) return reading;
  }

  // "Wer ist der Generalist Berufsorientierung?": a field of action has no "who"; when its name
  // is part of someone's role and the question asks who, the person with that role is meant.
  if (pickedSection === 'fields' && has('who') && !NOT_A_ROLE.some(has) && !has('meet')) {
    const tokens = input.words.map((folded, position) => ({ folded, position }));
    const reading = roleReading(index, tokens, undefined, 1.6, 'by-role');
    if (reading?.type === 'answer') return reading;
  }
  if (pickedSection !== undefined && pickedSection !== 'actors') return undefined;
  const actorId = picked ? parseRef(picked).id : undefined;
  const actor = picked ? named.find((candidate) => candidate.ref === picked) : undefined;
  // "Wer vertritt die Schulrätin?", "Wen vertritt die Teamleiterin der Agentur?": the person by
  // role, then their deputy (or whom they deputise for).
  if (has('deputy') && !has('mine') && !has('bodiesOf') && !has('members')) {
    const kind: QuestionKind = has('deputises') ? 'deputises' : 'deputy';
    const tokens = input.words
      .map((folded, position) => ({ folded, position }))
      .filter(
        (token) => !actor?.positions.includes(token.position) && !DEPUTY_WORD.test(token.folded),
      );
    if (!actorId && tokens.some((token) => unknownWord(index, token))) return undefined;
    // A name that fits several records ("Schulrat": Schulte? Schulamt?) gives way to a role
    // only when that role has the very word.
    const reading = roleReading(index, tokens, actorId, input.undecided ? 1.1 : 1, kind);
    if (reading) return reading;
  }
  // "Wer leitet die Facharbeitsgruppe?" with three of them: which one, not someone's role.
  if (input.undecided) return undefined;

  if (NOT_A_ROLE.some(has) && !topicOnly(index, input.words, actorId, actor?.positions, cues))
    return undefined;
  // Without an institution named, only a question that asks "who" is about a role: "Wie viele
  // Ausbildungsplätze …?" names a word that happens to be part of someone's role, and is not.
  const asksWho =
    ROLE_CUES.some(has) || (actorId !== undefined && ![...cues].some((cue) => cue !== 'what'));
  if (!asksWho) return undefined;
  const tokens: QueryToken[] = input.words
    .map((folded, position) => ({ folded, position }))
    .filter((token) => !actor?.positions.includes(token.position));
  // Wrong is worse than unsure: a long word that is neither a name in the directory nor part of
  // anyone's role names something the directory does not know ("Wer leitet den
  // Jugendhilfeausschuss?"), and then a role match on the other words would answer about another
  // thing. Those questions are left to "nothing found".
  if (!actorId && tokens.some((token) => unknownWord(index, token))) return undefined;
  return roleReading(index, tokens, actorId, actorId ? 1 : 1.6, 'by-role');
}

/** Words that ask for a deputy, never part of the role asked about. */
const DEPUTY_WORD =
  /^(vertr\w*|stellvertret\w*|stellv|deputy|deputi\w*|substitut\w*|stands?|standing|covers?|covering|fills?|filling|replacement|ersatz|backup|einspringt|springt|ein|wen|wessen|whom|whose|fuer|for)$/;

/** A long word that is neither a name in the directory nor part of anyone's role. */
function unknownWord(index: DirectoryIndex, token: QueryToken): boolean {
  return (
    token.folded.length >= 8 &&
    !index.knowsTerm(token.folded) &&
    index.findByRole([token], {}).length === 0
  );
}

/** The one person whose role the words describe best (at `actorId`), or those tied for it. */
function roleReading(
  index: DirectoryIndex,
  tokens: QueryToken[],
  actorId: string | undefined,
  threshold: number,
  kind: QuestionKind,
): PeopleReading | undefined {
  // Whom someone deputises for: a deputy's role ("Stellvertretung …") is no reason to rank lower.
  const ranked = index.findByRole(tokens, { actor: actorId, deputies: kind === 'deputises' });
  const top = ranked[0];
  if (!top || top.score < threshold) return undefined;
  const tied = ranked.filter((candidate) => candidate.score >= top.score - 0.01);
  if (tied.length === 1) return { type: 'answer', kind, subject: refKey('people', top.personId) };
  return {
    type: 'clarify',
    kind,
    candidates: tied.slice(0, 6).map((candidate) => refKey('people', candidate.personId)),
  };
}

/**
 * "Who is responsible for transition support at IN VIA?": the words after "responsible for" name
 * a topic of someone's role there ("Übergangsbegleitung"), and a cue they happen to carry
 * ("support" → partners) is not what is asked. True when, without the words that match a role at
 * the institution, none of the other questions is left.
 */
function topicOnly(
  index: DirectoryIndex,
  words: string[],
  actorId: string | undefined,
  actorPositions: number[] = [],
  cues: Set<Cue>,
): boolean {
  if (actorId === undefined || !cues.has('who') || !(cues.has('owner') || cues.has('contact')))
    return false;
  // The institution's name, and the words that place the question there ("bei der", "at the").
  const skipped = new Set(actorPositions);
  for (
    let position = Math.min(...actorPositions) - 1;
    position >= 0 &&
    /^(bei|beim|im|in|at|from|von|vom|der|dem|den|des|die|das|the)$/.test(words[position]!);
    position -= 1
  )
    skipped.add(position);
  const rest = words.filter(
    (folded, position) =>
      !skipped.has(position) &&
      !index
        .findByRole([{ folded, position }], { actor: actorId })
        .some((candidate) => candidate.score >= 0.8),
  );
  const left = detectCues(rest.join(' '));
  return !NOT_A_ROLE.some((cue) => left.has(cue));
}
