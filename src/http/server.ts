import * as restify from 'restify';
import type { DirectoryService } from '../directory/directory-service';
import type { Logger } from '../logging';
import { meetingById, type MeetingChange } from '../meetings/occurrences';
import { readActivityBody } from './activity-body';
import { meetingIcs, type CalendarLinks } from './calendar';
import type { ReportLinks } from '../reports/report-links';
import {
  CONTENT_TYPES,
  exportReport,
  REPORT_FORMATS,
  type ReportFormat,
} from '../reports/report-export';
import type { ZwischenbilanzService } from '../reports/zwischenbilanz';

/**
 * What the HTTP edge needs from the Teams edge: one authenticated turn for a checked body. The
 * shape is the HTTP edge's own, so that it does not depend on the SDK behind it.
 */
export interface ActivityEndpoint {
  handle(
    authorization: string,
    body: Record<string, unknown>,
  ): Promise<
    | { kind: 'answered'; status: number; body?: unknown }
    /** The request's token was not accepted. */
    | { kind: 'refused' }
  >;
}

export interface HttpServerOptions {
  teams: ActivityEndpoint;
  /** Resolves when table storage answers; rejects otherwise. */
  checkStorage: () => Promise<void>;
  logger: Logger;
  calendar?: {
    links: CalendarLinks;
    directory: DirectoryService;
    changes?: () => Promise<MeetingChange[]>;
  };
  reports?: { links: ReportLinks; service: ZwischenbilanzService };
  /** The directory as a file, behind a coordinator's signed link (issue 17). */
  directoryFiles?: {
    verify(format: string, query: URLSearchParams): string | undefined;
    file(
      version: string,
      format: string,
    ): Promise<{ body: Buffer | string; contentType: string } | undefined>;
  };
}

export const MAX_BODY_BYTES = 256 * 1024;
const HEALTH_TIMEOUT_MS = 3000;

/** restify: POST /api/messages through the CloudAdapter, GET /healthz. */
export function createHttpServer(options: HttpServerOptions): restify.Server {
  const server = restify.createServer({ name: 'kokobot', handleUncaughtExceptions: false });

  server.post('/api/messages', async (req, res) => {
    // The body is read and checked here, not by restify's body parser (see activity-body.ts).
    const body = await readActivityBody(req, MAX_BODY_BYTES);
    if (!body.ok) {
      options.logger.warn({ status: body.status, reason: body.reason }, 'request rejected');
      res.status(body.status);
      res.end();
      return;
    }
    const { authorization } = req.headers;
    try {
      const outcome = await options.teams.handle(
        typeof authorization === 'string' ? authorization : '',
        body.activity,
      );
      if (outcome.kind === 'refused') {
        // Refusals are logged by the authentication (src/teams/authentication.ts).
        res.status(401);
        res.send('Unauthorized');
        res.end();
        return;
      }
      res.status(outcome.status);
      if (outcome.body) res.send(outcome.body);
      res.end();
    } catch (error) {
      if (res.headersSent) return;
      // Anything else reaching here is ours, never a stack trace or message out.
      options.logger.error({ err: { name: (error as Error)?.name } }, 'request failed');
      res.status(500);
      res.end();
    }
  });

  server.get('/healthz', async (_req, res) => {
    try {
      await Promise.race([
        options.checkStorage(),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('timeout')), HEALTH_TIMEOUT_MS).unref(),
        ),
      ]);
      res.json(200, { status: 'ok', storage: 'ok' });
    } catch {
      res.json(503, { status: 'unavailable', storage: 'unreachable' });
    }
  });

  // GET /calendar/<meeting id>.ics?t=<token>: unknown meeting and wrong token look the same (404).
  server.get('/calendar/:file', async (req, res) => {
    const calendar = options.calendar;
    const file = String(req.params?.file ?? '');
    const meetingId = file.endsWith('.ics') ? file.slice(0, -4) : '';
    const token = new URL(req.url ?? '/', 'http://localhost').searchParams.get('t') ?? undefined;
    try {
      const directory =
        calendar && calendar.links.verify(meetingId, token)
          ? (await calendar.directory.current())?.directory
          : undefined;
      // Recurring occurrences and moved meetings have calendar files too; cancelled ones do not.
      const found = directory
        ? meetingById(directory, meetingId, (await calendar?.changes?.()) ?? [])
        : undefined;
      const meeting = found && !found.cancelled ? found : undefined;
      if (!directory || !meeting) {
        res.status(404);
        res.end();
        return;
      }
      const body = meetingIcs(directory, meeting);
      res.writeHead(200, {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `attachment; filename="${meetingId.replace(/[^A-Za-z0-9._-]/g, '_')}.ics"`,
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.status(503);
      res.end();
    }
  });

  // GET /reports/zwischenbilanz.<md|csv|xlsx>?…&e=<expiry>&t=<token>: a bad or expired link is 404.
  server.get('/reports/:file', async (req, res) => {
    const reports = options.reports;
    const match = String(req.params?.file ?? '').match(/^zwischenbilanz\.([a-z]+)$/);
    const format = (REPORT_FORMATS as readonly string[]).includes(match?.[1] ?? '')
      ? (match![1] as ReportFormat)
      : undefined;
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const scope = reports && format ? reports.links.verify(format, query) : undefined;
    try {
      const outcome = scope ? await reports!.service.build(scope, 'de') : undefined;
      if (!format || outcome?.kind !== 'report') {
        res.status(404);
        res.end();
        return;
      }
      const { result } = outcome;
      const title = `${result.scopeName}, ${result.subtitle}`;
      const body = await exportReport(result.report, {
        title,
        format,
        timeZone: result.directory.organisation.timezone,
      });
      const name = `zwischenbilanz-${(scope?.meetingId ?? scope?.bodyId ?? scope?.fieldId ?? 'alle').replace(/[^A-Za-z0-9._-]/g, '_')}.${format}`;
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[format],
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.status(503);
      res.end();
    }
  });

  // GET /directory/verzeichnis.<xlsx|yaml>?v=&e=&t=: a bad or expired link is 404.
  server.get('/directory/:file', async (req, res) => {
    const files = options.directoryFiles;
    const format = String(req.params?.file ?? '').match(/^verzeichnis\.(xlsx|yaml)$/)?.[1];
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const version = files && format ? files.verify(format, query) : undefined;
    try {
      const file = version ? await files!.file(version, format!) : undefined;
      if (!file) {
        res.status(404);
        res.end();
        return;
      }
      res.writeHead(200, {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="verzeichnis-${version!.replace(/[^A-Za-z0-9-]/g, '_')}.${format}"`,
        'cache-control': 'no-store',
      });
      res.end(file.body);
    } catch {
      res.status(503);
      res.end();
    }
  });

  server.on('restifyError', (req, res, error, callback) => {
    // restify's own errors (e.g. an unknown route) keep their status, without details.
    options.logger.warn(
      { status: (error as { statusCode?: number }).statusCode },
      'request rejected',
    );
    return callback();
  });
  return server;
}
