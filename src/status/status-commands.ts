import { DateTime } from 'luxon';
import type { DirectoryService } from '../directory/directory-service';
import type { Directory } from '../directory/model';
import { ErrorCodes, isAppError } from '../errors';
import { longDate, shortDate } from '../i18n/dates';
import { translator, type Language, type Translate } from '../i18n';
import type { ReportLinks } from './report-links';
import type { DirectoryIndex } from '../language/directory-index';
import { fold } from '../language/text';
import type { MeetingChange } from '../meetings/occurrences';
import type { OutboxEntry, OutboxRepository } from '../reminders/outbox';
import type { PreferencesRepository } from '../reminders/preferences';
import { confirmOutcome, type ConfirmCardData, type UrlAction } from '../teams/cards/card-data';
import type { MessageHandler, MessageInput } from '../teams/message-handler';
import type { Reply } from '../teams/reply';
import { buildReport } from './report';
import { reportCard } from './report-card';
import { REPORT_FORMATS, type ReportFormat } from './report-export';
import { currentRound, roundById, steeringBodies, type StatusRound } from './rounds';
import { mayAnswerFor } from './permissions';
import { errorKey } from './status-handler';
import type { StatusRepository } from './status-repository';
import { parseStatusCommand, validateStatus } from './submission';
import type { ReportScope, ZwischenbilanzService } from './zwischenbilanz';

/** "Stand der Ziele", "Zwischenbilanz [für SG] [als CSV]", "status report [for …] [as xlsx]". */
const REPORT =
  /^(?:wie ist der )?(stand der ziele|zwischenbilanz|status ?report|goal status|goals status|status of the goals)\b\s*(.*)$/;
const FORMAT =
  /(?:^|\s)(?:als|as|im|in)?\s*(?:(csv)|(excel|xlsx)|(markdown|md))(?:[-\s]?(?:datei|file|export))?$/;
/** "Wer hat noch nicht geantwortet?", "who has not answered yet?" */
const MISSING =
  /^(wer (hat|fehlt) (noch )?(nicht|keine)( \w+)? ?(geantwortet|gemeldet|rueckgemeldet|meldung)?|wer fehlt noch|who (has not|hasn ?t|did not|didn ?t) (yet )?(answered|replied|responded|reported))\b(.*)$/;

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

/**
 * The status commands typed in chat: the Zwischenbilanz (card or file), a status typed as text for
 * clients that cannot show the card, and — for coordinators — who has not answered, with a button
 * that reminds them through the shared outbox.
 */
export class StatusCommandHandler implements MessageHandler {
  constructor(private readonly options: StatusCommandOptions) {}

  private now(): Date {
    return this.options.clock?.() ?? new Date();
  }

  async handle(input: MessageInput): Promise<Reply | undefined> {
    if (input.action?.kokobot === 'status-nudge') return this.nudge(input, input.action);
    if (input.action) return undefined;
    const folded = fold(input.text)
      .replace(/[?!.:]+$/, '')
      .replace(/\s+/g, ' ')
      .trim();
    const typed = parseStatusCommand(input.text);
    if (typed) return this.typedStatus(input, typed);
    const report = folded.match(REPORT);
    if (report) return this.report(input, report[2] ?? '');
    const missing = folded.match(MISSING);
    if (missing) return this.missing(input, missing[missing.length - 1] ?? '');
    return undefined;
  }

  private async member(
    input: MessageInput,
  ): Promise<{ directory: Directory; t: Translate } | Reply> {
    const t = translator(input.language);
    const directory = (await this.options.directory.current())?.directory;
    if (!directory) return { kind: 'text', text: t('error.noDirectory') };
    if (!directory.people.some((person) => person.id === input.personId))
      return { kind: 'text', text: t('report.membersOnly') };
    return { directory, t };
  }

