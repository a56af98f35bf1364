import { DateTime } from 'luxon';
import { ErrorCodes, isAppError } from '../../errors';
import { shortDate } from '../../i18n/dates';
import type { MessageInput } from '../../teams/message-handler';
import type { Reply } from '../../teams/reply';
import { mayAnswerFor } from '../permissions';
import { currentRound } from '../rounds';
import { errorKey } from '../status-submit';
import { parseStatusCommand, validateStatus } from '../submission';
import { currentTime, member, type StatusCommandOptions } from './shared';

/** "Z1.2 gefährdet 40 %": a status typed as text, for clients that cannot show the card. */
export async function typedStatus(
  options: StatusCommandOptions,
  input: MessageInput,
  typed: NonNullable<ReturnType<typeof parseStatusCommand>>,
): Promise<Reply> {
  const access = await member(options, input);
  if ('kind' in access) return access;
  const { directory, t } = access;
  if ('error' in typed) return { kind: 'text', text: t('status.cmd.usage') };
  const goal = directory.goals.find(
    (candidate) => candidate.id.toLowerCase() === typed.goalId.toLowerCase(),
  );
  if (!goal) return { kind: 'text', text: t('status.cmd.unknownGoal', { goal: typed.goalId }) };
  const presser = directory.people.find((person) => person.id === input.personId)!;
  if (!mayAnswerFor(directory, presser, goal))
    return { kind: 'text', text: t('status.notAllowed') };
  const now = currentTime(options);
  const round = currentRound(directory, goal.body, (await options.changes?.()) ?? [], now);
  if (!round || round.state !== 'open') {
    const zone = directory.organisation.timezone;
    return {
      kind: 'text',
      text:
        round?.state === 'upcoming'
          ? t('status.cmd.noRoundNext', {
              goal: goal.id,
              date: shortDate(
                DateTime.fromISO(round.opensAt, { zone }).setZone(zone).toISODate()!,
                input.language,
              ),
            })
          : t('status.cmd.noRound', { goal: goal.id }),
    };
  }
  try {
    const latest = await options.statuses.latest(goal.id);
    // An edit within the round keeps what the text cannot say (next steps, support).
    const same = latest.update?.roundId === round.id ? latest.update : undefined;
    const result = validateStatus({
      ...(typed.values as Record<string, unknown>),
      nextSteps: same?.nextSteps ?? '',
      supportNeeded: same?.supportNeeded ?? false,
      supportText: same?.supportText ?? '',
    });
    if (!result.ok) {
      const problems = Object.keys(result.errors).map((field) => t(errorKey(field)));
      return { kind: 'text', text: t('status.cmd.invalid', { problem: problems.join(' ') }) };
    }
    const update = {
      ...result.values,
      goalId: goal.id,
      roundId: round.id,
      author: presser.id,
      at: now.toISOString(),
    };
    const saved = await options.statuses.save(update, {
      idempotencyKey: `typed|${input.activityId ?? `${input.conversationId}|${input.text}`}`,
      expectedVersion: latest.version,
    });
    if (saved.outcome === 'conflict') {
      const author =
        directory.people.find((person) => person.id === saved.latest?.author)?.name ?? '';
      return { kind: 'text', text: t('status.conflict', { author }) };
    }
    return {
      kind: 'text',
      text: t('status.cmd.saved', {
        goal: `${goal.id} ${goal.title}`,
        status: t(`status.value.${update.status}`),
        progress: update.progress,
      }),
    };
  } catch (error) {
    if (isAppError(error, ErrorCodes.STORAGE_UNAVAILABLE))
      return { kind: 'text', text: t('status.storageDown') };
    throw error;
  }
}
