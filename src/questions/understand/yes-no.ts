import { withBodyOverField } from './body-of-field';
import {
  parseRef,
  refKey,
  type DirectoryIndex,
  type NameCandidate,
  type QueryToken,
  type RefKey,
} from '../../language/directory-index';
import type { Cue } from '../cues';
import { fold, stem } from '../../language/text';
import { periodAsked } from './occasion';
import { pickSubject } from './subjects';
import { coordinatorQuestion } from './yes-no-person';
import { relate, type Named, type YesNo } from './yes-no-relation';

/**
 * Yes/no questions about how two records relate: „Ist die Handwerkskammer in der Steuerungsgruppe?“,
 * "Is Anna Berg the deputy of Tom Rau?". Recognised by their form (a verb or "ob"/"whether" first),
 * two records named in the question and a relation that fits their kinds; anything less is left to
 * the plain question.
 */
export type { Relation, YesNo } from './yes-no-relation';

const VERB_FIRST =
  /^(?:(?:und|and|also|sag mal|weisst du|wissen sie|do you know|tell me)\s+)?(ist|sind|steht|stehen|laeuft|liegt|sitzt|sitzen|gehoert|gehoeren|arbeitet|arbeiten|hat|haben|leitet|leiten|vertritt|vertreten|wirkt|wirken|kooperiert|kooperieren|nimmt|nehmen|macht|machen|unterstuetzt|unterstuetzen|war|waren|wird|werden|kuemmert|betreut|fuehrt|koordiniert|stimmt es|is|are|does|do|has|have|was(?! (?:macht|machen|tut|tun|ist|sind|bedeutet|gibt|steht|stehen|passiert|war|waren|wird|werden|hat|haben|kann|soll|genau|denn|sagt)\b)|were|did|can|will)\b/;
const WHETHER = /\b(ob|whether)\b/;
/** Cues that ask for something else than the relation (a date, a place, a reason, a status). */
const OTHER_QUESTION: Cue[] = ['when', 'where', 'agenda', 'why', 'due', 'status', 'upcoming'];
const OTHER_TIME =
  /\b(20\d\d|schuljahr\w*|school year|naechst\w*|next|danach|after|bisher|frueher|zuletzt|before|previous\w*|last|vorher|ab|from|until|bis)\b/;
const PASSIVE = /\b(wird|werden)\b.*\bvertreten\b|\bby\b/;

export function isYesNoForm(folded: string): boolean {
  return VERB_FIRST.test(folded) || WHETHER.test(folded);
}

/**
 * The yes/no question a text asks, or undefined (not that form, fewer than two clear records, or a
 * relation their kinds do not have), or the candidates to ask back about when the second record is
 * one of several.
 */
export function yesNoQuestion(
  index: DirectoryIndex,
  input: YesNoInput,
): YesNo | { clarify: RefKey[] } | undefined {
  const { folded, cues } = input;
  if (!isYesNoForm(folded) || OTHER_QUESTION.some((cue) => cues.has(cue))) return undefined;
  const coordinator = coordinatorQuestion(index, input);
  if (coordinator) return coordinator;
  const found = twoRecords(index, input);
  if (found && 'clarify' in found) {
    // The second record is one of several: ask back, if the relation would be clear.
    const [candidate] = found.clarify;
    const fits = relate(found.first, named1(candidate!), cues, PASSIVE.test(folded));
    return fits ? { clarify: found.clarify } : undefined;
  }
  const records = found;
  if (!records || namesTheRole(index, records)) return undefined;
  const [first, second] = records;
  const yesNo = relate(first, second, cues, PASSIVE.test(folded));
  if (!yesNo) return undefined;
  // The chair at another time („Hat X 2027 den Vorsitz?“): in the period asked, else the plain
  // chair question's to answer.
  if (yesNo.relation === 'chair') {
    const period = input.today === undefined ? undefined : periodAsked(folded, input.today);
    if (period) return { ...yesNo, period };
    if (OTHER_TIME.test(folded)) return undefined;
  }
  const more = moreRecords(index, input, [first, second]);
  if (more.length === 0) return yesNo;
  // Every further record must be asked the same way as the first, or the question is not clear.
  const askedSection = parseRef(yesNo.asked).section;
  if (!['member', 'partner', 'owner'].includes(yesNo.relation)) return undefined;
  if (more.some((ref) => parseRef(ref).section !== askedSection)) return undefined;
  return { ...yesNo, more };
}

/** Records named besides the first two, in the words they leave (at most a few). */
function moreRecords(index: DirectoryIndex, input: YesNoInput, pair: Named[]): RefKey[] {
  const used = new Set(pair.flatMap((record) => record.positions));
  const refs = new Set(pair.map((record) => record.ref));
  // „Frau Arslan vom Hertz-BK in der AG“: her institution only tells her apart.
  for (const record of pair) {
    const own = ownInstitution(index, record.ref);
    if (own) refs.add(own);
  }
  const more: RefKey[] = [];
  for (let round = 0; round < 4; round += 1) {
    const rest = input.queryTokens.filter(
      (token) => !used.has(token.position) && !/\d/.test(token.folded),
    );
    if (rest.length === 0) break;
    const candidates = index
      .findByName(rest)
      .filter((candidate) => !refs.has(candidate.ref) && candidate.score >= 0.5);
    const next = named(index, candidates, input.cues, rest);
    if (!next) break;
    more.push(next.ref);
    refs.add(next.ref);
    for (const position of next.positions) used.add(position);
  }
  return more;
}

