import type { Reply } from '../../teams/reply';
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
