import { DateTime } from 'luxon';
import { shortDate } from '../i18n/dates';
import { translator, type Language } from '../i18n/index';
import type { UrlAction } from '../teams/cards/card-data';
import type { Reply } from '../teams/reply';
import type { ReportLine } from './report';
import { GOAL_STATUSES, type GoalStatus } from '../status/submission';
import type { ReportResult } from './zwischenbilanz';

/** Adaptive Card text colours per status (Teams renders them in light, dark and contrast themes). */
export const STATUS_COLOR: Record<GoalStatus, string> = {
  'on-track': 'Good',
  'at-risk': 'Warning',
  delayed: 'Attention',
  done: 'Accent',
  paused: 'Default',
};

const TREND_MARK = { up: '↑', down: '↓', same: '=', new: '' } as const;

/** cards/report.json: the Zwischenbilanz per field of action. */
export interface ReportCardData {
  heading: string;
  subtitle: string;
  summary: string;
  sections: {
    name: string;
    goals: { title: string; note?: string; status: string; color: string; progress: string }[];
  }[];
  supportTitle: string;
  support: { goal: string; text: string }[];
  links: UrlAction[];
}

/** "3 im Plan, 1 gefährdet, 2 ohne Meldung" — only the statuses that occur. */
export function countsText(result: ReportResult, language: Language): string {
  const t = translator(language);
  const { counts } = result.report;
  return [
    ...GOAL_STATUSES.filter((status) => counts[status] > 0).map(
      (status) => `${counts[status]} ${t(`status.value.${status}`)}`,
    ),
    ...(counts.none > 0 ? [`${counts.none} ${t('report.none')}`] : []),
  ].join(', ');
}

export function reportCard(options: {
  result: ReportResult;
  language: Language;
  /** Download links (CSV, Excel, Markdown), when the bot has an address to link to. */
  links?: UrlAction[];
  /** A sentence before the report (the automatic report says why it comes). */
  lead?: string;
}): Reply {
  const { result, language } = options;
  const t = translator(language);
  const { report, directory } = result;
  const total = report.sections.reduce((sum, section) => sum + section.lines.length, 0);
  const heading = t('report.heading', { scope: result.scopeName });
  if (total === 0) return { kind: 'text', text: `${heading}. ${t('report.noGoals')}` };
  // A person who left the directory is named as they were when they reported.
  const names = new Map(
    report.sections.flatMap((section) =>
      section.lines.flatMap((line) =>
        line.latest?.authorName ? [[line.latest.author, line.latest.authorName] as const] : [],
      ),
    ),
  );
  const person = (id: string) =>
    directory.people.find((candidate) => candidate.id === id)?.name ?? names.get(id) ?? id;
  const zone = directory.organisation.timezone;
  // Each goal is listed once: one that has no answer in this round says so, with its owner, in
  // its own line (no second list of the same goals below).
  const note = (line: ReportLine) => {
    const owner = t('report.owner', { name: person(line.goal.owner) });
    if (!line.latest) return owner;
    const reported = t('report.reportedBy', {
      date: shortDate(DateTime.fromISO(line.latest.at, { zone }).toISODate()!, language),
      author: person(line.latest.author),
    });
    return line.answeredThisRound
      ? reported
      : `${t('report.notThisRound')} · ${reported} · ${owner}`;
  };
  const summary = t('report.summary', { count: total, parts: countsText(result, language) });
  const data: ReportCardData = {
    heading,
    subtitle: result.subtitle,
    summary: options.lead ? `${options.lead} ${summary}` : summary,
    sections: report.sections.map((section) => ({
      name: section.fieldName,
      goals: section.lines.map((line) => ({
        title: `${line.goal.id} ${line.goal.title}`,
        note: note(line),
        status: line.latest ? t(`status.value.${line.latest.status}`) : t('report.none'),
        color: line.latest ? STATUS_COLOR[line.latest.status] : 'Default',
        progress: line.latest
          ? `${line.latest.progress} % ${line.trend ? TREND_MARK[line.trend] : ''}`.trim()
          : '–',
      })),
    })),
    supportTitle: t('report.support'),
    support: report.supportRequests.map((line) => ({
      goal: line.goal.id,
      text: line.latest?.supportText ?? '',
    })),
    links: options.links ?? [],
  };
  const text = [
    options.lead,
    `${heading} (${result.subtitle}): ${summary}`,
    report.supportRequests.length
      ? `${t('report.support')}: ${report.supportRequests.map((line) => line.goal.id).join(', ')}.`
      : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  return { kind: 'card', card: { template: 'report', data }, text };
}
