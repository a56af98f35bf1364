import type { Activity } from 'botbuilder';
import {
  AuthenticationConstants,
  AuthenticationError,
  BotFrameworkAuthentication,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import type { Logger } from '../logging';

/** jsonwebtoken's verification errors: a bad signature, alg "none", a token not valid yet … */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);
const MAX_REASON_LENGTH = 200;

/**
 * botbuilder's request authentication (ConfigurationBotFrameworkAuthentication), with one
 * correction: every token it does not accept is refused alike with 401 "Unauthorized".
 *
 * botbuilder lets jsonwebtoken's own errors through, so a token signed by another key under the
 * published kid, an unsigned one (alg "none"), one signed with HS256 or one not valid yet was
 * answered 500 with the library's message — a forgery looked like a server fault (and may be
 * retried). Only a failure on kokobot's side (the signing keys cannot be fetched) stays a 500.
 * Refusals are logged as one line; the caller learns nothing but "Unauthorized".
 */
export class StrictBotAuthentication extends BotFrameworkAuthentication {
  constructor(
    private readonly inner: BotFrameworkAuthentication,
    private readonly logger: Logger,
  ) {
    super();
  }

  override async authenticateRequest(
    activity: Activity,
    authHeader: string,
  ): Promise<AuthenticateRequestResult> {
    return this.keepingClients(
      await this.refusing(this.inner.authenticateRequest(activity, authHeader), activity.channelId),
    );
  }

  override async authenticateStreamingRequest(
    authHeader: string,
    channelIdHeader: string,
  ): Promise<AuthenticateRequestResult> {
    return this.keepingClients(
      await this.refusing(
        this.inner.authenticateStreamingRequest(authHeader, channelIdHeader),
        channelIdHeader,
      ),
    );
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.refusing(this.inner.authenticateChannelRequest(authHeader), undefined);
  }

  /** The inner check's result, or its failure turned into a logged refusal. */
  private async refusing<T>(check: Promise<T>, channelId: string | undefined): Promise<T> {
    try {
      return await check;
    } catch (error) {
      throw this.refusal(error, channelId);
    }
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.clients.connectorFactory(
      claimsIdentity,
      this.inner.createConnectorFactory(claimsIdentity),
    );
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.clients.userTokenClient(claimsIdentity, () =>
      this.inner.createUserTokenClient(claimsIdentity),
    );
  }

  private readonly clients = new ClientCache();

  /** The adapter creates its connector clients through the result's factory: kept ones. */
  private keepingClients(result: AuthenticateRequestResult): AuthenticateRequestResult {
    return {
      ...result,
      connectorFactory: this.clients.connectorFactory(
        result.claimsIdentity,
        result.connectorFactory,
      ),
    };
  }

  override createBotFrameworkClient(): ReturnType<
    BotFrameworkAuthentication['createBotFrameworkClient']
  > {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  private refusal(error: unknown, channelId: string | undefined): Error {
    const name = (error as Error | undefined)?.name ?? '';
    const reason = String((error as Error | undefined)?.message ?? error).slice(
      0,
      MAX_REASON_LENGTH,
    );
    const refused =
      TOKEN_ERRORS.has(name) || (error instanceof AuthenticationError && error.statusCode !== 500);
    if (!refused) {
      // Ours, not the caller's (signing keys unreachable …): a 500, so the channel tries again.
      this.logger.error({ reason, channelId }, 'request not authenticated: authentication failed');
      return new Error('Authentication unavailable');
    }
    this.logger.warn({ reason, channelId }, 'request refused: not authenticated');
    const unauthorized = new AuthenticationError('Unauthorized', 401);
    // The adapter prints what it catches to the console; a refusal needs no stack trace there.
    unauthorized.stack = 'AuthenticationError: Unauthorized';
    return unauthorized;
  }
}

const MAX_CLIENTS = 100;

/**
 * One ConnectorClient per app id, service URL and audience, and one UserTokenClient per app id,
 * kept for the life of the process. botbuilder builds both anew for every activity — each with a
 * whole HTTP pipeline — which made up the largest share of the garbage a message left behind
 * (measured with V8's sampling heap profiler under `npm run bench:load`). The clients keep no
 * state of a turn; their credentials cache and renew tokens themselves. A client whose creation
 * failed is not kept. Bounded (service URLs are few: one per Teams region).
 */
class ClientCache {
  private readonly connectors = new Map<string, Promise<ConnectorClient>>();
  private readonly tokens = new Map<string, Promise<UserTokenClient>>();

  connectorFactory<F extends ConnectorFactory | undefined>(claims: ClaimsIdentity, inner: F): F {
    if (!inner) return inner;
    return new KeptConnectorFactory(
      this.connectors,
      appIdOf(claims),
      inner,
    ) as ConnectorFactory as F;
  }

  userTokenClient(
    claims: ClaimsIdentity,
    create: () => Promise<UserTokenClient>,
  ): Promise<UserTokenClient> {
    return kept(this.tokens, appIdOf(claims), create);
  }
}

class KeptConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly cache: Map<string, Promise<ConnectorClient>>,
    private readonly appId: string,
    private readonly inner: ConnectorFactory,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return kept(this.cache, JSON.stringify([this.appId, serviceUrl, audience ?? null]), () =>
      this.inner.create(serviceUrl, audience),
    );
  }
}

function appIdOf(claims: ClaimsIdentity): string {
  return (
    claims.getClaimValue(AuthenticationConstants.AudienceClaim) ??
    claims.getClaimValue(AuthenticationConstants.AppIdClaim) ??
    ''
  );
}

function kept<T>(
  cache: Map<string, Promise<T>>,
  key: string,
  create: () => Promise<T>,
): Promise<T> {
  let client = cache.get(key);
  if (!client) {
    client = create();
    if (cache.size >= MAX_CLIENTS) cache.clear();
    cache.set(key, client);
    client.catch(() => {
      if (cache.get(key) === client) cache.delete(key);
    });
  }
  return client;
}
