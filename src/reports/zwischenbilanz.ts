import { DateTime } from 'luxon';
import type { Directory } from '../directory/model';
import { longDate, shortDate } from '../i18n/dates';
import { translator, type Language } from '../i18n/index';
import { buildReport, type Zwischenbilanz } from './report';
import { currentRound, roundById, steeringBodies, type StatusRound } from '../status/rounds';
import type { StatusSources } from '../status/status-repository';

export type { StatusSources } from '../status/status-repository';

/** What a report is asked for: one meeting's round, or the current rounds of a body or field. */
export interface ReportScope {
  meetingId?: string;
  bodyId?: string;
  fieldId?: string;
}

export interface ReportResult {
  directory: Directory;
  report: Zwischenbilanz;
  /** Set when the report is one body's round (a meeting). */
  round?: StatusRound;
  /** "Steuerungsgruppe KAoA Bochum" / "Handlungsfeld …" / "alle Ziele". */
  scopeName: string;
  /** "für die Sitzung am Mittwoch, 9. Dezember 2026" / "Stand 24.11.2026". */
  subtitle: string;
}

export type ReportOutcome =
  | { kind: 'report'; result: ReportResult }
  | { kind: 'unknown-meeting'; id: string }
  | { kind: 'no-directory' };

/** What the status services read: the directory, the stored answers, meeting changes, the time. */
/**
 * The Zwischenbilanz with its data loaded: the directory in force, every stored status update and
 * the round each body's goals are in. Used by the card, the automatic report, the file downloads,
 * `kokobot report` and status questions, so they all show the same picture.
 */
export class ZwischenbilanzService {
  constructor(private readonly options: StatusSources) {}

  private now(): Date {
    return this.options.clock?.() ?? new Date();
  }

  async build(scope: ReportScope, language: Language): Promise<ReportOutcome> {
    const directory = (await this.options.directory.current())?.directory;
    if (!directory) return { kind: 'no-directory' };
    const changes = (await this.options.changes?.()) ?? [];
    const now = this.now();
    const t = translator(language);
    const updates = await this.options.statuses.all();

    if (scope.meetingId) {
      const round = roundById(directory, scope.meetingId, changes, now);
      if (!round) return { kind: 'unknown-meeting', id: scope.meetingId };
      const report = buildReport({
        directory,
        updates,
        roundId: round.id,
        bodyId: round.bodyId,
        fieldId: scope.fieldId,
      });
      return { kind: 'report', result: this.result(directory, report, language, round) };
    }

    const bodies = scope.bodyId ? [scope.bodyId] : steeringBodies(directory);
    const rounds = new Map(
      bodies.flatMap((bodyId) => {
        const round = currentRound(directory, bodyId, changes, now);
        return round ? [[bodyId, round] as const] : [];
      }),
    );
    const report = buildReport({
      directory,
      updates,
      roundOf: (goal) => rounds.get(goal.body)?.id,
      bodyId: scope.bodyId,
      fieldId: scope.fieldId,
    });
    const single = scope.bodyId ? rounds.get(scope.bodyId) : undefined;
    const field = scope.fieldId
      ? directory.fields.find((candidate) => candidate.id === scope.fieldId)?.name
      : undefined;
    return {
      kind: 'report',
      result: this.result(directory, report, language, single, field ?? t('report.scope.all')),
    };
  }

  private result(
    directory: Directory,
    report: Zwischenbilanz,
    language: Language,
    round?: StatusRound,
    fallbackName?: string,
  ): ReportResult {
    const t = translator(language);
    const zone = directory.organisation.timezone;
    const body = round
      ? directory.bodies.find((candidate) => candidate.id === round.bodyId)
      : undefined;
    const subtitle = round
      ? t('report.subtitle.meeting', {
          date: longDate(DateTime.fromISO(round.meeting.start, { zone }), language),
        })
      : t('report.subtitle.now', {
          date: shortDate(DateTime.fromJSDate(this.now(), { zone }).toISODate()!, language),
        });
    return {
      directory,
      report,
      round,
      scopeName: body?.name ?? fallbackName ?? t('report.scope.all'),
      subtitle,
    };
  }
}
