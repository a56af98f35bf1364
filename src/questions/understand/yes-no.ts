import type { Section } from '../../directory/model';
import {
  parseRef,
  refKey,
  type DirectoryIndex,
  type NameCandidate,
  type QueryToken,
  type RefKey,
} from '../../language/directory-index';
import type { Cue } from '../cues';
import { pickSubject } from './subjects';

/**
 * Yes/no questions about how two records relate: „Ist die Handwerkskammer in der Steuerungsgruppe?“,
 * "Is Anna Berg the deputy of Tom Rau?". Recognised by their form (a verb or "ob"/"whether" first),
 * two records named in the question and a relation that fits their kinds; anything less is left to
 * the plain question.
 */
export type Relation = 'member' | 'chair' | 'partner' | 'owner' | 'deputy' | 'works-at' | 'part-of';

export interface YesNo {
  relation: Relation;
  /** The record whose relation is asked (the member, partner, owner, deputy, employee, part). */
  asked: RefKey;
  /** The record it is asked about (the body, goal, deputised person, institution, field). */
  of: RefKey;
}

const VERB_FIRST =
  /^(?:(?:und|and|also|sag mal|weisst du|wissen sie|do you know|tell me)\s+)?(ist|sind|sitzt|sitzen|gehoert|gehoeren|arbeitet|arbeiten|hat|haben|leitet|leiten|vertritt|vertreten|wirkt|wirken|kooperiert|kooperieren|nimmt|nehmen|war|waren|wird|werden|kuemmert|betreut|fuehrt|koordiniert|stimmt es|is|are|does|do|has|have|was|were|did|can|will)\b/;
const WHETHER = /\b(ob|whether)\b/;
/** Cues that ask for something else than the relation (a date, a place, a reason, a status). */
const OTHER_QUESTION: Cue[] = ['when', 'where', 'agenda', 'why', 'due', 'status', 'upcoming'];
const PASSIVE = /\b(wird|werden)\b.*\bvertreten\b|\bby\b/;

export function isYesNoForm(folded: string): boolean {
  return VERB_FIRST.test(folded) || WHETHER.test(folded);
}

/**
 * The yes/no question a text asks, or undefined (not that form, fewer than two clear records, or a
 * relation their kinds do not have). `goal` is a goal named by its id ("Z2.1").
 */
export function yesNoQuestion(
  index: DirectoryIndex,
  input: { folded: string; cues: Set<Cue>; queryTokens: QueryToken[]; goal?: RefKey },
): YesNo | undefined {
  const { folded, cues } = input;
  if (!isYesNoForm(folded) || OTHER_QUESTION.some((cue) => cues.has(cue))) return undefined;
  const records = twoRecords(index, input);
  if (!records) return undefined;
  const [first, second] = records;
  return relate(first, second, cues, PASSIVE.test(folded));
}

interface Named {
  ref: RefKey;
  /** Where it is named in the question (to tell subject from object). */
  at: number;
}

function twoRecords(
  index: DirectoryIndex,
  input: { cues: Set<Cue>; queryTokens: QueryToken[]; goal?: RefKey },
): [Named, Named] | undefined {
  const candidates = index
    .findByName(input.queryTokens)
    .filter((candidate) => !input.goal || parseRef(candidate.ref).section !== 'goals');
  const named: Named[] = [];
  let rest = candidates;
  if (input.goal) named.push({ ref: input.goal, at: goalPosition(input) });
  while (named.length < 2) {
    const picked = pickSubject(index, rest, input.cues);
    if (!picked.subject) return undefined;
    const ref = picked.subject;
    const hit = rest.find((candidate) => candidate.ref === ref);
    if (!hit) return undefined;
    named.push({ ref, at: Math.min(...hit.positions) });
    rest = rest.filter((candidate) => !overlapping(candidate, hit) && candidate.ref !== ref);
    // "Frau Weiß vom Jugendamt in der FAG": her institution only tells her apart.
    const own = ownInstitution(index, ref);
    const others = rest.filter((candidate) => candidate.ref !== own && candidate.score >= 0.4);
    if (own && others.length > 0) rest = rest.filter((candidate) => candidate.ref !== own);
  }
  const [a, b] = named as [Named, Named];
  if (a.ref === b.ref) return undefined;
  return a.at <= b.at ? [a, b] : [b, a];
}

function goalPosition(input: { queryTokens: QueryToken[] }): number {
  const token = input.queryTokens.find((candidate) => /\d/.test(candidate.folded));
  return token?.position ?? 0;
}

const overlapping = (a: NameCandidate, b: NameCandidate) =>
  a.positions.some((position) => b.positions.includes(position));

function ownInstitution(index: DirectoryIndex, ref: RefKey): RefKey | undefined {
  const { section, id } = parseRef(ref);
  const actor = section === 'people' ? index.people.get(id)?.actor : undefined;
  return actor ? refKey('actors', actor) : undefined;
}

/** The relation two named records can have, given what the question asks. */
function relate(first: Named, second: Named, cues: Set<Cue>, passive: boolean): YesNo | undefined {
  const sectionOf = (named: Named) => parseRef(named.ref).section;
  const bySection = (section: Section) =>
    sectionOf(first) === section ? first : sectionOf(second) === section ? second : undefined;
  const pair = new Set([sectionOf(first), sectionOf(second)]);
  const other = (one: Named) => (one === first ? second : first);
  const body = bySection('bodies');
  const goal = bySection('goals');
  const field = bySection('fields');

  if (body && (pair.has('people') || pair.has('actors'))) {
    const relation = cues.has('chair') ? 'chair' : 'member';
    return { relation, asked: other(body).ref, of: body.ref };
  }
  if (goal && (pair.has('people') || pair.has('actors'))) {
    const asked = other(goal).ref;
    if (cues.has('owner')) return { relation: 'owner', asked, of: goal.ref };
    if (cues.has('partners') || cues.has('members'))
      return { relation: 'partner', asked, of: goal.ref };
    if (parseRef(asked).section === 'people' && cues.has('who'))
      return { relation: 'owner', asked, of: goal.ref };
    return undefined;
  }
  if (pair.size === 1 && pair.has('people')) {
    if (!cues.has('deputy')) return undefined;
    const [deputy, person] = passive ? [second, first] : [first, second];
    return { relation: 'deputy', asked: deputy.ref, of: person.ref };
  }
  if (pair.size === 1 && pair.has('actors')) {
    if (!cues.has('partners')) return undefined;
    return { relation: 'partner', asked: first.ref, of: second.ref };
  }
  if (pair.has('people') && pair.has('actors')) {
    if (['chair', 'deputy', 'partners', 'contact', 'owner'].some((cue) => cues.has(cue as Cue)))
      return undefined;
    const person = bySection('people')!;
    return { relation: 'works-at', asked: person.ref, of: other(person).ref };
  }
  if ((goal || body) && field) {
    const part = goal ?? body!;
    return { relation: 'part-of', asked: part.ref, of: field.ref };
  }
  if (goal && body) return { relation: 'part-of', asked: goal.ref, of: body.ref };
  return undefined;
}
