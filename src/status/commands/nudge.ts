import { DateTime } from 'luxon';
import { translator } from '../../i18n';
import type { OutboxEntry } from '../../reminders/outbox';
import { confirmOutcome } from '../../teams/cards/card-data';
import type { MessageInput } from '../../teams/message-handler';
import type { Reply } from '../../teams/reply';
import { roundById, type StatusRound } from '../rounds';
import { currentTime, waitingOwners, type StatusCommandOptions } from './shared';

/**
 * The coordinator's "send a reminder": one outbox row per owner still missing, keyed by the day,
 * so pressing twice (or on two instances) reminds once; the scheduler sends it like any other.
 */
export async function nudge(
  options: StatusCommandOptions,
  input: MessageInput,
  action: { roundIds: string[]; confirm: boolean },
): Promise<Reply> {
  const t = translator(input.language);
  const directory = (await options.directory.current())?.directory;
  if (!directory) return { kind: 'text', text: t('error.noDirectory') };
  if (!directory.people.find((person) => person.id === input.personId)?.coordinator)
    return { kind: 'text', text: t('missing.notCoordinator') };
  const outcome = (text: string) =>
    confirmOutcome({ title: t('report.missing'), text: '', outcome: text });
  if (!action.confirm) return outcome(t('nudge.skipped'));
  const changes = (await options.changes?.()) ?? [];
  const now = currentTime(options);
  const rounds = action.roundIds
    .map((id) => roundById(directory, id, changes, now))
    .filter((round): round is StatusRound => round?.state === 'open');
  if (rounds.length === 0) return { kind: 'text', text: t('status.closed') };
  const waiting = await waitingOwners(options, directory, rounds);
  const zone = directory.organisation.timezone;
  const today = DateTime.fromJSDate(now, { zone }).toISODate()!;
  const nowIso = now.toISOString();
  const entries: OutboxEntry[] = [];
  for (const { round, owners } of waiting) {
    for (const { ownerId } of owners) {
      const owner = directory.people.find((person) => person.id === ownerId);
      const away = (await options.preferences?.get(ownerId))?.awayUntil;
      const recipient = away && today <= away && owner?.deputy ? owner.deputy : ownerId;
      entries.push({
        meetingId: round.id,
        bodyId: round.bodyId,
        offset: `${today}:${ownerId}`,
        recipient: `person:${recipient}`,
        personId: recipient,
        kind: 'status-nudge',
        state: 'pending',
        dueAt: nowIso,
        nextAttemptAt: nowIso,
        meetingStart: round.meeting.start,
        startsAt: round.closesAt,
        attempts: 0,
        history: [],
      });
    }
  }
  if (entries.length === 0) return outcome(t('nudge.none'));
  const added = await options.outbox.addMissing(entries);
  if (added === 0) return outcome(t('nudge.already'));
  // Said plainly how many the reminder can reach: without a chat with kokobot it goes nowhere.
  const recipients = [...new Set(entries.map((entry) => entry.personId!))];
  const unreachable: string[] = [];
  for (const personId of recipients)
    if (options.reachable && !(await options.reachable(personId))) unreachable.push(personId);
  if (unreachable.length === 0) return outcome(t('nudge.sent', { count: recipients.length }));
  return outcome(
    t('nudge.sentSome', {
      count: recipients.length,
      reachable: recipients.length - unreachable.length,
      names: unreachable
        .map((id) => directory.people.find((person) => person.id === id)?.name ?? id)
        .join(', '),
    }),
  );
}
