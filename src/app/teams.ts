import type { Config } from '../config';
import type { RecentConversations } from '../conversations/recent-conversations';
import type { DirectoryService } from '../directory/directory-service';
import type { Logger } from '../logging';
import type { RsvpHandler } from '../reminders/rsvp-handler';
import type { PreferencesRepository } from '../reminders/preferences';
import type { StatusHandler } from '../status/status-handler';
import { createTeamsEdge, type TeamsEdge } from '../teams';
import { KokoBot, type KokoBotOptions } from '../teams/bot';
import { ConversationCapture } from '../teams/conversation-capture';
import type { MessageHandler } from '../teams/message-handler';
import type { MessageHandlerName } from '../teams/routes';
import type { AppOverrides } from './overrides';

/** botbuilder's adapter with kokobot's authentication, and the Messenger for proactive sends. */
export function wireTeamsEdge(options: {
  config: Config;
  overrides: AppOverrides;
  logger: Logger;
}): TeamsEdge {
  const { config, overrides } = options;
  return createTeamsEdge({
    credentials: overrides.forceLocalMode ? { mode: 'local' } : config.credentials,
    authSettings: overrides.authOptions,
    credentialsFactory: overrides.credentialsFactory,
    logger: options.logger,
  });
}

/** The bot: keeps where each person is reached, and routes every activity by src/teams/routes.ts. */
export function wireBot(options: {
  config: Config;
  overrides: AppOverrides;
  logger: Logger;
  directory: DirectoryService;
  conversations: RecentConversations;
  /** A person just became reachable (status cards waiting for them go out). */
  onReachable: (personId: string) => Promise<unknown>;
  handlers: Record<MessageHandlerName, MessageHandler>;
  rsvp: RsvpHandler;
  status: StatusHandler;
  preferences: PreferencesRepository;
  directoryUploads?: KokoBotOptions['directoryUploads'];
  fileConsent?: KokoBotOptions['fileConsent'];
}): KokoBot {
  const { config, overrides, logger, directory } = options;
  const local = config.credentials.mode === 'local' || overrides.forceLocalMode;
  const capture = new ConversationCapture({
    conversations: options.conversations,
    directory,
    logger,
    lookupMember: overrides.lookupMember,
    cliAsker: overrides.forceLocalMode ? overrides.cliAsker : undefined,
    emailLinkTenants: local ? 'any' : config.allowedTenants,
    onReachable: options.onReachable,
  });
  return new KokoBot({
    directory,
    capture,
    handlers: options.handlers,
    logger,
    rsvp: options.rsvp,
    preferences: options.preferences,
    status: options.status,
    directoryUploads: options.directoryUploads,
    fileConsent: options.fileConsent,
    // `kokobot ask` talks to its own in-process server, outside any tenant.
    allowedTenants: overrides.forceLocalMode ? [] : config.allowedTenants,
  });
}
