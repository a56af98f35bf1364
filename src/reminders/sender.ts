import type { ConversationRepository } from '../conversations/model';
import type { DirectoryService } from '../directory/directory-service';
import { languageFromLocale } from '../i18n';
import { meetingById, type MeetingChange } from '../meetings/occurrences';
import { WAITING_FOR_CHAT, type OutboxEntry, type OutboxRepository } from './outbox';
import type { StoredReference } from '../conversations/model';
import type { Reply } from '../teams/reply';
import { translator } from '../i18n';
import { noticeReply, reminderReply } from './reminder-card';
import type { PreferencesRepository } from './preferences';
import type { ChannelRepository } from './channels';
import type { StatusRepository } from '../status/status-repository';
import { statusCard, valuesOf } from '../status/status-card';
import { reportCard } from '../reports/report-card';
import type { ReportScope, ZwischenbilanzService } from '../reports/zwischenbilanz';
import type { UrlAction } from '../teams/cards/card-data';
import type { Language } from '../i18n';
import type { RsvpRepository } from './rsvp';
import type { DeliveryResult } from './scheduler';
import type { ProactiveSender } from './proactive-sender';

export interface ReminderSenderOptions {
  directory: DirectoryService;
  conversations: ConversationRepository;
  /** Rate limit, fan-out pause and what Teams answered: shared by every kind of outbox row. */
  proactive: ProactiveSender;
  rsvps: RsvpRepository;
  preferences?: PreferencesRepository;
  /** For the names in the "not reachable" report. */
  outbox?: OutboxRepository;
  channels?: ChannelRepository;
  /** For status-check cards (pre-filled with each goal's latest answer). */
  statuses?: StatusRepository;
  /** The Zwischenbilanz the day before a meeting, and its download links. */
  reports?: ZwischenbilanzService;
  reportLinks?: (scope: ReportScope, language: Language) => UrlAction[];
  /** AAD object ids the bot has seen for these people (for a card's refresh.userIds). */
  aadObjectIdsOf?: (personIds: string[]) => Promise<string[]>;
  changes?: () => Promise<MeetingChange[]>;
  calendarUrl?: (meetingId: string) => string | undefined;
  /** KOKOBOT_ALLOWED_TENANTS (lower case); empty: any tenant. */
  allowedTenants?: readonly string[];
}

/**
 * Sends one outbox row about a meeting: finds the person's personal chat, composes the card, and
 * hands it to the ProactiveSender, whose DeliveryResult the scheduler records.
 */
export class ReminderSender {
  constructor(private readonly options: ReminderSenderOptions) {}

  private tenantAllowed(tenantId: string | undefined): boolean {
    const allowed = this.options.allowedTenants ?? [];
    return allowed.length === 0 || (!!tenantId && allowed.includes(tenantId.toLowerCase()));
  }

