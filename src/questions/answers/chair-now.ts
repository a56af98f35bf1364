import type { Body, Chair } from '../../directory/model';
import { fold } from '../../language/text';
import { chairsOn, nextChair, personWithActor } from '../facts';
import { formatShortDate, joinList, type ComposeContext } from './shared';

/*
 * Who chairs a body now, read against what the question asks besides: since when ("Seit wann leitet
 * X …?": the current term from its start to its end), who follows ("… und wer folgt ihr dann
 * nach?"), or the term of a chair named who is not the current one ("Ab wann übernimmt X …?").
 */

const SINCE =
  /\b(seit wann|ab wann|seit|since|how long|wie lange|angefangen|begonnen|started|start\w*|beginn\w*)\b/;
const SUCCESSOR =
  /\b(folgt|folgen|nachfolg\w*|danach|anschliessend|successor\w*|succeeds?|after (him|her|them|that)|next chair|takes? over after|wer kommt dann|wer uebernimmt dann)\b/;

/** The term of a chair whose name the question gives: the current one, else the next, else the last. */
function namedTerm(
  ctx: ComposeContext,
  body: Body,
  asked: string,
  today: string,
): Chair | undefined {
  const named = body.chairs.filter((chair) => {
    const name = ctx.index.people.get(chair.person)?.name;
    const last = name ? fold(name).split(' ').pop() : undefined;
    return !!last && last.length >= 3 && ` ${asked} `.includes(` ${last} `);
  });
  if (new Set(named.map((chair) => chair.person)).size !== 1) return undefined;
  const sorted = [...named].sort((a, b) => a.from.localeCompare(b.from));
  return (
    sorted.find((chair) => chair.from <= today && chair.to >= today) ??
    sorted.find((chair) => chair.from > today) ??
    sorted[sorted.length - 1]
  );
}

export function chairNowSentence(ctx: ComposeContext, body: Body): string {
  const today = ctx.now.toISODate()!;
  const asked = fold(ctx.question ?? '');
  const current = chairsOn(body, today);
  const next = nextChair(body, today);
  const term = namedTerm(ctx, body, asked, today);
  const nextSentence = next
    ? ctx.t('q.chair.next', {
        next: personWithActor(ctx.index, next.person),
        from: formatShortDate(ctx, next.from),
      })
    : undefined;
  if (term && !current.some((chair) => chair.person === term.person)) {
    const key = term.from > today ? 'q.chair.term.future' : 'q.chair.term.past';
    return ctx.t(key, {
      body: body.name,
      person: personWithActor(ctx.index, term.person),
      from: formatShortDate(ctx, term.from),
      to: formatShortDate(ctx, term.to),
    });
  }
  if (current.length === 0) {
    const none = ctx.t('q.chair.none', { body: body.name });
    return nextSentence ? `${none} ${nextSentence}` : none;
  }
  const chairs = joinList(
    ctx,
    current.map((chair) => personWithActor(ctx.index, chair.person)),
  );
  const until = formatShortDate(ctx, current.map((chair) => chair.to).sort()[0]!);
  const from = formatShortDate(ctx, current.map((chair) => chair.from).sort()[0]!);
  const now = SINCE.test(asked)
    ? ctx.t('q.chair.since', { body: body.name, chairs, from, until })
    : ctx.t('q.chair.now', { body: body.name, chairs, until });
  // Who chairs now is what was asked: the successor only when asked for too.
  return SUCCESSOR.test(asked) && nextSentence ? `${now} ${nextSentence}` : now;
}

/** Whether the body has a chair today (for "Hat die Konferenz einen Vorsitz?"). */
export function hasChairNow(ctx: ComposeContext, body: Body): boolean {
  return chairsOn(body, ctx.now.toISODate()!).length > 0;
}
