import type { Activity } from 'botbuilder';
import {
  AuthenticationError,
  BotFrameworkAuthentication,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorFactory,
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
    try {
      return await this.inner.authenticateRequest(activity, authHeader);
    } catch (error) {
      throw this.refusal(error, activity.channelId);
    }
  }

  override async authenticateStreamingRequest(
    authHeader: string,
    channelIdHeader: string,
  ): Promise<AuthenticateRequestResult> {
    try {
      return await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader);
    } catch (error) {
      throw this.refusal(error, channelIdHeader);
    }
  }

  override async authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    try {
      return await this.inner.authenticateChannelRequest(authHeader);
    } catch (error) {
      throw this.refusal(error, undefined);
    }
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.inner.createConnectorFactory(claimsIdentity);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.inner.createUserTokenClient(claimsIdentity);
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
