import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ReportFormat } from './report-export';
import type { ReportScope } from './zwischenbilanz';

/** How long a download link of a Zwischenbilanz works. */
export const REPORT_LINK_TTL_MS = 24 * 3600_000;

/**
 * Download links of a Zwischenbilanz: /reports/zwischenbilanz.<format>?m=&b=&f=&e=<expiry>&t=<token>.
 * The token is an HMAC over the scope, format and expiry under a secret shared by all instances:
 * links cannot be guessed or altered, and stop working after a day (status texts are internal).
 */
export class ReportLinks {
  constructor(
    private readonly options: {
      secret: string;
      baseUrl: () => string | undefined;
      clock?: () => Date;
    },
  ) {}

  private token(scope: ReportScope, format: string, expires: number): string {
    return createHmac('sha256', this.options.secret)
      .update(
        [
          'report',
          scope.meetingId ?? '',
          scope.bodyId ?? '',
          scope.fieldId ?? '',
          format,
          expires,
        ].join('|'),
      )
      .digest('base64url');
  }

  urlFor(scope: ReportScope, format: ReportFormat): string | undefined {
    const base = this.options.baseUrl();
    if (!base) return undefined;
    const expires = (this.options.clock?.() ?? new Date()).getTime() + REPORT_LINK_TTL_MS;
    const query = new URLSearchParams();
    if (scope.meetingId) query.set('m', scope.meetingId);
    if (scope.bodyId) query.set('b', scope.bodyId);
    if (scope.fieldId) query.set('f', scope.fieldId);
    query.set('e', String(expires));
    query.set('t', this.token(scope, format, expires));
    return `${base.replace(/\/$/, '')}/reports/zwischenbilanz.${format}?${query.toString()}`;
  }

  /** The scope a link was made for, or undefined when it was altered, forged or has expired. */
  verify(format: string, query: URLSearchParams): ReportScope | undefined {
    const expires = Number(query.get('e'));
    const token = query.get('t');
    if (!token || !Number.isSafeInteger(expires)) return undefined;
    if (expires < (this.options.clock?.() ?? new Date()).getTime()) return undefined;
    const scope: ReportScope = {
      meetingId: query.get('m') ?? undefined,
      bodyId: query.get('b') ?? undefined,
      fieldId: query.get('f') ?? undefined,
    };
    const expected = Buffer.from(this.token(scope, format, expires));
    const given = Buffer.from(token);
    return expected.length === given.length && timingSafeEqual(expected, given) ? scope : undefined;
  }
}