  deliver = async (entry: OutboxEntry, flags: { late: boolean }): Promise<DeliveryResult> => {
    const directory = (await this.options.directory.current())?.directory;
    if (!directory) return { outcome: 'retry', detail: 'no directory loaded' };
    const changes = (await this.options.changes?.()) ?? [];
    const meeting = meetingById(directory, entry.meetingId, changes);
    if (!meeting) return { outcome: 'skipped', detail: 'meeting no longer in the directory' };
    if (entry.kind === 'reminder' && meeting.cancelled)
      return { outcome: 'skipped', detail: 'meeting cancelled' };
    if (!entry.personId) {
      const reference = await this.options.channels?.get(entry.bodyId);
      if (!reference) return { outcome: 'skipped', detail: 'no registered channel' };
      if (!this.tenantAllowed(reference.conversation.tenantId))
        return { outcome: 'skipped', detail: 'tenant not allowed' };
      const language = languageFromLocale(reference.locale ?? directory.organisation.locale);
      const card = reminderReply({
        directory,
        meeting,
        language,
        late: flags.late,
        calendarUrl: this.options.calendarUrl?.(meeting.id),
        rsvp: false,
      });
      return this.send(reference, card);
    }
    if (
      entry.kind === 'reminder' &&
      (await this.options.rsvps.get(entry.meetingId, entry.personId))?.answer === 'no'
    ) {
      return { outcome: 'skipped', detail: 'declined' };
    }
    if (entry.kind === 'reminder' && this.options.preferences) {
      const preferences = await this.options.preferences.get(entry.personId);
      if (preferences.remindersOff) return { outcome: 'skipped', detail: 'reminders switched off' };
      if (preferences.awayUntil && entry.dueAt.slice(0, 10) <= preferences.awayUntil)
        return { outcome: 'skipped', detail: 'away' };
    }
    const chat = await this.options.conversations.personalChatOfPerson(entry.personId);
    if (!chat) {
      // A status card is wanted for as long as its round is open: it waits for the owner's first
      // chat instead of being lost (the scheduler skips it once the meeting has started).
      if (entry.kind === 'status')
        return { outcome: 'wait', detail: WAITING_FOR_CHAT, until: entry.startsAt };
      return { outcome: 'failed', detail: 'unreachable: no personal chat with the bot' };
    }
    // A chat stored before its tenant was taken off KOKOBOT_ALLOWED_TENANTS gets nothing more.
    if (!this.tenantAllowed(chat.tenantId))
      return { outcome: 'skipped', detail: 'tenant not allowed' };
    const staleChat = () => this.options.conversations.markStale(chat);
    const language = languageFromLocale(chat.reference.locale ?? directory.organisation.locale);
    if (entry.kind === 'status-report') {
      if (meeting.cancelled || !this.options.reports)
        return { outcome: 'skipped', detail: 'meeting cancelled' };
      const outcome = await this.options.reports.build({ meetingId: meeting.id }, language);
      if (outcome.kind !== 'report') return { outcome: 'skipped', detail: 'no report' };
      const body =
        directory.bodies.find((candidate) => candidate.id === meeting.body)?.name ?? meeting.body;
      const card = reportCard({
        result: outcome.result,
        language,
        lead: translator(language)('report.auto', { body }),
        links: this.options.reportLinks?.({ meetingId: meeting.id }, language),
      });
      return this.send(chat.reference, card, staleChat);
    }
    if (
      entry.kind === 'status' ||
      entry.kind === 'status-reminder' ||
      entry.kind === 'status-nudge'
    ) {
      if (meeting.cancelled) return { outcome: 'skipped', detail: 'meeting cancelled' };
      const ownerId = entry.offset.split(':')[1] ?? entry.personId;
      const goals = directory.goals.filter(
        (goal) => goal.body === meeting.body && goal.owner === ownerId,
      );
      if (goals.length === 0 || !this.options.statuses)
        return { outcome: 'skipped', detail: 'no goals to report' };
      const latest = await Promise.all(goals.map((goal) => this.options.statuses!.latest(goal.id)));
      if (entry.kind !== 'status' && latest.every((item) => item.update?.roundId === meeting.id)) {
        return { outcome: 'skipped', detail: 'already answered' };
      }
      const body =
        directory.bodies.find((candidate) => candidate.id === meeting.body)?.name ?? meeting.body;
      // Everyone who may answer sees their own state of the card (owner, deputy, coordinators).
      const owner = directory.people.find((person) => person.id === ownerId);
      const mayAnswer = [
        ownerId,
        owner?.deputy,
        ...directory.people.filter((person) => person.coordinator).map((person) => person.id),
      ].filter((id): id is string => !!id);
      const userIds = [
        ...new Set(
          [
            chat.aadObjectId,
            ...mayAnswer.map(
              (id) => directory.people.find((person) => person.id === id)?.aadObjectId,
            ),
            ...((await this.options.aadObjectIdsOf?.(mayAnswer)) ?? []),
          ].filter((id): id is string => !!id),
        ),
      ];
      const card = statusCard({
        language,
        roundId: meeting.id,
        bodyName: body,
        cardId: `${meeting.id}|${ownerId}`,
        ownerId: ownerId!,
        goals: goals.map((goal, index) => ({
          goalId: goal.id,
          title: goal.title,
          version: latest[index]!.version,
          values: valuesOf(latest[index]!.update),
        })),
        readOnly: false,
        userIds,
      });
      if (entry.kind !== 'status' && card.kind === 'card')
        card.text = `${translator(language)('status.reminder')} ${card.text}`;
      return this.send(chat.reference, card, staleChat);
    }
    if (entry.kind === 'unreachable') {
      const missing = (await this.options.outbox?.forMeeting(entry.meetingId)) ?? [];
      const names = [
        ...new Set(
          missing
            .filter(
              (row) =>
                row.kind === 'reminder' &&
                row.state === 'failed' &&
                (row.reason ?? '').startsWith('unreachable'),
            )
            .map(
              (row) =>
                directory.people.find((person) => person.id === row.personId)?.name ??
                row.personId ??
                '',
            ),
        ),
      ].sort();
      const body =
        directory.bodies.find((candidate) => candidate.id === meeting.body)?.name ?? meeting.body;
      const text = translator(language)('rem.unreachable', {
        count: names.length,
        body,
        names: names.join(', '),
      });
      return this.send(chat.reference, { kind: 'text', text }, staleChat);
    }
    const reply =
      entry.kind === 'moved' || entry.kind === 'cancelled'
        ? noticeReply(directory, meeting, entry.kind, language)
        : reminderReply({
            directory,
            meeting,
            language,
            late: flags.late,
            calendarUrl: this.options.calendarUrl?.(meeting.id),
          });

    return this.send(chat.reference, reply, staleChat);
  };

  private send(
    reference: StoredReference,
    reply: Reply,
    markStale?: () => Promise<void>,
  ): Promise<DeliveryResult> {
    return this.options.proactive.send(reference, reply, markStale);
  }
}
