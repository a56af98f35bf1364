import { DateTime, Duration } from 'luxon';
import type { ConversationRepository } from '../conversations/model';
import type { Directory } from '../directory/model';
import type { CliMessageKey, CliTranslate } from '../i18n/cli';
import type { Language } from '../i18n/index';
import { outboxRowKey, type OutboxEntry, type OutboxState } from '../reminders/outbox';
import { graceMs, waitsForChat, type PlannedReminder } from '../reminders/plan';

/**
 * Where a planned row stands. `planned`: not in the outbox yet, still ahead; `missed`: its time
 * has passed and it will never be sent (the outbox only takes rows still ahead, and the scheduler
 * drops rows past their grace); `waiting-for-chat`: a status card of an open round held until its
 * owner first chats with the bot; otherwise the outbox row's own state.
 */
export type PlanState = 'planned' | 'missed' | 'waiting-for-chat' | OutboxState;

/** One line of `kokobot reminders plan`; codes for scripts (--json), worded by formatPlan. */
export interface PlanLine {
  kind: NonNullable<PlannedReminder['kind']>;
  meeting: string;
  body: string;
  /** The ISO duration before the meeting (P7D). */
  offset: string;
  recipient: string;
  /** For status-round rows: the goal owner the card is about (the recipient may be a deputy). */
  owner?: string;
  channel: 'personal' | 'team' | 'unreachable';
  /** The due instant (ISO, UTC) and the same in the organisation's time zone. */
  dueAt: string;
  dueLocal: string;
  state: PlanState;
  reason?: string;
}

function stateOf(
  entry: OutboxEntry | undefined,
  planned: PlannedReminder,
  options: { now: Date; reachable: boolean },
): PlanState {
  const { now } = options;
  if (waitsForChat(planned, entry, options)) return 'waiting-for-chat';
  const late = Date.parse(planned.dueAt) + graceMs(planned.offset) < now.getTime();
  if (!entry) return Date.parse(planned.dueAt) < now.getTime() - 60_000 ? 'missed' : 'planned';
  if (entry.state === 'pending' && late) return 'missed';
  return entry.state;
}

export async function planLines(options: {
  directory: Directory;
  planned: PlannedReminder[];
  outbox: OutboxEntry[];
  conversations: ConversationRepository;
  now: Date;
}): Promise<PlanLine[]> {
  const { directory } = options;
  const zone = directory.organisation.timezone;
  const byKey = new Map(options.outbox.map((entry) => [outboxRowKey(entry), entry]));
  const reachable = new Map<string, boolean>();
  const nameOf = (id: string) => directory.people.find((person) => person.id === id)?.name ?? id;
  const lines: PlanLine[] = [];
  for (const planned of options.planned) {
    const kind = planned.kind ?? 'reminder';
    const entry = byKey.get(outboxRowKey({ ...planned, kind }));
    let channel: PlanLine['channel'] = 'team';
    if (planned.personId) {
      if (!reachable.has(planned.personId)) {
        const chat = await options.conversations.personalChatOfPerson(planned.personId);
        reachable.set(planned.personId, !!chat);
      }
      channel = reachable.get(planned.personId) ? 'personal' : 'unreachable';
    }
    const [offset, ownerId] = planned.offset.split(':');
    lines.push({
      kind,
      meeting: planned.meetingId,
      body: directory.bodies.find((body) => body.id === planned.bodyId)?.name ?? planned.bodyId,
      offset: offset!,
      recipient: planned.personId ? nameOf(planned.personId) : planned.recipient,
      owner: ownerId ? nameOf(ownerId) : undefined,
      channel,
      dueAt: planned.dueAt,
      dueLocal: DateTime.fromISO(planned.dueAt)
        .setZone(zone)
        .toISO({ suppressMilliseconds: true })!,
      state: stateOf(entry, planned, {
        now: options.now,
        reachable: !!planned.personId && !!reachable.get(planned.personId),
      }),
      reason: entry?.reason,
    });
  }
  return lines.sort(
    (a, b) => a.dueAt.localeCompare(b.dueAt) || a.recipient.localeCompare(b.recipient),
  );
}

/** „7 Tage vorher“, „2 Stunden vorher“. */
function before(offset: string, t: CliTranslate): string {
  const duration = Duration.fromISO(offset);
  const days = duration.as('days');
  const hours = duration.as('hours');
  if (Number.isInteger(days) && days >= 1) return t('plan.before.days', { count: days });
  if (Number.isInteger(hours) && hours >= 1) return t('plan.before.hours', { count: hours });
  return t('plan.before.minutes', { count: Math.round(duration.as('minutes')) });
}

const STATE_KEYS: Record<PlanState, CliMessageKey> = {
  planned: 'plan.state.planned',
  missed: 'plan.state.missed',
  'waiting-for-chat': 'plan.state.waitingForChat',
  pending: 'plan.state.pending',
  sending: 'plan.state.sending',
  sent: 'plan.state.sent',
  failed: 'plan.state.failed',
  skipped: 'plan.state.skipped',
};

const CHANNEL_KEYS: Record<PlanLine['channel'], CliMessageKey> = {
  personal: 'plan.channel.personal',
  team: 'plan.channel.team',
  unreachable: 'plan.channel.unreachable',
};

/** The plan as a table for people: words for kinds, durations and states, local wall-clock times. */
export function formatPlan(lines: PlanLine[], options: { t: CliTranslate; language: Language }) {
  const { t, language } = options;
  if (lines.length === 0) return t('plan.none');
  const columns = ['kind', 'meeting', 'offset', 'recipient', 'channel', 'due', 'state'] as const;
  const cells = lines.map((line) => {
    const due = DateTime.fromISO(line.dueLocal, { setZone: true }).setLocale(language);
    const state = t(STATE_KEYS[line.state] ?? 'plan.state.pending');
    return {
      kind: t(`plan.kind.${line.kind}`, { owner: line.owner ?? line.recipient }),
      meeting: line.meeting,
      offset: before(line.offset, t),
      recipient: line.recipient,
      channel: t(CHANNEL_KEYS[line.channel]),
      due: t('plan.due', {
        date: due.toFormat(language === 'de' ? 'cccc, d.M.yyyy' : 'cccc d MMM yyyy'),
        time: due.toFormat('HH:mm'),
      }),
      // A row waiting for a chat says so in its state; the outbox's reason would repeat it in English.
      state:
        line.reason && line.state !== 'waiting-for-chat'
          ? t('plan.reason', { state, reason: line.reason })
          : state,
    };
  });
  const titles = columns.map((column) => t(`plan.header.${column}`));
  const widths = columns.map((column, i) =>
    Math.max(titles[i]!.length, ...cells.map((cell) => cell[column].length)),
  );
  const row = (values: readonly string[]) =>
    values
      .map((value, i) => value.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [titles, ...cells.map((cell) => columns.map((column) => cell[column]))]
    .map(row)
    .join('\n');
}
