import { DateTime } from 'luxon';
import { MONTHS, parseDay, WEEKDAYS } from '../language/dates-in-text';
import type { RsvpAnswer } from './rsvp';

/**
 * Free text about coming to a meeting, pure: "Ich kann am 9.12. nicht kommen", "bin am Mittwoch
 * verhindert", "I can't make it on 9 Dec", "meine Vertretung kommt zur SG". Read as an intent (the
 * words of coming, not coming, sending a deputy) and a reference to a day ("9.12.", "9 Dec",
 * "Mittwoch", "morgen"); which meeting that is, is decided by whoever knows the asker's meetings.
 * Questions ("Wer kann am 9.12. nicht?") are not statements about oneself and are left alone.
 */
export interface RsvpIntent {
  answer: RsvpAnswer;
  /** ISO date the text names, when it names one. */
  day?: string;
  /** "die nächste Sitzung", "next meeting": the asker's next meeting (or the named body's). */
  next: boolean;
}

const QUESTION =
  /^(wer|wann|wie|was|wo|warum|welche\w*|kann man|who|when|how|what|where|why|which|can i)\b/;
const DEPUTY =
  /\b(vertretung kommt|vertreter\w* kommt|schicke (eine |meine )?vertret\w*|kommt (mein|meine) vertret\w*|(send|sending) (a |my )?(deputy|substitute)|my (deputy|substitute) (will|is) (come|coming|attend\w*))\b/;
const DECLINE =
  /\b(nicht (kommen|teilnehmen|dabei sein|da sein|erscheinen|teilnehmen koennen|kommen koennen)|kann nicht|koennen nicht|verhindert|sage ab|sagen ab|muss absagen|absagen muss|schaffe es nicht|schaffe das nicht|komme nicht|bin nicht da|nicht dabei|cant (make|come|attend)|can t (make|come|attend)|cannot (make|come|attend)|won t (make|be there|come)|will not (make|be there|come)|unable to (attend|come|make)|not be able to (attend|come|make)|will miss|have to miss)\b/;
const ACCEPT =
  /\b(ich komme|komme gern\w*|bin dabei|nehme teil|werde (da sein|kommen|teilnehmen)|i ll be there|i will be there|i ll come|i will come|i will attend|i ll attend|count me in)\b/;
const NEXT = /\b(naechste\w* (sitzung|treffen|termin)|next (meeting|session))\b/;

/** The intent of a folded text, relative to today (ISO, the organisation's zone); else undefined. */
export function rsvpIntentOf(folded: string, today: string): RsvpIntent | undefined {
  if (QUESTION.test(folded)) return undefined;
  const answer: RsvpAnswer | undefined = DEPUTY.test(folded)
    ? 'deputy'
    : DECLINE.test(folded)
      ? 'no'
      : ACCEPT.test(folded)
        ? 'yes'
        : undefined;
  if (!answer) return undefined;
  return { answer, day: dayIn(folded, today), next: NEXT.test(folded) };
}

/** "9.12." / "2026-12-09" / "9 Dec" / "December 9" / "Mittwoch" / "morgen": the next such day. */
function dayIn(folded: string, today: string): string | undefined {
  const named = parseDay(folded, today, { rollForward: true });
  if (named) return named;
  const start = DateTime.fromISO(today);
  const dayMonth =
    folded.match(/\b(\d{1,2})\.? ([a-z]+)\b/) ?? folded.match(/\b([a-z]+) (\d{1,2})\b(?!\.\d)/);
  if (dayMonth) {
    const [day, month] = MONTHS[dayMonth[2]!]
      ? [dayMonth[1], dayMonth[2]]
      : [dayMonth[2], dayMonth[1]];
    const monthNumber = MONTHS[month!];
    if (monthNumber) {
      let date = DateTime.fromObject({ year: start.year, month: monthNumber, day: Number(day) });
      if (date.isValid && date < start) date = date.plus({ years: 1 });
      if (date.isValid) return date.toISODate()!;
    }
  }
  if (/\b(uebermorgen|day after tomorrow)\b/.test(folded))
    return start.plus({ days: 2 }).toISODate()!;
  if (/\b(morgen|tomorrow)\b/.test(folded)) return start.plus({ days: 1 }).toISODate()!;
  if (/\b(heute|today)\b/.test(folded)) return today;
  for (const [name, weekday] of Object.entries(WEEKDAYS)) {
    if (!new RegExp(`\\b${name}\\b`).test(folded)) continue;
    return start.plus({ days: (weekday - start.weekday + 7) % 7 }).toISODate()!;
  }
  return undefined;
}