  /** A body, field or meeting named after the command ("für die SG", "HF 2", "sg-2026-12"). */
  private async scopeOf(
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
    const index = await this.options.index();
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

  private async report(input: MessageInput, rest: string): Promise<Reply> {
    const access = await this.member(input);
    if ('kind' in access) return access;
    const { directory, t } = access;
    const formatMatch = rest.match(FORMAT);
    const format: ReportFormat | undefined = formatMatch
      ? formatMatch[1]
        ? 'csv'
        : formatMatch[2]
          ? 'xlsx'
          : 'md'
      : undefined;
    const scope = await this.scopeOf(
      directory,
      formatMatch ? rest.slice(0, formatMatch.index).trim() : rest,
    );
    if ('unknown' in scope)
      return { kind: 'text', text: t('report.unknownScope', { name: scope.unknown }) };
    const outcome = await this.options.reports.build(scope, input.language);
    if (outcome.kind === 'no-directory') return { kind: 'text', text: t('error.noDirectory') };
    if (outcome.kind === 'unknown-meeting')
      return { kind: 'text', text: t('report.unknownMeeting', { id: outcome.id }) };
    const links = this.links(scope, input.language);
    if (format) {
      const link = links.find((candidate) => candidate.format === format);
      if (!link) return { kind: 'text', text: t('report.noFiles') };
      return reportCard({
        result: outcome.result,
        language: input.language,
        links: [link],
        lead: t('report.files'),
      });
    }
    return reportCard({ result: outcome.result, language: input.language, links });
  }

  private links(scope: ReportScope, language: Language): (UrlAction & { format: ReportFormat })[] {
    const t = translator(language);
    if (!this.options.links) return [];
    return REPORT_FORMATS.flatMap((format) => {
      const url = this.options.links!.urlFor(scope, format);
      return url ? [{ format, title: t(`report.download.${format}`), url }] : [];
    });
  }

  private async typedStatus(
    input: MessageInput,
    typed: NonNullable<ReturnType<typeof parseStatusCommand>>,
  ): Promise<Reply> {
    const access = await this.member(input);
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
    const now = this.now();
    const round = currentRound(directory, goal.body, (await this.options.changes?.()) ?? [], now);
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
      const latest = await this.options.statuses.latest(goal.id);
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
      const saved = await this.options.statuses.save(update, {
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

  /** Per open round: the owners (or deputies) whose goals have no answer in it yet. */
  /**
   * Per open round: the owners whose goals have no answer in it yet — the Zwischenbilanz's own
   * "missing" list, so the report and the reminder button never disagree.
   */
  private async waiting(
    directory: Directory,
    rounds: StatusRound[],
  ): Promise<{ round: StatusRound; owners: { ownerId: string; goals: string[] }[] }[]> {
    const updates = await this.options.statuses.all();
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

  private async missing(input: MessageInput, rest: string): Promise<Reply> {
    const t = translator(input.language);
    const directory = (await this.options.directory.current())?.directory;
    if (!directory) return { kind: 'text', text: t('error.noDirectory') };
    if (!directory.people.find((person) => person.id === input.personId)?.coordinator)
      return { kind: 'text', text: t('missing.notCoordinator') };
    const scope = await this.scopeOf(directory, rest);
    const changes = (await this.options.changes?.()) ?? [];
    const now = this.now();
    const bodies = 'bodyId' in scope && scope.bodyId ? [scope.bodyId] : steeringBodies(directory);
    const rounds = bodies
      .map((bodyId) => currentRound(directory, bodyId, changes, now))
      .filter((round): round is StatusRound => round?.state === 'open');
    if (rounds.length === 0) return { kind: 'text', text: t('missing.noRound') };
    const waiting = await this.waiting(directory, rounds);
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

  /**
   * The coordinator's "send a reminder": one outbox row per owner still missing, keyed by the day,
   * so pressing twice (or on two instances) reminds once; the scheduler sends it like any other.
   */
  private async nudge(
    input: MessageInput,
    action: { roundIds: string[]; confirm: boolean },
  ): Promise<Reply> {
    const t = translator(input.language);
    const directory = (await this.options.directory.current())?.directory;
    if (!directory) return { kind: 'text', text: t('error.noDirectory') };
    if (!directory.people.find((person) => person.id === input.personId)?.coordinator)
      return { kind: 'text', text: t('missing.notCoordinator') };
    const outcome = (text: string) =>
      confirmOutcome({ title: t('report.missing'), text: '', outcome: text });
    if (!action.confirm) return outcome(t('nudge.skipped'));
    const changes = (await this.options.changes?.()) ?? [];
    const now = this.now();
    const rounds = action.roundIds
      .map((id) => roundById(directory, id, changes, now))
      .filter((round): round is StatusRound => round?.state === 'open');
    if (rounds.length === 0) return { kind: 'text', text: t('status.closed') };
    const waiting = await this.waiting(directory, rounds);
    const zone = directory.organisation.timezone;
    const today = DateTime.fromJSDate(now, { zone }).toISODate()!;
    const nowIso = now.toISOString();
    const entries: OutboxEntry[] = [];
    for (const { round, owners } of waiting) {
      for (const { ownerId } of owners) {
        const owner = directory.people.find((person) => person.id === ownerId);
        const away = (await this.options.preferences?.get(ownerId))?.awayUntil;
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
    const added = await this.options.outbox.addMissing(entries);
    if (added === 0) return outcome(t('nudge.already'));
    // Said plainly how many the reminder can reach: without a chat with kokobot it goes nowhere.
    const recipients = [...new Set(entries.map((entry) => entry.personId!))];
    const unreachable: string[] = [];
    for (const personId of recipients)
      if (this.options.reachable && !(await this.options.reachable(personId)))
        unreachable.push(personId);
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
}
