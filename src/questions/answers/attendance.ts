import type { Body } from '../../directory/model';
import type { ListCardData } from '../../teams/cards/card-data';
import type { Reply } from '../../teams/reply';
import { meetingStart, upcomingMeetings } from '../facts';
import { membersOf } from '../../directory/members';
import { formatDate, type ComposeContext } from './shared';

/** "Wer kommt zur nächsten SG?": counts and names, for coordinators and the body's chairs. */
export function attendance(ctx: ComposeContext, body: Body): Reply {
  if (!ctx.attendance?.allowed) return { kind: 'text', text: ctx.t('q.attendance.notAllowed') };
  const meeting = upcomingMeetings(ctx.index, ctx.now, body.id)[0];
  if (!meeting) return { kind: 'text', text: ctx.t('q.next.none', { body: body.name }) };
  const members = membersOf(ctx.index.directory, body.id);
  const answers = new Map(ctx.attendance.answers.map((entry) => [entry.personId, entry.answer]));
  const names = (answer: 'yes' | 'no' | 'deputy') =>
    members
      .filter((id) => answers.get(id) === answer)
      .map((id) => ctx.index.people.get(id)?.name ?? id);
  const open = members
    .filter((id) => !answers.has(id))
    .map((id) => ctx.index.people.get(id)?.name ?? id);
  const [yes, no, deputy] = [names('yes'), names('no'), names('deputy')];
  const start = meetingStart(ctx.index, meeting);
  const answer = ctx.t('q.attendance', {
    body: body.name,
    date: formatDate(ctx, start),
    yes: yes.length,
    no: no.length,
    deputy: deputy.length,
    open: open.length,
  });
  const data: ListCardData = {
    answer,
    title: `${body.name} · ${formatDate(ctx, start)}`,
    items: [
      { title: `${ctx.t('rem.yes')} (${yes.length})`, subtitle: yes.join(', ') || '–' },
      { title: `${ctx.t('rem.deputy')} (${deputy.length})`, subtitle: deputy.join(', ') || '–' },
      { title: `${ctx.t('rem.no')} (${no.length})`, subtitle: no.join(', ') || '–' },
      { title: `${ctx.t('q.attendance.open')} (${open.length})`, subtitle: open.join(', ') || '–' },
    ],
  };
  return { kind: 'card', card: { template: 'list', data }, text: answer };
}
