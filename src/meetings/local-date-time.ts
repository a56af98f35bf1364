import { DateTime } from 'luxon';
import { z } from 'zod';

/**
 * A wall-clock date and time as meetings carry it ("2026-12-16T10:00", the organisation's time
 * zone implied): the shape, and a date and time that exist on the calendar (no 30 February, no
 * 25:00). One definition for card values, stored changes and typed commands.
 */
export const localDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)
  .refine((value) => DateTime.fromISO(value).isValid, { message: 'not a real date and time' });

/** A move's new times: both given, both real, the end after the start. */
export const movedTimesSchema = z
  .object({ start: localDateTimeSchema, end: localDateTimeSchema })
  .refine(({ start, end }) => end > start, { message: 'the end must be after the start' });

/** Hours and minutes typed by a person ("10:00", "9:30"); undefined when there is no such time. */
export function wallClock(text: string): { hour: number; minute: number } | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  return hour <= 23 && minute <= 59 ? { hour, minute } : undefined;
}
