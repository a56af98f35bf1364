import type { Body } from '../../directory/model';
import { personWithActor } from '../facts';
import type { Period } from '../understand/occasion';
import { periodPhrase } from './period';
import { formatShortDate, joinList, type ComposeContext } from './shared';

/**
 * Who chairs a body in a period asked about (a day, a month, a school year, a year): the chairs
 * whose term overlaps it, each with their term; when the chair changes within the period, who when.
 */
export function chairInPeriod(ctx: ComposeContext, body: Body, period: Period): string {
  const chairs = body.chairs
    .filter((chair) => chair.from <= period.to && chair.to >= period.from)
    .sort((a, b) => a.from.localeCompare(b.from));
  const Period = periodPhrase(ctx, period.label, { capital: true });
  const lower = periodPhrase(ctx, period.label);
  if (chairs.length === 0)
    return ctx.t('q.chairIn.none', { body: body.name, Period, period: lower });
  const withTerm = (chair: (typeof chairs)[number]) =>
    ctx.t('q.chairIn.term', {
      person: personWithActor(ctx.index, chair.person),
      from: formatShortDate(ctx, chair.from),
      to: formatShortDate(ctx, chair.to),
    });
  const past = period.to < ctx.now.toISODate()!;
  // Co-chairs for the whole period, or one chair: no change within it.
  const throughout = chairs.every((chair) => chair.from <= period.from && chair.to >= period.to);
  if (throughout || chairs.length === 1)
    return ctx.t(past ? 'q.chairIn.one.past' : 'q.chairIn.one', {
      body: body.name,
      Period,
      count: chairs.length,
      chairs: joinList(ctx, chairs.map(withTerm)),
    });
  return ctx.t(past ? 'q.chairIn.changes.past' : 'q.chairIn.changes', {
    body: body.name,
    Period,
    chairs: joinList(ctx, chairs.map(withTerm)),
  });
}
