import type { Cue } from '../cues';
import type { QueryToken } from '../../language/directory-index';
import { MONTHS } from '../../language/dates-in-text';
import { occasionAsked, type Occasion } from './occasion';

/**
 * Meetings asked about without a body: the coming ones ("Welche Sitzungen stehen an?"), those on a
 * day or in a span ("Welche Sitzungen gibt es im März?", "Wie viele Sitzungen sind im Juni?"), or
 * what is on a day ("Was ist am 12. März?" — only when nothing but the day is named). Undefined
 * when the question is not about meetings at all.
 */
export function meetingsAsked(input: {
  folded: string;
  today: string;
  cues: Set<Cue>;
  queryTokens: QueryToken[];
}): { occasion?: Occasion } | undefined {
  const { folded, today, cues } = input;
  const occasion = occasionAsked(folded, today);
  // "Welche Gremien tagen im April?": the meetings of every body then.
  const bodiesMeeting = cues.has('meet') && cues.has('bodiesOf') && occasion?.type === 'range';
  const listed =
    cues.has('upcoming') ||
    (cues.has('meet') && (cues.has('next') || cues.has('when'))) ||
    bodiesMeeting;
  if (listed) return { occasion };
  const onlyTheDay = input.queryTokens.every(
    (token) => /^\d+$/.test(token.folded) || MONTHS[token.folded] !== undefined,
  );
  // "Was ist am 12. März?", "was ist im april": only the day or month named.
  const dayOrMonth =
    occasion?.type === 'day' || (occasion?.type === 'range' && occasion.label.type === 'month');
  if (dayOrMonth && onlyTheDay && (cues.has('what') || cues.has('meet') || cues.has('when')))
    return { occasion };
  if (occasion?.type === 'range' && occasion.count && cues.has('meet')) return { occasion };
  return undefined;
}
