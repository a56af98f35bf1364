import { TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import type { StoredReference } from '../conversations/model';
import { toActivity } from './outgoing';
import { ProactiveSendError, type Messenger } from './proactive';
import type { Reply } from './reply';

/** Where and as whom the bot's outgoing requests are signed, as botbuilder's adapter does it. */
export interface OutgoingCredentials {
  /** The same factory the adapter's BotFrameworkAuthentication was given. */
  factory: ServiceClientCredentialsFactory;
  /** '' in local mode: requests then carry no token. */
  appId: string;
  audience: string;
  loginEndpoint: string;
  validateAuthority: boolean;
}

/** A header bag with what botframework-connector's credentials set when they sign a request. */
interface SignableRequest {
  headers: { set(name: string, value: string): void; get(name: string): string | undefined };
}

/**
 * Proactive messages through a client of kokobot's own: one request per call to the connector's
 * REST API (POST {serviceUrl}/v3/conversations/{id}/activities, PUT …/activities/{activityId}),
 * signed by the credentials the adapter uses, and no retries. The outbox owns retries: a 429 must
 * pause the whole fan-out and every attempt must be recorded, so the first answer is the one it
 * sees. The SDK's connector clients, which reply within turns with their own retry policy, are
 * left as published.
 */
export class ConnectorMessenger implements Messenger {
  private credentials?: ReturnType<ServiceClientCredentialsFactory['createCredentials']>;

  constructor(
    private readonly options: { credentials: OutgoingCredentials; fetch?: typeof fetch },
  ) {}

  async send(reference: StoredReference, reply: Reply): Promise<string | undefined> {
    const response = await this.request(reference, { method: 'POST', reply });
    const id = (response as { id?: unknown } | undefined)?.id;
    return typeof id === 'string' ? id : undefined;
  }

  async update(reference: StoredReference, activityId: string, reply: Reply): Promise<void> {
    await this.request(reference, { method: 'PUT', reply, activityId });
  }

  private async request(
    reference: StoredReference,
    call: { method: 'POST' | 'PUT'; reply: Reply; activityId?: string },
  ): Promise<unknown> {
    // As TurnContext.sendActivity/updateActivity address it in a proactive turn.
    const activity: Partial<Activity> = TurnContext.applyConversationReference(
      { ...toActivity(call.reply), ...(call.activityId ? { id: call.activityId } : {}) },
      reference as Partial<ConversationReference>,
    );
    const headers = new Headers({
      'content-type': 'application/json; charset=utf-8',
      'x-ms-conversation-id': reference.conversation.id,
    });
    const authorization = await this.authorization();
    if (authorization) headers.set('authorization', authorization);
    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(
        activitiesUrl(reference.serviceUrl, reference.conversation.id, call.activityId),
        { method: call.method, headers, body: JSON.stringify(activity) },
      );
    } catch (error) {
      const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
      const code = typeof cause?.code === 'string' ? cause.code : 'network';
      throw new ProactiveSendError(`connector unreachable (${code})`, { code, cause: error });
    }
    const text = await response.text().catch(() => '');
    if (!response.ok)
      throw new ProactiveSendError(`connector answered HTTP ${response.status}`, {
        statusCode: response.status,
        headers: response.headers,
      });
    return parseJson(text);
  }

  /** "Bearer …" from the credentials botbuilder's factory makes; none in local mode. */
  private async authorization(): Promise<string | undefined> {
    const { factory, appId, audience, loginEndpoint, validateAuthority } = this.options.credentials;
    if (!appId) return undefined;
    this.credentials ??= factory.createCredentials(
      appId,
      audience,
      loginEndpoint,
      validateAuthority,
    );
    // A failed creation is tried again on the next send, not kept.
    const credentials = await this.credentials.catch((error: unknown) => {
      this.credentials = undefined;
      throw error;
    });
    const values = new Map<string, string>();
    const request: SignableRequest = {
      headers: {
        set: (name, value) => values.set(name.toLowerCase(), value),
        get: (name) => values.get(name.toLowerCase()),
      },
    };
    await credentials.signRequest(request as Parameters<typeof credentials.signRequest>[0]);
    return values.get('authorization');
  }
}

/** As botframework-connector builds it: path segments encoded, appended to the service URL's path. */
export function activitiesUrl(
  serviceUrl: string,
  conversationId: string,
  activityId?: string,
): string {
  const url = new URL(serviceUrl);
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  const activity = activityId === undefined ? '' : `/${encodeURIComponent(activityId)}`;
  url.pathname = `${base}v3/conversations/${encodeURIComponent(conversationId)}/activities${activity}`;
  return url.toString();
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
