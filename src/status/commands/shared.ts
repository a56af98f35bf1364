/*
 * The status commands typed in chat, one file per command (report, typed status, missing, nudge);
 * status-commands.ts tells them apart. They import the status core (rounds, report, submission),
 * the directory and outbox interfaces, i18n and kokobot's card data types; never botbuilder.
 * This file holds what they share: the options, the membership check, scopes and who is missing.
 */
import type { DirectoryService } from '../../directory/directory-service';
import type { Directory } from '../../directory/model';
import { translator, type Translate } from '../../i18n';
import type { ReportLinks } from '../../reports/report-links';
import type { DirectoryIndex } from '../../language/directory-index';
import { fold } from '../../language/text';
import type { MeetingChange } from '../../meetings/occurrences';
import type { OutboxRepository } from '../../reminders/outbox';
import type { PreferencesRepository } from '../../reminders/preferences';
import type { MessageInput } from '../../teams/message-handler';
import type { Reply } from '../../teams/reply';
import { buildReport } from '../../reports/report';
import type { StatusRound } from '../rounds';
import type { StatusRepository } from '../status-repository';
import type { ReportScope, ZwischenbilanzService } from '../../reports/zwischenbilanz';

export interface StatusCommandOptions {
  directory: DirectoryService;
  statuses: StatusRepository;
  reports: ZwischenbilanzService;
  links?: ReportLinks;
  outbox: OutboxRepository;
  preferences?: PreferencesRepository;
  changes?: () => Promise<MeetingChange[]>;
  /** The question engine's index, so bodies and fields are found by name as questions find them. */
  index: () => Promise<DirectoryIndex | undefined>;
  clock?: () => Date;
  /** Whether kokobot can write to the person (they have a personal chat with it). */
  reachable?: (personId: string) => Promise<boolean>;
}

export function currentTime(options: StatusCommandOptions): Date {
  return options.clock?.() ?? new Date();
}

export async function member(
  options: StatusCommandOptions,
  input: MessageInput,
): Promise<{ directory: Directory; t: Translate } | Reply> {
  const t = translator(input.language);
  const directory = (await options.directory.current())?.directory;
  if (!directory) return { kind: 'text', text: t('error.noDirectory') };
  if (!directory.people.some((person) => person.id === input.personId))
    return { kind: 'text', text: t('report.membersOnly') };
  return { directory, t };
}

/** A body, field or meeting named after the command ("für die SG", "HF 2", "sg-2026-12"). */
export async function scopeOf(
  options: StatusCommandOptions,
  directory: Directory,
  text: string,
): Promise<ReportScope | { unknown: string }> {
  const words = text
    .replace(/^(fuer|for|der|des|von|of|im|in|the)\s+/, '')
    .replace(/^(die|das|den|the)\s+/, '')
    .trim();
  if (!words) return {};
  const meeting = directory.meetings.find((candidate) => fold(candidate.id) === words);
  if (meeting) return { meetingId: meeting.id };
  const index = await options.index();
  const found = index
    ?.findByName(words.split(' ').map((word, position) => ({ position, folded: word })))
    .find(
      (candidate) =>
        (candidate.ref.startsWith('bodies/') || candidate.ref.startsWith('fields/')) &&
        candidate.score >= 0.5,
    );
  if (!found) return { unknown: words };
  const [section, id] = found.ref.split('/') as [string, string];
  return section === 'bodies' ? { bodyId: id } : { fieldId: id };
}

/**
 * Per open round: the owners whose goals have no answer in it yet — the Zwischenbilanz's own
 * "missing" list, so the report and the reminder button never disagree.
 */
export async function waitingOwners(
  options: StatusCommandOptions,
  directory: Directory,
  rounds: StatusRound[],
): Promise<{ round: StatusRound; owners: { ownerId: string; goals: string[] }[] }[]> {
  const updates = await options.statuses.all();
  return rounds.map((round) => {
    const { missing } = buildReport({
      directory,
      updates,
      roundId: round.id,
      bodyId: round.bodyId,
    });
    const owners = new Map<string, string[]>();
    for (const { goal } of missing)
      owners.set(goal.owner, [...(owners.get(goal.owner) ?? []), goal.id]);
    return { round, owners: [...owners].map(([ownerId, goals]) => ({ ownerId, goals })) };
  });
}
