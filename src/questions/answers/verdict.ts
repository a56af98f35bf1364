import type { Body, Meeting } from '../../directory/model';
import { MONTHS } from '../../language/dates-in-text';
import { fold, STOP_WORDS, tokens } from '../../language/text';
import type { Reply } from '../../teams/reply';
import { CUE_WORDS } from '../cues';
import type { ComposeContext } from './shared';

/**
 * A yes/no question about a meeting, an online link or a chair ("Tagt die AG im Oktober?", "Gibt es
 * einen Teams-Link?", "Hat die Konferenz einen Vorsitz?"): "Ja." or "Nein." before the answer found,
 * in the text and in the card's answer alike.
 */
export function withVerdict(ctx: ComposeContext, reply: Reply, yes: boolean): Reply {
  const verdict = ctx.t(yes ? 'q.verdict.yes' : 'q.verdict.no');
  const text = `${verdict} ${reply.text}`;
  if (reply.kind === 'text') return { ...reply, text };
  const data = reply.card.data as { answer?: unknown };
  const card =
    typeof data.answer === 'string'
      ? { ...reply.card, data: { ...reply.card.data, answer: `${verdict} ${data.answer}` } }
      : reply.card;
  return { ...reply, card: card as typeof reply.card, text };
}

/** Words of a yes/no agenda question that say how it is asked, not what about. */
const ASKING =
  /^(tagesordnung\w*|agenda\w*|thema|themen|topics?|geredet|gesprochen|besprochen|diskutiert|discussed|behandelt|steht|stehen|wird|werden|sitzung\w*|meeting\w*|session\w*|naechste\w*|gibt|gibts|sprechen|reden|talked|there)$/;

/**
 * Whether the agenda of these meetings mentions what a yes/no question asks about ("Wird im LK im
 * September über die Messe geredet?": an item with "Messe"); undefined when the question names no
 * topic beside the body, the time and the asking words.
 */
export function agendaMentions(
  ctx: ComposeContext,
  body: Body,
  meetings: readonly Meeting[],
): boolean | undefined {
  const own = new Set([body.name, ...body.aliases].flatMap((name) => tokens(fold(name))));
  const topic = tokens(fold(ctx.question)).filter(
    (word) =>
      word.length >= 4 &&
      !/^\d+$/.test(word) &&
      !STOP_WORDS.has(word) &&
      !CUE_WORDS.has(word) &&
      !own.has(word) &&
      MONTHS[word] === undefined &&
      !ASKING.test(word),
  );
  if (topic.length === 0) return undefined;
  const items = meetings.flatMap((meeting) => meeting.agenda.map((item) => fold(item)));
  return topic.some((word) => items.some((item) => item.includes(word)));
}
