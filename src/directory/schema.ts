import { DateTime, Duration, IANAZone } from 'luxon';
import { rrulestr } from 'rrule';
import { z } from 'zod';
import { guidSchema } from '../guid';

/**
 * The directory file format (one human-editable YAML file). Objects are strict: an unknown key is
 * an error, so a typo never silently drops data. Cross-references are checked in references.ts.
 * Messages are keys of the directory catalogue (src/i18n/directory.ts), worded in parse.ts.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

const id = z.string({ error: 'schema.id' }).regex(ID_PATTERN, 'schema.id.format');
function text(max: number) {
  return (
    z
      .string({ error: 'schema.text' })
      .trim()
      .min(1, 'schema.text.empty')
      .max(max, 'schema.text.long')
      // Line and paragraph separators become plain line breaks (Azurite fails a batch holding them).
      .transform((value) => value.replace(/[\u2028\u2029]/g, '\n'))
  );
}
const idList = z.array(id, { error: 'schema.idList' }).default([]);
const aliasList = z.array(text(60), { error: 'schema.names' }).default([]);

export const localDate = z
  .string({ error: 'schema.date' })
  .refine(
    (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid,
    'schema.date.invalid',
  );

export const localDateTime = z
  .string({ error: 'schema.dateTime' })
  .refine(
    (value) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value) && DateTime.fromISO(value).isValid,
    'schema.dateTime.invalid',
  );

const isoDuration = z.string({ error: 'schema.duration' }).refine((value) => {
  const duration = Duration.fromISO(value);
  return duration.isValid && duration.as('milliseconds') > 0;
}, 'schema.duration.invalid');

export const organisationSchema = z.strictObject({
  name: text(200),
  timezone: z
    .string({ error: 'schema.timezone' })
    .refine((zone) => IANAZone.isValidZone(zone), 'schema.timezone.unknown'),
  locale: z
    .string({ error: 'schema.locale' })
    .regex(/^(de|en)(-[A-Z]{2})?$/, 'schema.locale.invalid'),
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
        error: 'schema.state',
      },
    )
    .default('NW'),
});

const clockTime = z
  .string({ error: 'schema.time' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'schema.time.invalid');

/** A recurring meeting series: RRULE (RFC 5545) from a first day, at fixed local times. */
export const scheduleSchema = z
  .strictObject({
    rrule: z.string({ error: 'schema.rrule' }).refine((rule) => {
      try {
        return (
          !/DTSTART|UNTIL=.*T/i.test(rule) &&
          rrulestr(`RRULE:${rule.replace(/^RRULE:/i, '')}`) !== undefined
        );
      } catch {
        return false;
      }
    }, 'schema.rrule.invalid'),
    from: localDate,
    until: localDate.optional(),
    start: clockTime,
    end: clockTime,
    location: text(300),
    online: z.url({ protocol: /^https?$/, error: 'schema.url' }).optional(),
    agenda: z.array(text(500), { error: 'schema.agenda' }).default([]),
  })
  .refine((schedule) => schedule.start < schedule.end, {
    message: 'schema.endBeforeStart',
    path: ['end'],
  });

export const ACTOR_KINDS = ['city', 'school-authority', 'partner', 'network', 'external'] as const;

export const actorSchema = z.strictObject({
  id,
  name: text(200),
  aliases: aliasList,
  kind: z.enum(ACTOR_KINDS, { error: 'schema.oneOf' }),
  description: text(2000),
  partners: idList,
});

export const personSchema = z.strictObject({
  id,
  name: text(120),
  actor: id,
  role: text(200),
  email: z.email({ error: 'schema.email' }),
  aadObjectId: guidSchema('schema.guid').optional(),
  deputy: id.optional(),
  coordinator: z.boolean({ error: 'schema.boolean' }).default(false),
});

export const chairSchema = z
  .strictObject({ person: id, from: localDate, to: localDate })
  .refine((chair) => chair.from <= chair.to, { message: 'schema.chair.order', path: ['to'] });

export const bodySchema = z.strictObject({
  id,
  name: text(200),
  aliases: aliasList,
  purpose: text(2000),
  field: id.optional(),
  members: idList,
  chairs: z.array(chairSchema, { error: 'schema.chairs' }).default([]),
  reminders: z.array(isoDuration, { error: 'schema.reminders' }).default(['P7D', 'P1D']),
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
      { message: 'schema.statusRound.order' },
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
    online: z.url({ protocol: /^https?$/, error: 'schema.url' }).optional(),
    agenda: z.array(text(500), { error: 'schema.agenda' }).default([]),
  })
  .refine(
    (meeting) => {
      const start = DateTime.fromISO(meeting.start);
      const end = DateTime.fromISO(meeting.end);
      return !start.isValid || !end.isValid || start < end;
    },
    {
      message: 'schema.endBeforeStart',
      path: ['end'],
    },
  );

export const directorySchema = z.strictObject({
  organisation: organisationSchema,
  actors: z.array(actorSchema, { error: 'schema.list' }).default([]),
  people: z.array(personSchema, { error: 'schema.list' }).default([]),
  bodies: z.array(bodySchema, { error: 'schema.list' }).default([]),
  fields: z.array(fieldSchema, { error: 'schema.list' }).default([]),
  goals: z.array(goalSchema, { error: 'schema.list' }).default([]),
  meetings: z.array(meetingSchema, { error: 'schema.list' }).default([]),
});
