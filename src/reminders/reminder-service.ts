import { DateTime } from 'luxon';
import type { DirectoryService } from '../directory/directory-service';
import type { Directory } from '../directory/model';
import type { Logger } from '../logging';
import {
  meetingById,
  scheduledMeetings,
  type MeetingChange,
  type ScheduledMeeting,
} from '../meetings/occurrences';
import type { OutboxEntry, OutboxRepository } from './outbox';
import {
  planReminders,
  planStatusRounds,
  type PersonPreferences,
  type PlannedReminder,
} from './plan';
import type { PreferencesRepository } from './preferences';
import type { ChannelRepository } from './channels';
import { reconcileOutbox, type ReconcileResult } from './reconcile';
import type { ReminderScheduler } from './scheduler';

/** Meetings from today over the horizon, and the reminders planned for them. Pure. */
export function planAhead(options: {
  directory: Directory;
  now: Date;
  changes?: MeetingChange[];
  horizonDays?: number;
  preferences?: Map<string, PersonPreferences>;
  channels?: Set<string>;
  /** Only this meeting, however far ahead or back it is (`kokobot reminders plan --meeting`). */
  meetingId?: string;
}): { meetings: ScheduledMeeting[]; planned: PlannedReminder[] } {
  const { directory } = options;
  const today = DateTime.fromJSDate(options.now, { zone: directory.organisation.timezone });
  const window = {
    from: today.toISODate()!,
    to: today.plus({ days: options.horizonDays ?? 120 }).toISODate()!,
  };
  const meetings = options.meetingId
    ? [meetingById(directory, options.meetingId, options.changes ?? [])].filter(
        (meeting): meeting is ScheduledMeeting => meeting !== undefined,
      )
    : scheduledMeetings(directory, window, options.changes ?? []);
  const input = {
    directory,
    meetings,
    preferences: options.preferences,
    channels: options.channels,
  };
  return { meetings, planned: [...planReminders(input), ...planStatusRounds(input)] };
}

export interface ReminderServiceOptions {
  directory: DirectoryService;
  outbox: OutboxRepository;
  scheduler: ReminderScheduler;
  logger: Logger;
  changes?: () => Promise<MeetingChange[]>;
  preferences?: PreferencesRepository;
  channels?: ChannelRepository;
  clock?: () => Date;
  /** How far ahead meetings are planned. */
  horizonDays?: number;
}

/**
 * Keeps the outbox in line with the directory (after every import, and every few minutes) and
 * runs this instance's scheduler loop.
 */
export class ReminderService {
  private reconciledVersion?: string;
  private reconciledAt = 0;
  private timer?: NodeJS.Timeout;
  private stopped = true;
  private running?: Promise<number>;
  private loop?: () => Promise<void>;
  private wakeAgain = false;

  constructor(private readonly options: ReminderServiceOptions) {}

  private now(): Date {
    return this.options.clock?.() ?? new Date();
  }

  /** The meetings in the planning window and the reminders planned for them. */
  async plan(): Promise<{ meetings: ScheduledMeeting[]; planned: PlannedReminder[] }> {
    const snapshot = await this.options.directory.current();
    if (!snapshot) return { meetings: [], planned: [] };
    return planAhead({
      directory: snapshot.directory,
      now: this.now(),
      changes: (await this.options.changes?.()) ?? [],
      horizonDays: this.options.horizonDays,
      preferences: await this.options.preferences?.all(),
      channels: await this.options.channels?.bodies(),
    });
  }

  async reconcile(): Promise<ReconcileResult> {
    const snapshot = await this.options.directory.current();
    if (!snapshot) return { added: 0, skipped: 0, notices: 0 };
    const { meetings, planned } = await this.plan();
    const zone = snapshot.directory.organisation.timezone;
    const result = await reconcileOutbox({
      outbox: this.options.outbox,
      planned,
      meetings,
      now: this.now(),
      instanceId: this.options.scheduler.instanceId,
      startsAt: (meeting) => DateTime.fromISO(meeting.start, { zone }).toUTC().toISO()!,
    });
    this.reconciledVersion = snapshot.version;
    this.reconciledAt = this.now().getTime();
    if (result.added || result.skipped || result.notices)
      this.options.logger.info({ ...result }, 'reminder outbox reconciled');
    return result;
  }

  /** One round: reconcile when the directory changed (or every `reconcileMs`), then send what is due. */
  async round(reconcileMs = 5 * 60_000): Promise<number> {
    const version = (await this.options.directory.current())?.version;
    if (
      version !== this.reconciledVersion ||
      this.now().getTime() - this.reconciledAt >= reconcileMs
    )
      await this.reconcile();
    const done = await this.options.scheduler.tick();
    // Only a pass that finished rows can have found someone unreachable.
    if (done > 0) await this.reportUnreachable();
    return done;
  }

  /**
   * Members the bot could not reach are reported to the coordinators once per meeting (an outbox
   * row per coordinator, keyed by the meeting, so every instance may try and only one row exists).
   */
  async reportUnreachable(): Promise<number> {
    const snapshot = await this.options.directory.current();
    if (!snapshot) return 0;
    const coordinators = snapshot.directory.people.filter((person) => person.coordinator);
    const byMeeting = new Map<string, OutboxEntry>();
    for (const entry of await this.options.outbox.unreachable())
      if (!byMeeting.has(entry.meetingId)) byMeeting.set(entry.meetingId, entry);
    const now = this.now().toISOString();
    const reports: OutboxEntry[] = [];
    for (const entry of byMeeting.values()) {
      for (const coordinator of coordinators) {
        reports.push({
          ...entry,
          kind: 'unreachable',
          offset: 'P0D',
          recipient: `person:${coordinator.id}`,
          personId: coordinator.id,
          state: 'pending',
          dueAt: now,
          nextAttemptAt: now,
          attempts: 0,
          history: [],
          reason: undefined,
          claimedBy: undefined,
          leaseUntil: undefined,
          sentAt: undefined,
          activityId: undefined,
          etag: undefined,
        });
      }
    }
    return reports.length ? this.options.outbox.addMissing(reports) : 0;
  }

  start(options: { pollMs: number; reconcileMs?: number }): void {
    this.stopped = false;
    const loop = async () => {
      if (this.stopped) return;
      this.timer = undefined;
      this.wakeAgain = false;
      this.running = this.round(options.reconcileMs).catch((error: unknown) => {
        this.options.logger.warn(
          { err: { code: (error as { code?: string })?.code } },
          'reminder round failed; will retry',
        );
        return 0;
      });
      const done = await this.running;
      this.running = undefined;
      // A round that finished rows may have left more due (a fan-out larger than one batch):
      // the next round starts at once, and the rate limiter sets the pace.
      const again = this.wakeAgain || done > 0;
      if (!this.stopped) this.timer = setTimeout(loop, again ? 0 : options.pollMs);
    };
    this.loop = loop;
    this.timer = setTimeout(loop, 0);
  }

  /**
   * Something was just queued for now (a forwarded question, an answer): run a round at once
   * instead of at the next poll. A round in progress is followed by another one right away.
   */
  wake(): void {
    if (this.stopped || !this.loop) return;
    if (this.running) {
      this.wakeAgain = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(this.loop, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.options.scheduler.stop();
    await this.running;
  }
}
