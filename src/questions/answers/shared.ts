/*
 * The answer composers: one file per kind of record asked about (body, meeting, goal, person,
 * institution, field), the lists (goals, upcoming meetings), asking back and "no answer", and the
 * helpers they share (this file). Pure: from the context to a Reply. They import the question core
 * (directory index, facts), i18n and the card data types; compose.ts picks the composer.
 */
import { DateTime } from 'luxon';
import type { Language, Translate } from '../../i18n';
import { longDate, shortDate } from '../../i18n/dates';
import type { ListSection } from '../../teams/cards/card-data';
import type { Reply } from '../../teams/reply';
import type { DirectoryIndex, RefKey } from '../../language/directory-index';
import { joinBounded } from '../../language/lists';

export interface ComposeContext {
  index: DirectoryIndex;
  t: Translate;
  language: Language;
  /** Now, in the organisation's time zone. */
  now: DateTime;
  /** Signed link to a meeting's .ics file, when the bot has a public address. */
  calendarUrl?: (meetingId: string) => string | undefined;
  askerId?: string;
  /** The question as typed, carried on buttons that answer it later. */
  question: string;
  /** "Meine Ziele": the asker's goals in the status rounds open now. */
  ownGoals?: { goalId: string; roundId?: string; reported?: string; version: string }[];
  /** Answers to the next meeting, loaded only for someone allowed to see them. */
  attendance?: {
    allowed: boolean;
    answers: { personId: string; answer: 'yes' | 'no' | 'deputy' }[];
  };
}

export interface Answer {
  reply: Reply;
  subject?: RefKey;
}

export function withSubject(reply: Reply, subject: RefKey | undefined): Answer {
  return { reply, subject };
}

export function section_(heading: string, items: string[]): ListSection[] {
  return items.length > 0 ? [{ heading, items }] : [];
}

/** "X sits in 3 bodies: A, B and C." (or: in none). */
export function bodiesOfSentence(
  ctx: ComposeContext,
  subject: string,
  bodies: { name: string }[],
): string {
  return bodies.length
    ? ctx.t('q.bodiesOf', {
        subject,
        count: bodies.length,
        list: joinList(
          ctx,
          bodies.map((body) => body.name),
        ),
      })
    : ctx.t('q.bodiesOf.none', { subject });
}

export function joinList(ctx: ComposeContext, items: string[]): string {
  return joinBounded(ctx.t, items);
}

export function formatDate(ctx: ComposeContext, date: DateTime | string): string {
  return longDate(
    typeof date === 'string' ? DateTime.fromISO(date, { zone: ctx.now.zone }) : date,
    ctx.language,
  );
}

export function formatShortDate(ctx: ComposeContext, date: string): string {
  return shortDate(date, ctx.language);
}

export function formatTime(value: DateTime): string {
  return value.toFormat('HH:mm');
}
