import { DateTime, Duration, IANAZone } from 'luxon';
import { rrulestr } from 'rrule';
import { z } from 'zod';

/**
 * The directory file format (one human-editable YAML file). Objects are strict: an unknown key is
 * an error, so a typo never silently drops data. Cross-references are checked in references.ts.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

const id = z
  .string({ error: 'must be an id (text)' })
  .regex(ID_PATTERN, 'must be a short id: letters, digits, ".", "_" or "-", at most 40 characters');
function text(max: number) {
  return (
    z
      .string({ error: 'must be text' })
      .trim()
      .min(1, 'must not be empty')
      .max(max, `must be at most ${max} characters`)
      // Line and paragraph separators become plain line breaks (Azurite fails a batch holding them).
      .transform((value) => value.replace(/[\u2028\u2029]/g, '\n'))
  );
}
const idList = z.array(id, { error: 'must be a list of ids' }).default([]);
const aliasList = z.array(text(60), { error: 'must be a list of names' }).default([]);

export const localDate = z
  .string({ error: 'must be a date such as 2027-03-31' })
  .refine(
    (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid,
    'not a date (expected YYYY-MM-DD, e.g. 2027-03-31)',
  );

export const localDateTime = z
  .string({ error: 'must be a local date-time such as 2027-03-31T10:00' })
  .refine(
    (value) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value) && DateTime.fromISO(value).isValid,
    'not a date-time (expected local time YYYY-MM-DDTHH:MM without offset, e.g. 2027-03-31T10:00)',
  );

const isoDuration = z
  .string({ error: 'must be an ISO-8601 duration such as P7D or PT2H' })
  .refine((value) => {
    const duration = Duration.fromISO(value);
    return duration.isValid && duration.as('milliseconds') > 0;
  }, 'not a positive ISO-8601 duration (e.g. P7D, P1D, PT2H)');

export const organisationSchema = z.strictObject({
  name: text(200),
  timezone: z
    .string({ error: 'must be an IANA time zone such as Europe/Berlin' })
    .refine(
      (zone) => IANAZone.isValidZone(zone),
      'not a known IANA time zone (e.g. Europe/Berlin)',
    ),
  locale: z
    .string({ error: 'must be a locale such as de-DE' })
    .regex(/^(de|en)(-[A-Z]{2})?$/, 'must be a German or English locale such as de-DE or en-GB'),
  /** German state whose public holidays move reminders (ISO 3166-2 code without "DE-"). */
  state: z
    .enum(
      [
        'BW',
        'BY',
        'BE',
        'BB',
        'HB',
        'HH',
        'HE',
        'MV',
        'NI',
        'NW',
        'RP',
        'SL',
        'SN',
        'ST',
        'SH',
        'TH',
      ],
      {
        error: 'must be a German state code such as NW, BY or BE',
      },
    )
    .default('NW'),
});

const clockTime = z
  .string({ error: 'must be a time such as 10:00' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'not a time (expected HH:MM, e.g. 10:00)');

/** A recurring meeting series: RRULE (RFC 5545) from a first day, at fixed local times. */
export const scheduleSchema = z
  .strictObject({
    rrule: z.string({ error: 'must be an RRULE such as FREQ=MONTHLY;BYDAY=2WE' }).refine((rule) => {
      try {
        return (
          !/DTSTART|UNTIL=.*T/i.test(rule) &&
          rrulestr(`RRULE:${rule.replace(/^RRULE:/i, '')}`) !== undefined
        );
      } catch {
        return false;
      }
    }, 'not a valid RRULE (e.g. FREQ=MONTHLY;BYDAY=2WE or FREQ=WEEKLY;INTERVAL=6;BYDAY=TU), without DTSTART'),
    from: localDate,
    until: localDate.optional(),
    start: clockTime,
    end: clockTime,
    location: text(300),
    online: z.url({ protocol: /^https?$/, error: 'not a web link (https://…)' }).optional(),
    agenda: z.array(text(500), { error: 'must be a list of agenda items' }).default([]),
  })
  .refine((schedule) => schedule.start < schedule.end, {
    message: 'must be after start',
    path: ['end'],
  });

export const ACTOR_KINDS = ['city', 'school-authority', 'partner', 'network', 'external'] as const;

export const actorSchema = z.strictObject({
  id,
  name: text(200),
  aliases: aliasList,
  kind: z.enum(ACTOR_KINDS, { error: `must be one of ${ACTOR_KINDS.join(', ')}` }),
  description: text(2000),
  partners: idList,
});

export const personSchema = z.strictObject({
  id,
  name: text(120),
  actor: id,
  role: text(200),
  email: z.email({ error: 'not an e-mail address' }),
  aadObjectId: z.uuid({ error: 'not an AAD object id (a GUID)' }).optional(),
  deputy: id.optional(),
  coordinator: z.boolean({ error: 'must be true or false' }).default(false),
});

export const chairSchema = z
  .strictObject({ person: id, from: localDate, to: localDate })
  .refine((chair) => chair.from <= chair.to, { message: '"to" is before "from"', path: ['to'] });

export const bodySchema = z.strictObject({
  id,
  name: text(200),
  aliases: aliasList,
  purpose: text(2000),
  field: id.optional(),
  members: idList,
  chairs: z.array(chairSchema, { error: 'must be a list of { person, from, to }' }).default([]),
  reminders: z
    .array(isoDuration, { error: 'must be a list of durations such as [P7D, P1D]' })
    .default(['P7D', 'P1D']),
  schedule: scheduleSchema.optional(),
  /** For bodies that steer goals: when the status round opens, reminds and reports before a meeting. */
  statusRound: z
    .strictObject({
      opens: isoDuration.default('P10D'),
      reminder: isoDuration.default('P3D'),
      report: isoDuration.default('P1D'),
    })
    .refine(
      (round) =>
        Duration.fromISO(round.reminder) < Duration.fromISO(round.opens) &&
        Duration.fromISO(round.report) < Duration.fromISO(round.opens),
      { message: 'reminder and report must come after the round opens (shorter than "opens")' },
    )
    .optional(),
});

export const fieldSchema = z.strictObject({
  id,
  name: text(200),
  aliases: aliasList,
  description: text(2000),
});

export const goalSchema = z.strictObject({
  id,
  field: id,
  title: text(200),
  what: text(2000),
  why: text(2000),
  owner: id,
  partners: idList,
  due: localDate,
  body: id,
});

export const meetingSchema = z
  .strictObject({
    id,
    body: id,
    start: localDateTime,
    end: localDateTime,
    location: text(300),
    online: z.url({ protocol: /^https?$/, error: 'not a web link (https://…)' }).optional(),
    agenda: z.array(text(500), { error: 'must be a list of agenda items' }).default([]),
  })
  .refine(
    (meeting) => {
      const start = DateTime.fromISO(meeting.start);
      const end = DateTime.fromISO(meeting.end);
      return !start.isValid || !end.isValid || start < end;
    },
    {
      message: 'must be after start',
      path: ['end'],
    },
  );

export const directorySchema = z.strictObject({
  organisation: organisationSchema,
  actors: z.array(actorSchema, { error: 'must be a list' }).default([]),
  people: z.array(personSchema, { error: 'must be a list' }).default([]),
  bodies: z.array(bodySchema, { error: 'must be a list' }).default([]),
  fields: z.array(fieldSchema, { error: 'must be a list' }).default([]),
  goals: z.array(goalSchema, { error: 'must be a list' }).default([]),
  meetings: z.array(meetingSchema, { error: 'must be a list' }).default([]),
});
