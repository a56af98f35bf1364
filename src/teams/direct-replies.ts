import {
  createHttpHeaders,
  createPipelineRequest,
  RestError,
  type PipelineRequest,
  type PipelineResponse,
} from '@azure/core-rest-pipeline';
import type { Activity, ResourceResponse } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';

/**
 * Replies go out as botframework-connector sends them — the same request (POST
 * {serviceUrl}/v3/conversations/{id}/activities/{replyToId}, the same headers and JSON), through
 * the same client pipeline (its credentials, retries and user agent) — but with the activity
 * serialized by JSON.stringify instead of @azure/core-client's mapper-driven serializer, which
 * walked the whole Activity model, card content included, for every reply: about a tenth of
 * kokobot's CPU per message under `npm run bench:load`. The JSON is the same for what kokobot
 * sends (tests/teams/direct-replies.test.ts compares both requests). A reply called with options
 * or a callback takes the library's own way.
 */

/** What botframework-connector's ConnectorClient (a ServiceClientContext) carries at run time. */
interface ClientContext {
  baseUri: string;
  requestContentType?: string;
  client: { sendRequest(request: PipelineRequest): Promise<PipelineResponse> };
}

type ReplyToActivity = ConnectorClient['conversations']['replyToActivity'];

export function withDirectReplies(connector: ConnectorClient): ConnectorClient {
  const context = connector as unknown as Partial<ClientContext>;
  const { baseUri, client } = context;
  if (typeof baseUri !== 'string' || typeof client?.sendRequest !== 'function') return connector;
  const conversations = connector.conversations;
  const libraryReply = conversations.replyToActivity.bind(conversations) as (
    ...args: unknown[]
  ) => Promise<unknown>;
  const contentType = context.requestContentType ?? 'application/json; charset=utf-8';
  const allowInsecureConnection = baseUri.toLowerCase().startsWith('http:');

  const replyToActivity = (async (...args: unknown[]) => {
    const [conversationId, activityId, activity] = args as [string, string, Partial<Activity>];
    if (args.length > 3 || typeof conversationId !== 'string' || typeof activityId !== 'string')
      return libraryReply(...args);
    const request = createPipelineRequest({
      url: activityUrl(baseUri, conversationId, activityId),
      method: 'POST',
      headers: createHttpHeaders({
        'Content-Type': contentType,
        'x-ms-conversation-id': conversationId,
      }),
      body: JSON.stringify(activity),
      // As the library's client: plain http only when the service URL is one (local connectors).
      allowInsecureConnection,
    });
    const response = await client.sendRequest(request);
    const body = parseBody(response.bodyAsText ?? undefined);
    if (response.status < 200 || response.status > 202) {
      const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
      throw new RestError(
        typeof error?.message === 'string'
          ? error.message
          : `Unexpected status code: ${response.status}`,
        {
          statusCode: response.status,
          ...(typeof error?.code === 'string' ? { code: error.code } : {}),
          request,
          response,
        },
      );
    }
    const id = (body as { id?: unknown } | undefined)?.id;
    return (typeof id === 'string' ? { id } : {}) as ResourceResponse;
  }) as unknown as ReplyToActivity;

  conversations.replyToActivity = replyToActivity;
  return connector;
}

/** As @azure/core-client builds it: path segments encoded, appended to the base URI's path. */
export function activityUrl(baseUri: string, conversationId: string, activityId: string): string {
  const url = new URL(baseUri);
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  url.pathname = `${base}v3/conversations/${encodeURIComponent(conversationId)}/activities/${encodeURIComponent(activityId)}`;
  return url.toString();
}

function parseBody(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
