/*
 * The Teams edge: botbuilder's adapter with kokobot's request authentication, the turn entry the
 * HTTP server calls, and the Messenger for proactive sends. The only door to botbuilder.
 */
import {
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import {
  AuthenticationConstants,
  AuthenticationError,
  type ServiceClientCredentialsFactory,
} from 'botframework-connector';
import type { BotCredentials } from '../config';
import type { Logger } from '../logging';
import { KokoAdapter } from './adapter';
import { StrictBotAuthentication } from './authentication';
import { ConnectorMessenger } from './connector-messenger';
import type { Messenger } from './proactive';
import { createTurnErrorHandler } from './turn-error';

/** Extra authentication settings (tests point the OpenID metadata and login at a local server). */
export type AuthSettings = Partial<ConfigurationBotFrameworkAuthenticationOptions>;
/** The bot's outgoing credentials (tests: a local token instead of Microsoft Entra). */
export type CredentialsFactory = ServiceClientCredentialsFactory;

/** What the HTTP edge answers for one activity. */
export type TurnOutcome =
  | { kind: 'answered'; status: number; body?: unknown }
  /** The request's token was not accepted (logged by the authentication). */
  | { kind: 'refused' };

export interface TeamsEdge {
  /** Runs one authenticated turn of `bot` for an activity the HTTP edge has read and checked. */
  handle(
    authorization: string,
    body: Record<string, unknown>,
    bot: { run(context: TurnContext): Promise<void> },
  ): Promise<TurnOutcome>;
  /** Proactive sends (only the outbox's ProactiveSender uses it). */
  readonly messenger: Messenger;
}

export interface TeamsEdgeOptions {
  credentials: BotCredentials;
  authSettings?: AuthSettings;
  credentialsFactory?: CredentialsFactory;
  logger: Logger;
}

export function createTeamsEdge(options: TeamsEdgeOptions): TeamsEdge {
  const settings = authSettings(options.credentials, options.authSettings);
  // The one factory both the adapter and the Messenger sign with (botbuilder's own default).
  const factory =
    options.credentialsFactory ?? new ConfigurationServiceClientCredentialFactory(settings);
  const adapter = new KokoAdapter(
    new StrictBotAuthentication(
      new ConfigurationBotFrameworkAuthentication(settings, factory),
      options.logger,
    ),
  );
  adapter.onTurnError = createTurnErrorHandler(options.logger);
  const messenger = new ConnectorMessenger({
    credentials: {
      factory,
      appId: settings.MicrosoftAppId ?? '',
      ...outgoingEndpoint(settings),
    },
  });
  return {
    messenger,
    handle: async (authorization, body, bot) => {
      try {
        const answer = await adapter.handle(authorization, body, (context) => bot.run(context));
        return { kind: 'answered', status: answer?.status ?? 200, body: answer?.body };
      } catch (error) {
        if (error instanceof AuthenticationError) return { kind: 'refused' };
        throw error;
      }
    },
  };
}

function authSettings(
  credentials: BotCredentials,
  extra: AuthSettings | undefined,
): ConfigurationBotFrameworkAuthenticationOptions {
  const base: ConfigurationBotFrameworkAuthenticationOptions =
    credentials.mode === 'local'
      ? {
          MicrosoftAppId: '',
          MicrosoftAppPassword: '',
          MicrosoftAppType: '',
          MicrosoftAppTenantId: '',
        }
      : {
          MicrosoftAppId: credentials.appId,
          MicrosoftAppPassword: credentials.password ?? '',
          MicrosoftAppType: credentials.appType,
          MicrosoftAppTenantId: credentials.tenantId ?? '',
        };
  return { ...base, ...extra };
}

/**
 * The audience and login endpoint botbuilder signs proactive requests for: the configured ones
 * when set (BotFrameworkAuthenticationFactory then takes them as given), else the public cloud's.
 */
function outgoingEndpoint(settings: ConfigurationBotFrameworkAuthenticationOptions): {
  audience: string;
  loginEndpoint: string;
  validateAuthority: boolean;
} {
  const validate = settings.ValidateAuthority;
  return {
    audience:
      settings.ToChannelFromBotOAuthScope || AuthenticationConstants.ToChannelFromBotOAuthScope,
    loginEndpoint:
      settings.ToChannelFromBotLoginUrl || AuthenticationConstants.ToChannelFromBotLoginUrl,
    validateAuthority: validate === undefined ? true : String(validate) !== 'false',
  };
}
