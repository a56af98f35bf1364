import dns from 'node:dns';
import http from 'node:http';
import { isIP, type AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import {
  ConfigurationServiceClientCredentialFactory,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';

/** jose is ESM only: loaded with import() from these CommonJS tests. */
export const jose = () => import('jose');
export type SigningKey = Awaited<
  ReturnType<Awaited<ReturnType<typeof jose>>['generateKeyPair']>
>['privateKey'];

/**
 * A local stand-in for the Bot Framework's token service: an OpenID metadata document and a JWKS
 * on 127.0.0.1, and tokens signed with its key (RS256, kid in the JWKS, endorsed for msteams),
 * shaped like the ones the Bot Connector sends to a bot.
 */
export const CHANNEL_ISSUER = 'https://api.botframework.com';

export interface TokenOptions {
  /** Claims to change or add (`undefined` removes one). */
  claims?: Record<string, unknown>;
  /** Sign with this key instead of the published one (the kid stays the published one). */
  key?: SigningKey;
  kid?: string;
  /** Seconds from now; negative = expired. */
  expiresIn?: number;
  alg?: string;
}

export class ChannelIdentity {
  readonly kid = `test-key-${randomUUID()}`;
  /** Every path asked of the metadata server, in order. */
  readonly requests: string[] = [];
  private server?: http.Server;
  private privateKey?: SigningKey;
  /** The published key as PEM (for algorithm-confusion attempts). */
  publicKeyPem = '';
  private jwks: Record<string, unknown>[] = [];
  url = '';

  constructor(
    private readonly options: { appId: string; endorsements?: string[] } = { appId: '' },
  ) {}

  async start(): Promise<this> {
    const { exportJWK, exportSPKI, generateKeyPair } = await jose();
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    this.privateKey = privateKey;
    this.publicKeyPem = await exportSPKI(publicKey);
    this.jwks = [
      {
        ...(await exportJWK(publicKey)),
        kid: this.kid,
        use: 'sig',
        alg: 'RS256',
        endorsements: this.options.endorsements ?? ['msteams'],
      },
    ];
    this.server = http.createServer((req, res) => {
      this.requests.push(req.url ?? '');
      const json = (body: unknown) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.url === '/v1/.well-known/openidconfiguration') {
        return json({
          issuer: CHANNEL_ISSUER,
          authorization_endpoint: `${this.url}/v1/authorize`,
          jwks_uri: `${this.url}/v1/.well-known/keys`,
          id_token_signing_alg_values_supported: ['RS256'],
          token_endpoint_auth_methods_supported: ['private_key_jwt'],
        });
      }
      if (req.url === '/v1/.well-known/keys') return json({ keys: this.jwks });
      res.writeHead(404);
      res.end();
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }

  /**
   * Every URL botbuilder would otherwise take from Microsoft, pointed here (nothing is fetched
   * from the internet): channel and emulator metadata, the login URL, the OAuth URL.
   */
  authOptions(): Partial<ConfigurationBotFrameworkAuthenticationOptions> {
    return {
      ToBotFromChannelOpenIdMetadataUrl: `${this.url}/v1/.well-known/openidconfiguration`,
      ToBotFromEmulatorOpenIdMetadataUrl: `${this.url}/emulator/.well-known/openid-configuration`,
      ToBotFromChannelTokenIssuer: CHANNEL_ISSUER,
      ToChannelFromBotLoginUrl: `${this.url}/botframework.com`,
      ToChannelFromBotOAuthScope: 'https://api.botframework.com',
      OAuthUrl: `${this.url}/oauth`,
      CallerId: 'urn:botframework:azure',
      ValidateAuthority: true,
    };
  }

  /** A token as the Bot Connector sends it for an activity from `serviceUrl`. */
  async token(serviceUrl: string, options: TokenOptions = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const claims: Record<string, unknown> = {
      serviceurl: serviceUrl,
      nbf: now - 60,
      exp: now + (options.expiresIn ?? 3600),
      iss: CHANNEL_ISSUER,
      aud: this.options.appId,
      ...options.claims,
    };
    for (const [name, value] of Object.entries(claims))
      if (value === undefined) delete claims[name];
    const { SignJWT } = await jose();
    return new SignJWT(claims)
      .setProtectedHeader({
        alg: options.alg ?? 'RS256',
        typ: 'JWT',
        kid: options.kid ?? this.kid,
      })
      .sign(options.key ?? this.privateKey!);
  }
}

/** A key pair nobody published: tokens signed with it must be refused. */
export async function strangerKey(): Promise<SigningKey> {
  return (await (await jose()).generateKeyPair('RS256')).privateKey;
}

/**
 * The bot's own outgoing credentials without Microsoft Entra: the real configuration factory
 * (same app-id checks), but requests are signed with a fixed local token instead of asking MSAL
 * for one at login.microsoftonline.com.
 */
export const OUTGOING_TOKEN = 'local-outgoing-token';

export class LocalCredentialsFactory extends ConfigurationServiceClientCredentialFactory {
  readonly created: { appId: string; audience?: string; loginEndpoint: string }[] = [];

  override async createCredentials(
    appId: string,
    audience: string | undefined,
    loginEndpoint: string,
  ): ReturnType<ConfigurationServiceClientCredentialFactory['createCredentials']> {
    if (!(await this.isValidAppId(appId))) throw new Error('Invalid appId.');
    this.created.push({ appId, audience, loginEndpoint });
    return {
      signRequest: async (resource) => {
        resource.headers.set('authorization', `Bearer ${OUTGOING_TOKEN}`);
        return resource;
      },
    };
  }
}

/**
 * Fails every DNS look-up but localhost's (and IP literals') while installed, and records the names: everything in
 * these tests is on 127.0.0.1, so any name means something tried to reach the internet.
 */
export function blockInternet(): { lookups: string[]; restore: () => void } {
  const original = dns.lookup;
  const lookups: string[] = [];
  const guarded = ((hostname: string, ...rest: unknown[]) => {
    if (hostname === 'localhost' || isIP(hostname))
      return (original as (...args: unknown[]) => void)(hostname, ...rest);
    lookups.push(hostname);
    const callback = rest[rest.length - 1] as (error: Error) => void;
    process.nextTick(() =>
      callback(Object.assign(new Error(`blocked look-up of ${hostname}`), { code: 'ENOTFOUND' })),
    );
  }) as typeof dns.lookup;
  dns.lookup = guarded;
  return {
    lookups,
    restore: () => {
      dns.lookup = original;
    },
  };
}
