import type { AddressInfo } from 'node:net';
import type * as restify from 'restify';
import type { Config } from './config';
import { DirectoryService } from './directory/directory-service';
import { ensureDirectory } from './directory/import';
import type { ImportSummary } from './directory/repository';
import { CalendarLinks } from './http/calendar';
import { createHttpServer } from './http/server';
import { ForwardingHandler } from './questions/forwarding';
import { FORWARD_KINDS, ForwardDelivery } from './questions/forward-delivery';
import { QuestionHandler } from './questions/question-handler';
import { TableContextRepository } from './storage/table-context-repository';
import { TableForwardRepository } from './storage/table-forward-repository';
import { TableSettingsRepository } from './storage/table-settings-repository';
import { TablePauseGate } from './reminders/pause';
import { ReminderScheduler, type Deliver } from './reminders/scheduler';
import { ProactiveSender } from './reminders/proactive-sender';
import { ReminderSender } from './reminders/sender';
import { ReminderService } from './reminders/reminder-service';
import { WaitingCards } from './reminders/waiting-cards';
import { RsvpOfferHandler } from './reminders/rsvp-offer-handler';
import { SmallTalkHandler } from './questions/small-talk';
import { RsvpRepository } from './reminders/rsvp';
import { RsvpHandler } from './reminders/rsvp-handler';
import { PreferencesRepository } from './reminders/preferences';
import { PreferencesHandler } from './reminders/preferences-handler';
import { MeetingChangeRepository } from './reminders/meeting-changes';
import { MeetingChangeHandler } from './reminders/meeting-change-handler';
import { ChannelRepository } from './reminders/channels';
import { ChannelHandler } from './reminders/channel-handler';
import { StatusHandler } from './status/status-handler';
import { StatusCommandHandler } from './status/status-commands';
import { ZwischenbilanzService } from './status/zwischenbilanz';
import { REPORT_FORMATS } from './status/report-export';
import { ReportLinks } from './http/report-links';
import { translator, type Language } from './i18n';
import { StatusQuestions } from './status/status-questions';
import { ownGoalStates } from './status/own-goals';
import type { ReportScope, StatusSources } from './status/zwischenbilanz';
import type { UrlAction } from './teams/cards/card-data';
import { TableStatusRepository } from './storage/table-status-repository';
import { SendRateLimiter, TEAMS_LIMITS, type RateLimits } from './reminders/throttle';
import { TableOutboxRepository } from './storage/table-outbox-repository';
import { TableSendSlots } from './storage/table-send-slots';
import { createLogger, type Logger } from './logging';
import { AzureTableStore } from './storage/azure-table-store';
import {
  acquireEmbeddedTables,
  type EmbeddedStorageEvent,
  type EmbeddedTables,
} from './storage/embedded/embedded-tables';
import { TableConversationRepository } from './storage/table-conversation-repository';
import { RecentConversations } from './conversations/recent-conversations';
import { TableDirectoryRepository } from './storage/table-directory-repository';
import type { TableStore } from './storage/table-store';
import { TABLES } from './storage/tables';
import { createTeamsEdge, type AuthSettings, type CredentialsFactory } from './teams';
import { KokoBot } from './teams/bot';
import { ConversationCapture } from './teams/conversation-capture';
import type { MessageHandler } from './teams/message-handler';
import type { MessageHandlerName } from './teams/routes';

