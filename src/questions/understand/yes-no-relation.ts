/*
 * Which relation two records named in a yes/no question can have, given their kinds and what the
 * question asks (yes-no.ts finds the records).
 */
import type { Section } from '../../directory/model';
import { parseRef, type RefKey } from '../../language/directory-index';
import type { Cue } from '../cues';
import type { Period } from './occasion';

export type Relation =
  'member' | 'chair' | 'partner' | 'owner' | 'deputy' | 'works-at' | 'part-of' | 'coordinator';

export interface YesNo {
  relation: Relation;
  /** The record whose relation is asked (the member, partner, owner, deputy, employee, part). */
  asked: RefKey;
  /** The record it is asked about (the body, goal, deputised person, institution, field). */
  of: RefKey;
  /** Further records asked the same („Sind IHK und HWK in der SG?“). */
  more?: RefKey[];
  /** A chair at another time than today („Leitet X 2027 die SG?“): the period asked. */
  period?: Period;
}

export interface Named {
  ref: RefKey;
  /** Where it is named in the question (to tell subject from object). */
  at: number;
  /** The question words that name it, and their positions. */
  words: string[];
  positions: number[];
}

/** Asked about a body, these ask for its goals or its next meeting, not for membership. */
const OTHER_BODY_QUESTION: Cue[] = ['goals', 'next', 'attend'];

export /** The relation two named records can have, given what the question asks. */
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
    if (OTHER_BODY_QUESTION.some((cue) => cues.has(cue))) return undefined;
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
