/*
 * The whole of one section, counted and listed („Wie viele Ziele gibt es insgesamt?“, „Welche
 * Gremien gibt es?“), and the number put first when a count is asked of a list answer.
 */
import type { MessageKey } from '../../i18n';
import type { ListCardData, PersonCardData } from '../../teams/cards/card-data';
import type { Reply } from '../../teams/reply';
import type { Listed } from '../understand/counts';
import { joinList, type ComposeContext } from './shared';

export function catalogAnswer(ctx: ComposeContext, listed: Listed): Reply {
  const { directory } = ctx.index;
  const items =
    listed === 'goals'
      ? directory.goals.map((goal) => `${goal.id} ${goal.title}`)
      : listed === 'bodies'
        ? directory.bodies.map((body) => body.name)
        : listed === 'fields'
          ? directory.fields.map((field) => field.name)
          : directory.actors.map((actor) => actor.name);
  const answer = items.length
    ? ctx.t(`q.all.${listed}` as MessageKey, {
        count: items.length,
        list: joinList(ctx, items),
      })
    : ctx.t('q.all.none');
  const data: ListCardData = {
    answer,
    title: ctx.t(`q.all.title.${listed}` as MessageKey),
    items: items.map((title) => ({ title })),
  };
  return { kind: 'card', card: { template: 'list', data }, text: answer };
}

/**
 * „Wie viele Koordinatorinnen hat die KoKo?“ answered by a list whose text does not say how many:
 * the number of its entries first. A text that starts with a number or names one before a word
 * („11 Mitglieder“) already says it.
 */
export function withCountFirst(ctx: ComposeContext, reply: Reply): Reply {
  if (reply.kind !== 'card') return reply;
  const count = entriesOf(reply.card.data);
  if (
    count === undefined ||
    count === 0 ||
    new RegExp(`(^|\\s)${count}\\s+\\p{L}`, 'u').test(reply.text)
  )
    return reply;
  const lead = (text: string) => `${ctx.t('q.count.lead', { count })} ${text}`;
  const data = reply.card.data as { answer: string };
  return {
    ...reply,
    card: { ...reply.card, data: { ...data, answer: lead(data.answer) } },
    text: lead(reply.text),
  } as Reply;
}

/** The entries a card lists: a list card's items, or the one section of a card with no facts. */
function entriesOf(data: unknown): number | undefined {
  const card = data as Partial<ListCardData & PersonCardData>;
  if (Array.isArray(card.items)) return card.items.length;
  if (card.facts?.length === 0 && card.sections?.length === 1)
    return card.sections[0]!.items.length;
  return undefined;
}
