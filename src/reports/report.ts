import { DateTime } from 'luxon';
import type { Directory, Goal } from '../directory/model';
import { translator } from '../i18n/index';
import { GOAL_STATUSES, type GoalStatus, type StatusUpdate } from '../status/submission';

export type { StatusUpdate } from '../status/submission';

/** One stored status update of a goal (the table keeps them all; the latest counts). */
export type Trend = 'up' | 'down' | 'same' | 'new';

export interface ReportLine {
  goal: Goal;
  latest?: StatusUpdate;
  /** The change in progress against the latest update of an earlier round. */
  trend?: Trend;
  answeredThisRound: boolean;
  /** A goal no longer in the directory, kept with the updates of the rounds it was in. */
  archived?: boolean;
}

export interface ReportSection {
  fieldId: string;
  fieldName: string;
  lines: ReportLine[];
}

export interface Zwischenbilanz {
  /** The round the report is for, when all its goals share one (one body's meeting). */
  roundId?: string;
  sections: ReportSection[];
  supportRequests: ReportLine[];
  missing: ReportLine[];
  counts: Record<GoalStatus | 'none', number>;
}

/**
 * The Zwischenbilanz of a round, pure: per field of action each goal with its latest status,
 * progress and trend since the previous round, support requests highlighted, and the goals that
 * have no answer in this round.
 */
export function buildReport(options: {
  directory: Directory;
  updates: readonly StatusUpdate[];
  /** The round whose answers count as "this round"... */
  roundId?: string;
  /** ...or, for goals of several bodies, each goal's round (its body's meeting). */
  roundOf?: (goal: Goal) => string | undefined;
  /** Only goals steered by this body, or of this field. */
  bodyId?: string;
  fieldId?: string;
}): Zwischenbilanz {
  const { directory, roundId } = options;
  const goals = directory.goals.filter(
    (goal) =>
      (!options.bodyId || goal.body === options.bodyId) &&
      (!options.fieldId || goal.field === options.fieldId),
  );
  const byGoal = new Map<string, StatusUpdate[]>();
  for (const update of options.updates)
    byGoal.set(update.goalId, [...(byGoal.get(update.goalId) ?? []), update]);
  const counts: Zwischenbilanz['counts'] = {
    'on-track': 0,
    'at-risk': 0,
    delayed: 0,
    done: 0,
    paused: 0,
    none: 0,
  };
  const lines: ReportLine[] = goals.map((goal) => {
    const history = [...(byGoal.get(goal.id) ?? [])].sort((a, b) => a.at.localeCompare(b.at));
    const latest = history[history.length - 1];
    const previous = [...history].reverse().find((update) => update.roundId !== latest?.roundId);
    let trend: Trend | undefined;
    if (latest && !previous) trend = 'new';
    else if (latest && previous)
      trend =
        latest.progress > previous.progress
          ? 'up'
          : latest.progress < previous.progress
            ? 'down'
            : 'same';
    counts[latest?.status ?? 'none'] += 1;
    const round = options.roundOf ? options.roundOf(goal) : roundId;
    return { goal, latest, trend, answeredThisRound: !!round && latest?.roundId === round };
  });
  // Goals removed from the directory stay in the reports of the rounds they were in.
  if (roundId) lines.push(...archivedLines(directory, byGoal, roundId, options, counts));
  const sections = directory.fields
    .map((field) => ({
      fieldId: field.id,
      fieldName: field.name,
      lines: lines.filter((line) => line.goal.field === field.id),
    }))
    .filter((section) => section.lines.length > 0);
  const unplaced = lines.filter((line) => line.archived && line.goal.field === '');
  if (unplaced.length)
    sections.push({ fieldId: '', fieldName: translator('de')('report.archived'), lines: unplaced });
  return {
    roundId,
    sections,
    supportRequests: lines.filter((line) => line.latest?.supportNeeded && line.answeredThisRound),
    missing: lines.filter((line) => !line.answeredThisRound),
    counts,
  };
}

function archivedLines(
  directory: Directory,
  byGoal: Map<string, StatusUpdate[]>,
  roundId: string,
  scope: { bodyId?: string; fieldId?: string },
  counts: Zwischenbilanz['counts'],
): ReportLine[] {
  const known = new Set(directory.goals.map((goal) => goal.id));
  const fields = new Set(directory.fields.map((field) => field.id));
  return [...byGoal].flatMap(([goalId, updates]) => {
    const inRound = updates
      .filter((update) => update.roundId === roundId)
      .sort((a, b) => a.at.localeCompare(b.at));
    const latest = inRound[inRound.length - 1];
    if (known.has(goalId) || !latest) return [];
    if (scope.bodyId && latest.goalBody !== scope.bodyId) return [];
    if (scope.fieldId && latest.goalField !== scope.fieldId) return [];
    counts[latest.status] += 1;
    const goal: Goal = {
      id: goalId,
      field: latest.goalField && fields.has(latest.goalField) ? latest.goalField : '',
      title: latest.goalTitle ?? goalId,
      what: '',
      why: '',
      owner: latest.author,
      partners: [],
      due: '',
      body: latest.goalBody ?? '',
    };
    return [{ goal, latest, answeredThisRound: true, archived: true }];
  });
}

