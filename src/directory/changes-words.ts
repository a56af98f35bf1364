import { DateTime } from 'luxon';
import { translator, type Language, type Translate } from '../i18n';
import { shortDate } from '../i18n/dates';
import { SECTIONS } from './model';
import type { DirectoryChanges, NotableChange } from './changes';

/*
 * The change preview in words (issue 17): one line of counts per section and one sentence per
 * notable change. Dates as the preview card writes them: 01.08.2027 / 1 Aug 2027.
 */

function day(isoDate: string, language: Language): string {
  return language === 'de'
    ? DateTime.fromISO(isoDate, { zone: 'utc' }).toFormat('dd.MM.yyyy')
    : shortDate(isoDate, language);
}

/** A meeting's local start ("2027-03-17T10:00"), wall time as written (no zone to convert). */
function dateTime(isoDateTime: string, language: Language): string {
  const time = DateTime.fromISO(isoDateTime, { zone: 'utc' }).toFormat('HH:mm');
  const date = day(isoDateTime.slice(0, 10), language);
  return language === 'de' ? `${date} ${time}` : `${date}, ${time}`;
}

/** "Z1.1 Title" (ids hold no spaces) as „Z1.1 „Title““ in the language's quotes. */
function goalText(t: Translate, goal: string): string {
  const space = goal.indexOf(' ');
  return space < 0
    ? goal
    : t('changes.goal', { goal: goal.slice(0, space), title: goal.slice(space + 1) });
}

function sentence(t: Translate, change: NotableChange, language: Language): string {
  switch (change.kind) {
    case 'chair': {
      const params = { body: change.bodyName, from: day(change.from, language) };
      if (!change.after) return t('changes.chair.none', { ...params, before: change.before ?? '' });
      return change.before
        ? t('changes.chair', { ...params, after: change.after, before: change.before })
        : t('changes.chair.first', { ...params, after: change.after });
    }
    case 'person-left': {
      const { goals, chairs, deputyFor } = change.owns;
      const owns = [
        goals.length > 0 &&
          t('changes.personLeft.goals', {
            goals: goals.map((goal) => goalText(t, goal)).join(', '),
          }),
        chairs.length > 0 && t('changes.personLeft.chairs', { bodies: chairs.join(', ') }),
        deputyFor.length > 0 && t('changes.personLeft.deputyFor', { people: deputyFor.join(', ') }),
      ].filter((part): part is string => typeof part === 'string');
      return owns.length > 0
        ? t('changes.personLeft.owns', { name: change.name, owns: owns.join('; ') })
        : t('changes.personLeft', { name: change.name });
    }
    case 'person-added':
      return t('changes.personAdded', { name: change.name, actor: change.actorName });
    case 'meeting-moved':
      return t('changes.meetingMoved', {
        body: change.bodyName,
        before: dateTime(change.before, language),
        after: dateTime(change.after, language),
      });
    case 'meeting-added':
      return t('changes.meetingAdded', {
        body: change.bodyName,
        start: dateTime(change.start, language),
      });
    case 'meeting-cancelled':
      return t('changes.meetingCancelled', {
        body: change.bodyName,
        start: dateTime(change.start, language),
      });
    case 'goal-removed':
      return t('changes.goalRemoved', { goal: change.goalId, title: change.title });
    case 'goal-owner':
      return t('changes.goalOwner', {
        goal: change.goalId,
        title: change.title,
        after: change.after,
        before: change.before,
      });
  }
}

/** The counts line („Personen: 1 neu · Sitzungen: 1 geändert“) and one sentence per notable change. */
export function describeChanges(
  changes: DirectoryChanges,
  language: Language,
): { counts: string; lines: string[] } {
  const t = translator(language);
  if (changes.none) return { counts: t('changes.none'), lines: [] };
  const parts = SECTIONS.flatMap((section) => {
    const { added, removed, changed } = changes.counts[section];
    const words = [
      added > 0 && t('changes.count.added', { count: added }),
      removed > 0 && t('changes.count.removed', { count: removed }),
      changed > 0 && t('changes.count.changed', { count: changed }),
    ].filter((word): word is string => typeof word === 'string');
    return words.length > 0
      ? [
          t('changes.section', {
            section: t(`changes.section.${section}`),
            counts: words.join(', '),
          }),
        ]
      : [];
  });
  if (changes.organisationChanged) parts.unshift(t('changes.organisation'));
  return {
    counts: parts.join(' · '),
    lines: changes.notable.map((change) => sentence(t, change, language)),
  };
}
