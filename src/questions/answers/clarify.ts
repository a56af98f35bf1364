import { shortDate } from '../../i18n/dates';
import type { ClarifyCardData } from '../../teams/cards/card-data';
import { parseRef, type DirectoryIndex, type RefKey } from '../../language/directory-index';
import { personWithActor } from '../facts';
import type { Answer, ComposeContext } from './shared';

/** A one-line description of a record, for "did you mean" buttons. */
export function describeRef(index: DirectoryIndex, ref: RefKey): string {
  const { section, id } = parseRef(ref);
  switch (section) {
    case 'people':
      return personWithActor(index, id);
    case 'actors':
      return index.actors.get(id)?.name ?? id;
    case 'bodies':
      return index.bodies.get(id)?.name ?? id;
    case 'fields':
      return index.fields.get(id)?.name ?? id;
    case 'goals': {
      const goal = index.goals.get(id);
      return goal ? `${goal.id} ${goal.title}` : id;
    }
    case 'meetings': {
      const meeting = index.meetings.get(id);
      return meeting
        ? `${index.bodies.get(meeting.body)?.name ?? meeting.body}, ${shortDate(meeting.start.slice(0, 10), 'de')} ${meeting.start.slice(11, 16)}`
        : id;
    }
  }
}

/**
 * A candidate's button: buttons do not wrap and are cut off in narrow clients, so a person with
 * a long institution name is shown with the institution's short name (its shortest alias).
 */
function buttonTitle(index: DirectoryIndex, candidate: RefKey, title: string): string {
  const [kind, id] = candidate.split('/') as [string, string];
  if (kind !== 'people' || title.length <= 40) return title;
  const person = index.people.get(id);
  const actor = person ? index.actors.get(person.actor) : undefined;
  const short = actor?.aliases
    .filter((alias) => alias.length <= 16)
    .sort((a, b) => a.length - b.length)[0];
  return person && short ? `${person.name} (${short})` : title;
}

export function clarify(ctx: ComposeContext, candidates: RefKey[]): Answer {
  const titles = candidates.map((candidate) => describeRef(ctx.index, candidate));
  const options = `${titles.slice(0, -1).join(', ')} ${ctx.t('q.clarify.or')} ${titles[titles.length - 1]}`;
  const answer = ctx.t('q.clarify', { options });
  const data: ClarifyCardData = {
    answer,
    title: ctx.t('title.clarify'),
    options: candidates.map((candidate, i) => ({
      title: buttonTitle(ctx.index, candidate, titles[i]!),
      data: { kokobot: 'clarify', subject: candidate, question: ctx.question },
    })),
  };
  return { reply: { kind: 'card', card: { template: 'clarify', data }, text: answer } };
}