/** German labels for the exports (the council committee's language; the card uses i18n). */
export const STATUS_LABEL = Object.fromEntries(
  GOAL_STATUSES.map((status) => [status, translator('de')(`status.value.${status}`)]),
) as Record<GoalStatus, string>;
export const TREND: Record<Trend, string> = { up: '↑', down: '↓', same: '=', new: 'neu' };
/** A goal removed from the directory, in the exports. */
export const ARCHIVED = translator('de')('report.archived.goal');
/** A goal without any answer yet, in every export (the card's wording too). */
export const NO_ANSWER = translator('de')('report.none');

/** Markdown for the council committee (Ausschuss für Schule und Bildung). */
export function reportMarkdown(report: Zwischenbilanz, title: string): string {
  const escape = (value: string) => value.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const lines = [`# Zwischenbilanz: ${escape(title)}`, ''];
  for (const section of report.sections) {
    lines.push(
      `## ${escape(section.fieldName)}`,
      '',
      '| Ziel | Stand | Fortschritt | Trend | Nächste Schritte |',
      '|---|---|---|---|---|',
    );
    for (const line of section.lines) {
      const latest = line.latest;
      lines.push(
        `| ${escape(`${line.goal.id} ${line.goal.title}${line.archived ? ` (${ARCHIVED})` : ''}`)} | ${latest ? STATUS_LABEL[latest.status] : NO_ANSWER} | ${latest ? `${latest.progress} %` : '–'} | ${line.trend ? TREND[line.trend] : '–'} | ${escape(latest?.nextSteps || '–')} |`,
      );
    }
    lines.push('');
  }
  if (report.supportRequests.length) {
    lines.push('## Unterstützung durch die Steuerungsgruppe erbeten', '');
    for (const line of report.supportRequests)
      lines.push(`- **${escape(line.goal.id)}**: ${escape(line.latest?.supportText ?? '')}`);
    lines.push('');
  }
  if (report.missing.length) {
    lines.push('## Ohne Meldung in dieser Runde', '');
    for (const line of report.missing)
      lines.push(`- ${escape(`${line.goal.id} ${line.goal.title}`)}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** The columns every report file has per goal, in this order (CSV and Excel). */
export const GOAL_COLUMNS = [
  'Handlungsfeld',
  'Ziel',
  'Titel',
  'Stand',
  'Fortschritt (%)',
  'Trend',
  'Was ist passiert',
  'Nächste Schritte',
  'Unterstützung',
];

/**
 * CSV for a German Excel: semicolon separated (Excel's list separator in German locales), every
 * field quoted (RFC 4180 rules, with `;` for `,`), numbers with a decimal comma and dates as
 * TT.MM.JJJJ in the organisation's time zone, so Excel reads them as numbers and dates. The caller
 * puts a UTF-8 byte-order mark in front (not `sep=;`, which makes some Excel versions ignore it).
 */
export function reportCsv(report: Zwischenbilanz, options: { timeZone: string }): string {
  const quote = (value: string) => {
    // A leading =, +, - or @ would be a formula in a spreadsheet: kept as text.
    const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
    return `"${safe.replace(/"/g, '""')}"`;
  };
  const number = (value: number) =>
    value.toLocaleString('de-DE', { useGrouping: false, maximumFractionDigits: 2 });
  const date = (iso: string) =>
    DateTime.fromISO(iso, { zone: options.timeZone }).toFormat('dd.MM.yyyy');
  const rows = [[...GOAL_COLUMNS, 'Gemeldet am']];
  for (const section of report.sections) {
    for (const line of section.lines) {
      const latest = line.latest;
      rows.push([
        section.fieldName,
        line.goal.id,
        line.goal.title,
        latest ? STATUS_LABEL[latest.status] : NO_ANSWER,
        latest ? number(latest.progress) : '',
        line.trend ? TREND[line.trend] : '',
        latest?.happened ?? '',
        latest?.nextSteps ?? '',
        latest?.supportNeeded ? latest.supportText : '',
        latest ? date(latest.at) : '',
      ]);
    }
  }
  return `${rows.map((row) => row.map(quote).join(';')).join('\r\n')}\r\n`;
}
