import type { NoAnswerCardData } from '../../teams/cards/card-data';
import type { Answer, ComposeContext } from './shared';

/** Example questions that work for this directory (its first bodies and institutions). */
export function exampleQuestions(ctx: ComposeContext): string[] {
  const { directory } = ctx.index;
  const body = directory.bodies[0];
  const shortName = (aliases: string[], name: string) =>
    aliases.find((alias) => alias.length <= 12 && /[A-Z]{2}/.test(alias)) ?? name;
  const examples: string[] = [];
  if (body) {
    examples.push(ctx.t('q.example.chair', { body: shortName(body.aliases, body.name) }));
    examples.push(ctx.t('q.example.next', { body: shortName(body.aliases, body.name) }));
  }
  const actor =
    directory.actors.find(
      (candidate) => candidate.kind === 'city' && candidate.aliases.length > 0,
    ) ?? directory.actors[0];
  if (actor) examples.push(ctx.t('q.example.what', { actor: actor.aliases[0] ?? actor.name }));
  return examples.slice(0, 3);
}

export function noAnswer(
  ctx: ComposeContext,
  reason: 'empty' | 'no-match' | 'unknown-asker',
): Answer {
  if (reason === 'unknown-asker')
    return { reply: { kind: 'text', text: ctx.t('q.none.unknownAsker') } };
  const examples = exampleQuestions(ctx);
  const first = reason === 'empty' ? ctx.t('q.none.empty') : ctx.t('q.none');
  const answer = `${first} ${ctx.t('q.none.examples', { examples: examples.map((example) => `„${example}“`).join(' ') })}`;
  // The card's title says "nothing found" and its buttons are the examples: said once each.
  const intro = ctx.t('q.none.examplesIntro');
  const data: NoAnswerCardData = {
    answer: reason === 'empty' ? `${first} ${intro}` : intro,
    title: ctx.t('title.none'),
    examples,
    forward:
      reason === 'no-match' && ctx.question.trim()
        ? { title: ctx.t('action.forward'), data: { kokobot: 'forward', question: ctx.question } }
        : undefined,
  };
  return { reply: { kind: 'card', card: { template: 'no-answer', data }, text: answer } };
}
