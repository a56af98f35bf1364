import type { Cue } from '../cues';
import type { QueryToken } from '../../language/directory-index';
import { MONTHS } from '../../language/dates-in-text';
import { occasionAsked, type Occasion } from './occasion';
import { isEverydayWord } from '../../language/everyday-words';
import { isYesNoForm } from './yes-no';

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
  /** Whether a word names a record of the directory (then it is not only the day). */
  knowsTerm?: (word: string) => boolean;
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
  // „Ist am 24.3. eine Sitzung?“, „Was ist am 3.2. los?“: a day asked, and no record named.
  const namesNothing =
    !!input.knowsTerm &&
    input.queryTokens.every(
      (token) =>
        /^[\d.]+$/.test(token.folded) ||
        // An unknown long word names what the directory does not have („Jugendhilfeausschuss“).
        (!input.knowsTerm!(token.folded) &&
          (token.folded.length < 8 || isEverydayWord(token.folded))),
    );
  const whetherOrWhat =
    (cues.has('meet') && isYesNoForm(folded)) ||
    /\b(was ist|what s|whats) .*\b(los|happening|on)\b/.test(folded);
  if (occasion?.type === 'day' && namesNothing && whetherOrWhat) return { occasion };
  if (occasion?.type === 'range' && occasion.count && cues.has('meet')) return { occasion };
  return undefined;
}