interface YesNoInput {
  folded: string;
  cues: Set<Cue>;
  queryTokens: QueryToken[];
  /** A record already known: a goal named by its id, or the one chosen from "did you mean". */
  given?: RefKey;
  /** The day asked on, for a chair at another time. */
  today?: string;
}

const named1 = (ref: RefKey): Named => ({
  ref,
  at: Number.MAX_SAFE_INTEGER,
  words: [],
  positions: [],
});

function twoRecords(
  index: DirectoryIndex,
  input: YesNoInput,
): [Named, Named] | { first: Named; clarify: RefKey[] } | undefined {
  const { given } = input;
  const found = (queryTokens: QueryToken[]) =>
    index
      .findByName(queryTokens)
      .filter(
        (candidate) =>
          candidate.ref !== given &&
          !(
            given &&
            parseRef(given).section === 'goals' &&
            parseRef(candidate.ref).section === 'goals'
          ),
      );
  const order = (a: Named, b: Named): [Named, Named] => (a.at <= b.at ? [a, b] : [b, a]);
  const all = found(input.queryTokens);
  if (given) {
    // The words naming the given record (its id, or its name) are not looked at again.
    const hit = index.findByName(input.queryTokens).find((candidate) => candidate.ref === given);
    const naming = new Set(hit?.positions ?? []);
    const rest = input.queryTokens.filter(
      (token) => !naming.has(token.position) && !/\d/.test(token.folded),
    );
    const at =
      hit !== undefined
        ? Math.min(...hit.positions)
        : (input.queryTokens.find((token) => /\d/.test(token.folded))?.position ?? 0);
    const second = named(index, found(rest), input.cues, rest);
    return second && order({ ref: given, at, words: [], positions: [...naming] }, second);
  }
  // The first record, or each of those it could be; the second is looked up in the words left.
  const picked = pickSubject(index, all, input.cues);
  const pairs = new Map<string, [Named, Named]>();
  for (const ref of picked.subject ? [picked.subject] : (picked.clarify ?? [])) {
    const hit = all.find((candidate) => candidate.ref === ref);
    if (!hit) continue;
    const rest = input.queryTokens.filter((token) => !hit.positions.includes(token.position));
    let others = found(rest).filter((candidate) => candidate.ref !== ref);
    // "Frau Weiß vom Jugendamt in der FAG": her institution only tells her apart.
    const own = ownInstitution(index, ref);
    if (own && others.some((candidate) => candidate.ref !== own && candidate.score >= 0.4))
      others = others.filter((candidate) => candidate.ref !== own);
    const first: Named = {
      ref,
      at: Math.min(...hit.positions),
      words: wordsAt(input.queryTokens, hit),
      positions: hit.positions,
    };
    const second = named(index, others, input.cues, rest);
    if (!second) {
      const choice = picked.subject ? pickSubject(index, others, input.cues).clarify : undefined;
      if (choice) return { first, clarify: choice };
      continue;
    }
    pairs.set([ref, second.ref].sort().join(' '), order(first, second));
  }
  return pairs.size === 1 ? [...pairs.values()][0] : undefined;
}

/** The one record candidates name clearly, with where. */
function named(
  index: DirectoryIndex,
  candidates: NameCandidate[],
  cues: Set<Cue>,
  queryTokens: QueryToken[],
): Named | undefined {
  // „Gehört X zur FAG Berufliche Orientierung?“: the body named after the field, when another
  // word names the body ("FAG"); „gehört zu“ alone asks nothing only a body has.
  const ref = withBodyOverField(index, pickSubject(index, candidates, cues), {
    named: candidates,
    queryTokens,
    cues: new Set(),
  }).subject;
  const hit = ref && candidates.find((candidate) => candidate.ref === ref);
  return hit
    ? {
        ref: hit.ref,
        at: Math.min(...hit.positions),
        words: wordsAt(queryTokens, hit),
        positions: hit.positions,
      }
    : undefined;
}

function wordsAt(queryTokens: QueryToken[], hit: NameCandidate): string[] {
  return queryTokens
    .filter((token) => hit.positions.includes(token.position))
    .map((token) => token.folded);
}

/**
 * „Ist Thomas Krüger Koordinator?“: a word of a person's role that happens to name a body asks
 * about the role, not about the body.
 */
function namesTheRole(index: DirectoryIndex, [a, b]: [Named, Named]): boolean {
  for (const [person, other] of [
    [a, b],
    [b, a],
  ] as const) {
    const { section, id } = parseRef(person.ref);
    const role = section === 'people' ? fold(index.people.get(id)?.role ?? '') : '';
    if (role && other.words.length > 0 && other.words.every((word) => role.includes(stem(word))))
      return true;
  }
  return false;
}

function ownInstitution(index: DirectoryIndex, ref: RefKey): RefKey | undefined {
  const { section, id } = parseRef(ref);
  const actor = section === 'people' ? index.people.get(id)?.actor : undefined;
  return actor ? refKey('actors', actor) : undefined;
}
