/*
 * The composition root: the only place that wires features together, and so the only folder that
 * may import from every other one. createApp builds each part once, in the order the parts need
 * each other (one file per feature's wiring); importing any of it does nothing.
 */
import type * as restify from 'restify';
import type { Config } from '../config';
import type { DirectoryService } from '../directory/directory-service';
import type { ImportSummary } from '../directory/repository';
import { createLogger } from '../logging';
import type { RsvpRepository } from '../reminders/rsvp';
import type { ReminderService } from '../reminders/reminder-service';
import type { EmbeddedTables } from '../storage/embedded/embedded-tables';
import type { TableDirectoryRepository } from '../storage/table-directory-repository';
import type { TableOutboxRepository } from '../storage/table-outbox-repository';
import type { TableStatusRepository } from '../storage/table-status-repository';
import type { TableStore } from '../storage/table-store';
import type { KokoBot } from '../teams/bot';
import { wireDirectory } from './directory';
import { closeServer, listen, wireHttp } from './http';
import type { DirectoryAudit } from '../directory/audit';
import { wireDirectoryUpload } from './directory-upload';
import { wireLinks } from './links';
import type { AppOverrides } from './overrides';
import { wireForwardDelivery, wireQuestions } from './questions';
import { wireReminderCommands } from './reminder-commands';
import { wireProactive, wireReminders } from './reminders';
import { wireStatus, wireStatusCommands } from './status';
import { openRepositories, resolveStore } from './storage';
import { wireBot, wireTeamsEdge } from './teams';

export type { AppOverrides } from './overrides';
export { resolveStore } from './storage';

/** What `npm start`, the CLI, the benchmarks and the tests use of a composed kokobot. */
export interface App {
  readonly config: Config;
  readonly directory: DirectoryService;
  readonly directoryRepository: TableDirectoryRepository;
  /** Every import of the directory (the history „Verlauf“ reads it). */
  readonly directoryAudit: DirectoryAudit;
  readonly bot: KokoBot;
  readonly server: restify.Server;
  readonly bootstrap?: ImportSummary;
  readonly reminders: ReminderService;
  readonly rsvps: RsvpRepository;
  readonly statuses: TableStatusRepository;
  readonly outbox: TableOutboxRepository;
  listen(options?: { port?: number; host?: string }): Promise<{ port: number; url: string }>;
  close(): Promise<void>;
}

export async function createApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const logger = overrides.logger ?? createLogger({ level: config.logLevel });
  const clock = overrides.clock;
  let embedded: EmbeddedTables | undefined;
  let store: TableStore | undefined = overrides.store;
  if (!store) ({ store, embedded } = await resolveStore(config, overrides));
  try {
    const repositories = await openRepositories({ store, clock });
    const { directory, bootstrap, conversations } = await wireDirectory({
      config,
      repositories,
      skipBootstrap: overrides.skipDirectoryBootstrap,
      clock,
    });
    // Known once the server listens (local mode links point there).
    let listenUrl: string | undefined;
    const links = await wireLinks({ config, repositories, listenUrl: () => listenUrl, clock });
    const status = wireStatus({ directory, repositories, links, clock });
    const upload = await wireDirectoryUpload({
      config,
      overrides,
      repositories,
      directory,
      logger,
      listenUrl: () => listenUrl,
      clock,
    });
    const teams = wireTeamsEdge({ config, overrides, logger });
    const proactive = wireProactive({
      config,
      overrides,
      repositories,
      messenger: teams.messenger,
    });
    const forwardDelivery = wireForwardDelivery({ repositories, conversations, proactive });
    const reminders = wireReminders({
      config,
      overrides,
      logger,
      repositories,
      directory,
      conversations,
      proactive,
      forwardDelivery,
      status,
      links,
    });
    const asked = wireQuestions({
      repositories,
      directory,
      conversations,
      status,
      reminders,
      links,
      clock,
    });
    const commands = wireReminderCommands({
      repositories,
      directory,
      questions: asked.questions,
      reminders,
      links,
      clock,
    });
    const bot = wireBot({
      config,
      overrides,
      logger,
      directory,
      conversations,
      onReachable: (personId) => reminders.waitingCards.reachable(personId),
      handlers: {
        'directory-upload': upload.handler,
        forwarding: asked.forwarding,
        'status-commands': wireStatusCommands({
          directory,
          repositories,
          status,
          links,
          conversations,
          clock,
          questions: asked.questions,
        }),
        preferences: commands.preferences,
        channels: commands.channels,
        'meeting-changes': commands.meetingChanges,
        'rsvp-offer': commands.rsvpOffer,
        'small-talk': asked.smallTalk,
        questions: asked.questions,
      },
      rsvp: commands.rsvp,
      status: status.cards,
      preferences: repositories.preferences,
      directoryUploads: upload.uploads,
      fileConsent: upload.consent,
    });
    const server = wireHttp({
      teams,
      bot,
      logger,
      store,
      repositories,
      directory,
      links,
      reports: status.reports,
      directoryFiles: upload.files,
    });

    let closed = false;
    return {
      config,
      directory,
      directoryRepository: repositories.directory,
      directoryAudit: repositories.directoryAudit,
      bot,
      server,
      bootstrap,
      reminders: reminders.service,
      rsvps: repositories.rsvps,
      statuses: repositories.statuses,
      outbox: repositories.outbox,
      listen: async (options = {}) => {
        const address = await listen(server, {
          port: options.port ?? config.port,
          host: options.host ?? config.host,
        });
        listenUrl = address.url;
        return address;
      },
      close: async () => {
        if (closed) return;
        closed = true;
        await reminders.service.stop();
        await closeServer(server);
        await repositories.contexts.idle();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
