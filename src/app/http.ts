import type { AddressInfo } from 'node:net';
import type * as restify from 'restify';
import type { DirectoryService } from '../directory/directory-service';
import { createHttpServer, type HttpServerOptions } from '../http/server';
import type { Logger } from '../logging';
import type { ZwischenbilanzService } from '../reports/zwischenbilanz';
import type { TableStore } from '../storage/table-store';
import type { TeamsEdge } from '../teams';
import type { KokoBot } from '../teams/bot';
import type { Links } from './links';
import type { Repositories } from './storage';

/** /api/messages, /healthz, the .ics and the report downloads. */
export function wireHttp(options: {
  teams: TeamsEdge;
  bot: KokoBot;
  logger: Logger;
  store: TableStore;
  repositories: Repositories;
  directory: DirectoryService;
  links: Links;
  reports: ZwischenbilanzService;
  directoryFiles?: HttpServerOptions['directoryFiles'];
}): restify.Server {
  const { store, repositories, links } = options;
  return createHttpServer({
    // The turn entry, bound to the bot: the HTTP edge sees no SDK type.
    teams: {
      handle: (authorization, body) => options.teams.handle(authorization, body, options.bot),
    },
    logger: options.logger,
    checkStorage: () => store.ping(),
    calendar: {
      links: links.calendar,
      directory: options.directory,
      changes: () => repositories.meetingChanges.list(),
    },
    reports: { links: links.reports, service: options.reports },
    directoryFiles: options.directoryFiles,
  });
}

/** Listens; the URL it answers (loopback for a wildcard host) is what local-mode links point at. */
export function listen(
  server: restify.Server,
  options: { port: number; host: string },
): Promise<{ port: number; url: string }> {
  const { port, host } = options;
  return new Promise((resolve, reject) => {
    // restify re-emits the HTTP server's errors (EADDRINUSE) on itself, unhandled otherwise.
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.server.address() as AddressInfo;
      const url = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${address.port}`;
      resolve({ port: address.port, url });
    });
  });
}

/** Stops taking requests and ends the open connections. */
export function closeServer(server: restify.Server): Promise<void> {
  return new Promise<void>((resolve) => {
    if (!server.server.listening) return resolve();
    server.close(() => resolve());
    server.server.closeAllConnections?.();
  });
}