export interface AppOverrides {
  logger?: Logger;
  /** A ready store (tests: Azurite with its own tables; `ask --directory`: in memory). */
  store?: TableStore;
  /** Extra authentication settings (tests point the OpenID metadata at a local server). */
  authOptions?: AuthSettings;
  /** The bot's outgoing credentials (tests: a local token instead of Microsoft Entra). */
  credentialsFactory?: CredentialsFactory;
  /** Force local mode regardless of credentials (the `ask` CLI talks to its own in-process server). */
  forceLocalMode?: boolean;
  /** Skip loading the directory file when storage is empty. */
  skipDirectoryBootstrap?: boolean;
  lookupMember?: ConstructorParameters<typeof ConversationCapture>[0]['lookupMember'];
  clock?: () => Date;
  /** Told when the embedded Azurite had to be restarted, or could not be (`npm start` exits then). */
  onEmbeddedStorage?: (event: EmbeddedStorageEvent) => void;
  /** Reminder engine settings (tests: short leases, fast retries, an instance name). */
  reminders?: {
    instanceId?: string;
    leaseMs?: number;
    limits?: RateLimits;
    retry?: { maxAttempts?: number; baseMs?: number; maxMs?: number };
    timeoutMs?: number;
    concurrency?: number;
  };
}

export interface App {
  readonly config: Config;
  readonly logger: Logger;
  readonly store: TableStore;
  readonly directory: DirectoryService;
  readonly directoryRepository: TableDirectoryRepository;
  readonly bot: KokoBot;
  readonly server: restify.Server;
  readonly bootstrap?: ImportSummary;
  readonly questions: QuestionHandler;
  readonly reminders: ReminderService;
  readonly rsvps: RsvpRepository;
  readonly statuses: TableStatusRepository;
  readonly outbox: TableOutboxRepository;
  readonly calendarLinks: CalendarLinks;
  readonly reports: ZwischenbilanzService;
  readonly reportLinks: ReportLinks;
  listen(options?: { port?: number; host?: string }): Promise<{ port: number; url: string }>;
  close(): Promise<void>;
}

export async function resolveStore(
  config: Config,
  options: { onEmbeddedStorage?: (event: EmbeddedStorageEvent) => void } = {},
): Promise<{ store: TableStore; embedded?: EmbeddedTables }> {
  if (config.storage.kind === 'connection-string') {
    return {
      store: new AzureTableStore({
        kind: 'connection-string',
        connectionString: config.storage.connectionString,
      }),
    };
  }
  if (config.storage.kind === 'account-url') {
    return {
      store: new AzureTableStore({ kind: 'account-url', accountUrl: config.storage.accountUrl }),
    };
  }
  const embedded = await acquireEmbeddedTables(config.storage.dataDir, {
    onEvent: options.onEmbeddedStorage,
  });
  return {
    store: new AzureTableStore({
      kind: 'connection-string',
      connectionString: embedded.connectionString,
    }),
    embedded,
  };
}

