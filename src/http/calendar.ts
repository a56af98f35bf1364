import { createHmac, timingSafeEqual } from 'node:crypto';
import ical from 'ical-generator';
import { DateTime } from 'luxon';
import type { Directory, Meeting } from '../directory/model';
import { Memo } from '../memo';

/**
 * "Add to calendar" links: /calendar/<meeting>.ics?t=<token>, where the token is an HMAC of the
 * meeting id under a secret shared by all instances, so links cannot be guessed or altered.
 */
export class CalendarLinks {
  constructor(private readonly options: { secret: string; baseUrl: () => string | undefined }) {}

  token(meetingId: string): string {
    return this.tokens.get(meetingId, () =>
      createHmac('sha256', this.options.secret)
        .update(`meeting:${meetingId}`)
        .digest('base64url')
        .slice(0, 32),
    );
  }

  /** Answers link the same meetings again and again; the secret does not change. */
  private readonly tokens = new Memo<string>(5_000);

  urlFor(meetingId: string): string | undefined {
    const base = this.options.baseUrl();
    if (!base) return undefined;
    return `${base.replace(/\/$/, '')}/calendar/${encodeURIComponent(meetingId)}.ics?t=${this.token(meetingId)}`;
  }

  verify(meetingId: string, token: string | undefined): boolean {
    if (!token) return false;
    const expected = Buffer.from(this.token(meetingId));
    const given = Buffer.from(token);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}

/** The iCalendar file of one meeting (times in UTC, computed from the organisation's zone). */
export function meetingIcs(directory: Directory, meeting: Meeting): string {
  const zone = directory.organisation.timezone;
  const body = directory.bodies.find((candidate) => candidate.id === meeting.body);
  const calendar = ical({
    name: body?.name ?? meeting.body,
    prodId: { company: 'kokobot', product: 'kokobot' },
  });
  calendar.createEvent({
    id: `${meeting.id}@kokobot`,
    start: DateTime.fromISO(meeting.start, { zone }).toJSDate(),
    end: DateTime.fromISO(meeting.end, { zone }).toJSDate(),
    summary: body?.name ?? meeting.body,
    location: meeting.location,
    description: meeting.agenda.map((item) => `- ${item}`).join('\n') || undefined,
    url: meeting.online,
  });
  return calendar.toString();
}
