import { DateTime } from 'luxon';
import { shortDate } from '../i18n/dates';
import { translator, type Language } from '../i18n';
import type { RefKey } from '../language/directory-index';
import type { ListCardData, UrlAction } from '../teams/cards/card-data';
import type { Reply } from '../teams/reply';
import { reportCard } from '../reports/report-card';
import { joinBounded } from '../language/lists';
import type { GoalStatus } from './submission';

/**
 * A status a question asks about: one of the reported values, or "off track" („Welche Ziele laufen
 * nicht nach Plan?“), which is at risk or delayed.
 */
export type StatusAsked = GoalStatus | 'off-track';

const OFF_TRACK: readonly GoalStatus[] = ['at-risk', 'delayed'];

export function statusFits(asked: StatusAsked, reported: GoalStatus): boolean {
  return asked === 'off-track' ? OFF_TRACK.includes(reported) : asked === reported;
}
import type { ReportScope, ZwischenbilanzService } from '../reports/zwischenbilanz';

/**
 * Status questions answered from the stored answers: "Wie steht Ziel Z2.1?", "Welche Ziele sind
 * gefährdet?", "Wie ist der Stand der Ziele der FAG Übergang?". Only for people in the directory.
 */
export class StatusQuestions {
  constructor(
    private readonly options: {
      reports: Pick<ZwischenbilanzService, 'build'>;
      links?: (scope: ReportScope, language: Language) => UrlAction[];
    },
  ) {}

  async answer(question: {
    subject?: RefKey;
    status?: StatusAsked;
    language: Language;
    personId?: string;
  }): Promise<Reply> {
    const { language } = question;
    const t = translator(language);
    const [section, id] = (question.subject?.split('/') ?? []) as [string?, string?];
    const scope: ReportScope =
      section === 'bodies' ? { bodyId: id } : section === 'fields' ? { fieldId: id } : {};
    const outcome = await this.options.reports.build(scope, language);
    if (outcome.kind !== 'report') return { kind: 'text', text: t('error.noDirectory') };
    const { result } = outcome;
    if (!result.directory.people.some((person) => person.id === question.personId))
      return { kind: 'text', text: t('report.membersOnly') };
    const lines = result.report.sections.flatMap((part) => part.lines);
    const zone = result.directory.organisation.timezone;
    const nameOf = (author: string) =>
      result.directory.people.find((person) => person.id === author)?.name ??
      lines.find((line) => line.latest?.author === author)?.latest?.authorName ??
      author;
    const reported = (at: string, author: string) =>
      t('report.reportedBy', {
        date: shortDate(DateTime.fromISO(at, { zone }).toISODate()!, language),
        author: nameOf(author),
      });

    if (section === 'goals' && id) {
      const line = lines.find((candidate) => candidate.goal.id === id);
      const goal = line ? `${line.goal.id} ${line.goal.title}` : id;
      if (!line?.latest) return { kind: 'text', text: t('q.status.goalNone', { goal }) };
      // „Ist Z3.1 gefährdet?“: Ja or Nein first when a status was named.
      const key = !question.status
        ? 'q.status.goal'
        : statusFits(question.status, line.latest.status)
          ? 'q.status.goalYes'
          : 'q.status.goalNo';
      const text = t(key, {
        goal,
        status: t(`status.value.${line.latest.status}`),
        progress: line.latest.progress,
        reported: reported(line.latest.at, line.latest.author),
      });
      const extra = [
        line.latest.happened,
        line.latest.nextSteps ? `${t('status.label.nextSteps')}: ${line.latest.nextSteps}` : '',
        line.latest.supportNeeded ? `${t('report.support')}: ${line.latest.supportText}` : '',
      ].filter(Boolean);
      return { kind: 'text', text: [text, ...extra].join('\n') };
    }

    if (question.status) {
      const asked = question.status;
      const status = t(asked === 'off-track' ? 'status.asked.off-track' : `status.value.${asked}`);
      const matching = lines.filter((line) => line.latest && statusFits(asked, line.latest.status));
      if (matching.length === 0)
        return {
          kind: 'text',
          text:
            asked === 'off-track'
              ? t('q.status.offTrackNone')
              : t('q.status.filteredNone', { status }),
        };
      // Off track covers two values: each goal says which.
      // Each goal by its id and title; off track covers two values: each goal says which.
      const label = (line: (typeof matching)[number]) =>
        asked === 'off-track'
          ? `${line.goal.id} ${line.goal.title} (${t(`status.value.${line.latest!.status}`)})`
          : `${line.goal.id} ${line.goal.title}`;
      const data: ListCardData = {
        answer: t('q.status.filtered', {
          status,
          count: matching.length,
          goals: joinBounded(t, matching.map(label)),
        }),
        title: `${t('report.heading', { scope: result.scopeName })} (${result.subtitle})`,
        items: matching.map((line) => ({
          title: `${line.goal.id} ${line.goal.title}`,
          subtitle: `${line.latest!.progress} % · ${reported(line.latest!.at, line.latest!.author)}`,
        })),
      };
      return { kind: 'card', card: { template: 'list', data }, text: data.answer };
    }
    return reportCard({ result, language, links: this.options.links?.(scope, language) });
  }
}
