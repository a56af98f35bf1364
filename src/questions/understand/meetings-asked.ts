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
  const listed =
    cues.has('upcoming') || (cues.has('meet') && (cues.has('next') || cues.has('when')));
  const occasion = occasionAsked(folded, today);
  if (listed) return { occasion };
  const onlyTheDay = input.queryTokens.every(
    (token) => /^\d+$/.test(token.folded) || MONTHS[token.folded] !== undefined,
  );
  if (
    occasion?.type === 'day' &&
    onlyTheDay &&
    (cues.has('what') || cues.has('meet') || cues.has('when'))
  )
    return { occasion };
  if (occasion?.type === 'range' && occasion.count && cues.has('meet')) return { occasion };
  return undefined;
}
