import { DateTime } from 'luxon';
import type { ConversationRepository } from '../conversations/model';
import type { Directory } from '../directory/model';
import { outboxRowKey, type OutboxEntry } from '../reminders/outbox';
import { waitsForChat, type PlannedReminder } from '../reminders/plan';

/** One line of `kokobot reminders plan`. */
export interface PlanLine {
  kind: string;
  meeting: string;
  body: string;
  offset: string;
  recipient: string;
  /** How it will be delivered: the person's personal chat, or why it cannot be. */
  channel: string;
  dueLocal: string;
  state: string;
}

export async function planLines(options: {
  directory: Directory;
  planned: PlannedReminder[];
  outbox: OutboxEntry[];
  conversations: ConversationRepository;
  meetingId?: string;
  now?: Date;
}): Promise<PlanLine[]> {
  const { directory } = options;
  const zone = directory.organisation.timezone;
  const byKey = new Map(options.outbox.map((entry) => [outboxRowKey(entry), entry]));
  const reachable = new Map<string, boolean>();
  const lines: PlanLine[] = [];
  for (const planned of options.planned) {
    if (options.meetingId && planned.meetingId !== options.meetingId) continue;
    const entry = byKey.get(outboxRowKey({ ...planned, kind: planned.kind ?? 'reminder' }));
    let channel = 'team channel';
    if (planned.personId) {
      if (!reachable.has(planned.personId)) {
        reachable.set(
          planned.personId,
          !!(await options.conversations.personalChatOfPerson(planned.personId)),
        );
      }
      channel = reachable.get(planned.personId)
        ? 'personal chat'
        : 'unreachable (no chat with the bot)';
    }
    lines.push({
      kind: planned.kind ?? 'reminder',
      meeting: planned.meetingId,
      body: directory.bodies.find((body) => body.id === planned.bodyId)?.name ?? planned.bodyId,
      offset: planned.offset,
      recipient: planned.personId
        ? (directory.people.find((person) => person.id === planned.personId)?.name ??
          planned.personId)
        : planned.recipient,
      channel,
      dueLocal: DateTime.fromISO(planned.dueAt).setZone(zone).toFormat('yyyy-MM-dd HH:mm ZZZZ'),
      state: waitsForChat(planned, entry, {
        reachable: !!planned.personId && !!reachable.get(planned.personId),
        now: options.now ?? new Date(),
      })
        ? 'wartet auf einen Chat'
        : entry
          ? `${entry.state}${entry.reason ? ` (${entry.reason})` : ''}`
          : 'not yet in the outbox',
    });
  }
  return lines.sort(
    (a, b) => a.dueLocal.localeCompare(b.dueLocal) || a.recipient.localeCompare(b.recipient),
  );
}

export function formatPlan(lines: PlanLine[]): string {
  if (lines.length === 0) return 'No reminders planned.';
  const headers: (keyof PlanLine)[] = [
    'kind',
    'meeting',
    'offset',
    'recipient',
    'channel',
    'dueLocal',
    'state',
  ];
  const titles: Record<string, string> = {
    kind: 'KIND',
    meeting: 'MEETING',
    offset: 'OFFSET',
    recipient: 'RECIPIENT',
    channel: 'CHANNEL',
    dueLocal: 'DUE (LOCAL)',
    state: 'STATE',
  };
  const widths = headers.map((header) =>
    Math.max(titles[header]!.length, ...lines.map((line) => line[header].length)),
  );
  const row = (values: string[]) =>
    values
      .map((value, i) => value.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [
    row(headers.map((header) => titles[header]!)),
    ...lines.map((line) => row(headers.map((header) => line[header]))),
  ].join('\n');
}
