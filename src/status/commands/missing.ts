import { DateTime } from 'luxon';
import { longDate } from '../../i18n/dates';
import { translator } from '../../i18n';
import type { ConfirmCardData } from '../../teams/cards/card-data';
import type { MessageInput } from '../../teams/message-handler';
import type { Reply } from '../../teams/reply';
import { currentRound, steeringBodies, type StatusRound } from '../rounds';
import { currentTime, scopeOf, waitingOwners, type StatusCommandOptions } from './shared';

/** "Wer hat noch nicht geantwortet?": for coordinators, with a button that reminds them. */
export async function missing(
  options: StatusCommandOptions,
  input: MessageInput,
  rest: string,
): Promise<Reply> {
  const t = translator(input.language);
  const directory = (await options.directory.current())?.directory;
  if (!directory) return { kind: 'text', text: t('error.noDirectory') };
  if (!directory.people.find((person) => person.id === input.personId)?.coordinator)
    return { kind: 'text', text: t('missing.notCoordinator') };
  const scope = await scopeOf(options, directory, rest);
  const changes = (await options.changes?.()) ?? [];
  const now = currentTime(options);
  const bodies = 'bodyId' in scope && scope.bodyId ? [scope.bodyId] : steeringBodies(directory);
  const rounds = bodies
    .map((bodyId) => currentRound(directory, bodyId, changes, now))
    .filter((round): round is StatusRound => round?.state === 'open');
  if (rounds.length === 0) return { kind: 'text', text: t('missing.noRound') };
  const waiting = await waitingOwners(options, directory, rounds);
  const zone = directory.organisation.timezone;
  const label = (round: StatusRound) => ({
    body: directory.bodies.find((body) => body.id === round.bodyId)?.name ?? round.bodyId,
    date: longDate(DateTime.fromISO(round.meeting.start, { zone }), input.language),
  });
  const name = (id: string) => directory.people.find((person) => person.id === id)?.name ?? id;
  const open = waiting.filter((entry) => entry.owners.length > 0);
  const done = waiting
    .filter((entry) => entry.owners.length === 0)
    .map((entry) => t('missing.none', label(entry.round)));
  if (open.length === 0) return { kind: 'text', text: done.join('\n') };
  const lines = open.flatMap((entry) => [
    t('missing.title', label(entry.round)),
    ...entry.owners.map((owner) =>
      t('missing.line', { name: name(owner.ownerId), goals: owner.goals.join(', ') }),
    ),
  ]);
  const roundIds = open.map((entry) => entry.round.id);
  const data: ConfirmCardData = {
    title: t('missing.title', label(open[0]!.round)),
    text: [...lines.slice(1), ...done].join('\n'),
    confirm: {
      title: t('missing.send'),
      style: 'positive',
      data: { kokobot: 'status-nudge', roundIds, confirm: true },
    },
    abort: {
      title: t('missing.skip'),
      data: { kokobot: 'status-nudge', roundIds, confirm: false },
    },
  };
  const fallback = open
    .map((entry) =>
      t('missing.fallback', {
        ...label(entry.round),
        names: entry.owners.map((owner) => name(owner.ownerId)).join(', '),
      }),
    )
    .join(' ');
  // One round: its title heads the card; several: every round's title is a line of the text.
  if (open.length > 1) {
    data.title = t('report.missing');
    data.text = [...lines, ...done].join('\n');
  }
  return { kind: 'card', card: { template: 'confirm', data }, text: fallback };
}