/** The one composition root: everything kokobot is made of is wired here, and only here. */
export async function createApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const logger = overrides.logger ?? createLogger({ level: config.logLevel });
  let embedded: EmbeddedTables | undefined;
  let store = overrides.store;
  if (!store) {
    const resolved = await resolveStore(config, overrides);
    store = resolved.store;
    embedded = resolved.embedded;
  }
  try {
    for (const table of Object.values(TABLES)) await store.ensureTable(table);

    const directoryRepository = new TableDirectoryRepository({ store, clock: overrides.clock });
    let bootstrap: ImportSummary | undefined;
    if (!overrides.skipDirectoryBootstrap) {
      bootstrap = await ensureDirectory(config.directoryFile, directoryRepository);
    }
    const directory = new DirectoryService({ repository: directoryRepository });
    const conversations = new RecentConversations(
      new TableConversationRepository({ store, clock: overrides.clock }),
    );
    // Set below, once the outbox and the reminder service exist.
    let wakeWaitingCards: (personId: string) => Promise<unknown> = async () => 0;
    const capture = new ConversationCapture({
      conversations,
      directory,
      logger,
      lookupMember: overrides.lookupMember,
      emailLinkTenants:
        config.credentials.mode === 'local' || overrides.forceLocalMode
          ? 'any'
          : config.allowedTenants,
      onReachable: (personId) => wakeWaitingCards(personId),
    });
    const teams = createTeamsEdge({
      credentials: overrides.forceLocalMode ? { mode: 'local' } : config.credentials,
      authSettings: overrides.authOptions,
      credentialsFactory: overrides.credentialsFactory,
      logger,
    });
    const messenger = teams.messenger;

    // Links the bot hands out point at KOKOBOT_PUBLIC_URL, else (local mode) at where it listens.
    let listenUrl: string | undefined;
    const baseUrl = () =>
      config.publicUrl ?? (config.credentials.mode === 'local' ? listenUrl : undefined);
    const calendarLinks = new CalendarLinks({
      secret: await new TableSettingsRepository(store).sharedSecret('calendar-links'),
      baseUrl,
    });
    const contexts = new TableContextRepository({ store, clock: overrides.clock });
    const outbox = new TableOutboxRepository(store);
    const questions = new QuestionHandler({
      directory,
      contexts,
      rsvps: new RsvpRepository(store),
      changes: () => meetingChanges.list(),
      clock: overrides.clock,
      calendarUrl: (meetingId) => calendarLinks.urlFor(meetingId),
      // "Meine Ziele" also sends a status card still waiting for this owner (once, via the outbox).
      ownGoals: async (personId) => {
        await wakeWaitingCards(personId).catch(() => 0);
        return ownGoalStates(statusSources, personId);
      },
      status: new StatusQuestions({
        reports: { build: (scope, language) => reports.build(scope, language) },
        links: (scope, language) => reportDownloads(scope, language),
      }),
    });
    const forwards = new TableForwardRepository(store);
    // Set below, once the reminder service exists: sends what was just queued without waiting.
    let wakeOutbox = () => {};
    const forwarding = new ForwardingHandler({
      directory,
      conversations,
      forwards,
      outbox,
      clock: overrides.clock,
      wake: () => wakeOutbox(),
    });
    const preferences = new PreferencesRepository(store, overrides.clock);
    const meetingChanges = new MeetingChangeRepository(store, overrides.clock);
    const changes = () => meetingChanges.list();
    const channels = new ChannelRepository(store, overrides.clock);
    // Set below, once the reminder service exists (the handler only calls it on confirmation).
    let reconcileReminders: () => Promise<{ notices: number }> = async () => ({ notices: 0 });
    const statuses = new TableStatusRepository(store);
    // What the Zwischenbilanz and the status cards both read.
    const statusSources: StatusSources = { directory, statuses, changes, clock: overrides.clock };
    const reports = new ZwischenbilanzService(statusSources);
    const reportLinks = new ReportLinks({
      secret: await new TableSettingsRepository(store).sharedSecret('report-links'),
      baseUrl,
      clock: overrides.clock,
    });
    function reportDownloads(scope: ReportScope, language: Language): UrlAction[] {
      return REPORT_FORMATS.flatMap((format) => {
        const url = reportLinks.urlFor(scope, format);
        return url ? [{ title: translator(language)(`report.download.${format}`), url }] : [];
      });
    }
    const handlers: Record<MessageHandlerName, MessageHandler> = {
      forwarding,
      'status-commands': new StatusCommandHandler({
        directory,
        statuses,
        reports,
        links: reportLinks,
        outbox,
        preferences,
        changes,
        index: () => questions.currentIndex(),
        clock: overrides.clock,
        reachable: async (personId) => !!(await conversations.personalChatOfPerson(personId)),
      }),
      preferences: new PreferencesHandler({ preferences, directory, clock: overrides.clock }),
      channels: new ChannelHandler({ directory, channels, index: () => questions.currentIndex() }),
      'meeting-changes': new MeetingChangeHandler({
        directory,
        changes: meetingChanges,
        reconcile: () => reconcileReminders(),
      }),
      'rsvp-offer': new RsvpOfferHandler({
        directory,
        index: () => questions.currentIndex(),
        changes,
        calendarUrl: (id) => calendarLinks.urlFor(id),
        clock: overrides.clock,
      }),
      'small-talk': new SmallTalkHandler(),
      questions,
    };
    const rsvps = new RsvpRepository(store);
    const rsvp = new RsvpHandler({
      directory,
      rsvps,
      clock: overrides.clock,
      calendarUrl: (id) => calendarLinks.urlFor(id),
    });
    const status = new StatusHandler(statusSources);
    const bot = new KokoBot({
      directory,
      capture,
      handlers,
      logger,
      rsvp,
      preferences,
      status,
      // `kokobot ask` talks to its own in-process server, outside any tenant.
      allowedTenants: overrides.forceLocalMode ? [] : config.allowedTenants,
    });

    const pause = new TablePauseGate(store);
    // Every proactive message goes through this one sender, from an outbox row.
    const proactive = new ProactiveSender({
      messenger,
      limiter: new SendRateLimiter({
        limits: overrides.reminders?.limits ?? {
          ...TEAMS_LIMITS,
          perTenantPerSecond: config.sendRatePerSecond,
        },
        // Teams' per-tenant budget is shared with every other instance on this storage.
        slots: new TableSendSlots(store),
      }),
      pause,
      clock: overrides.clock,
      timeoutMs: overrides.reminders?.timeoutMs,
    });
    const sender = new ReminderSender({
      directory,
      conversations,
      proactive,
      rsvps,
      preferences,
      outbox,
      channels,
      statuses,
      reports,
      reportLinks: reportDownloads,
      allowedTenants: config.allowedTenants,
      aadObjectIdsOf: async (personIds) =>
        (
          await Promise.all(
            personIds.map((id) => conversations.personalChatOfPerson(id).catch(() => undefined)),
          )
        ).flatMap((chat) => (chat?.aadObjectId ? [chat.aadObjectId] : [])),
      changes,
      calendarUrl: (id) => calendarLinks.urlFor(id),
    });
    const forwardDelivery = new ForwardDelivery({ forwards, conversations, outbox, proactive });
    const deliver: Deliver = (entry, flags) =>
      FORWARD_KINDS.has(entry.kind) ? forwardDelivery.deliver(entry) : sender.deliver(entry, flags);
    const scheduler = new ReminderScheduler({
      outbox,
      deliver,
      pause,
      logger,
      clock: overrides.clock,
      instanceId: overrides.reminders?.instanceId,
      leaseMs: overrides.reminders?.leaseMs,
      retry: overrides.reminders?.retry,
      concurrency: overrides.reminders?.concurrency,
    });
    const reminders = new ReminderService({
      directory,
      outbox,
      scheduler,
      preferences,
      channels,
      changes,
      logger,
      clock: overrides.clock,
    });

    reconcileReminders = () => reminders.reconcile();
    const waitingCards = new WaitingCards({
      outbox,
      instanceId: scheduler.instanceId,
      clock: overrides.clock,
      onDue: () => reminders.wake(),
    });
    wakeWaitingCards = (personId) => waitingCards.reachable(personId);
    wakeOutbox = () => reminders.wake();
    const checkedStore = store;
    const server = createHttpServer({
      teams,
      bot,
      logger,
      checkStorage: () => checkedStore.ping(),
      calendar: { links: calendarLinks, directory, changes },
      reports: { links: reportLinks, service: reports },
    });

    let closed = false;
    return {
      config,
      logger,
      store,
      directory,
      directoryRepository,
      bot,
      server,
      bootstrap,
      questions,
      calendarLinks,
      reminders,
      outbox,
      rsvps,
      statuses,
      reports,
      reportLinks,
      listen: (options = {}) =>
        new Promise((resolve, reject) => {
          const port = options.port ?? config.port;
          const host = options.host ?? config.host;
          // restify re-emits the HTTP server's errors (EADDRINUSE) on itself, unhandled otherwise.
          server.once('error', reject);
          server.listen(port, host, () => {
            const address = server.server.address() as AddressInfo;
            const url = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${address.port}`;
            listenUrl = url;
            resolve({ port: address.port, url });
          });
        }),
      close: async () => {
        if (closed) return;
        closed = true;
        await reminders.stop();
        await new Promise<void>((resolve) => {
          if (!server.server.listening) return resolve();
          server.close(() => resolve());
          server.server.closeAllConnections?.();
        });
        await contexts.idle();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
