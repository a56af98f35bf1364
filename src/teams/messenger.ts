import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { StoredReference } from '../conversations/model';
import { toActivity, type Reply } from './reply';

/** Proactive messages: write to, or update a message in, a conversation the bot was in before. */
export interface Messenger {
  send(reference: StoredReference, reply: Reply): Promise<string | undefined>;
  update(reference: StoredReference, activityId: string, reply: Reply): Promise<void>;
}

interface PipelineHolder {
  client?: { pipeline?: { removePolicy(options: { name?: string; phase?: string }): unknown } };
}

/**
 * Proactive messages through botbuilder. The connector client botbuilder creates retries 429 and
 * 5xx by itself (core-rest-pipeline's retry phase); here the outbox owns retries — a 429 must pause
 * the whole fan-out and every attempt must be recorded — so that phase is removed from the client
 * this turn uses (each proactive turn gets its own client).
 */
export class AdapterMessenger implements Messenger {
  constructor(
    private readonly options: { adapter: CloudAdapter; appId: string; retriesInSdk?: boolean },
  ) {}

  private withoutSdkRetries(context: TurnContext): void {
    if (this.options.retriesInSdk) return;
    const client = context.turnState.get(this.options.adapter.ConnectorClientKey) as
      PipelineHolder | undefined;
    client?.client?.pipeline?.removePolicy({ name: 'defaultRetryPolicy' });
  }

  /**
   * Runs `logic` in a proactive turn and hands its error back to the caller: botbuilder would route
   * it to the adapter's onTurnError and resolve, and the caller could not tell a 429 from success.
   */
  private async proactive<T>(
    reference: StoredReference,
    logic: (context: TurnContext) => Promise<T>,
  ): Promise<T> {
    let result: T | undefined;
    let failure: { error: unknown } | undefined;
    await this.options.adapter.continueConversationAsync(
      this.options.appId,
      reference as Partial<ConversationReference>,
      async (context) => {
        this.withoutSdkRetries(context);
        try {
          result = await logic(context);
        } catch (error) {
          failure = { error };
        }
      },
    );
    if (failure) throw failure.error;
    return result as T;
  }

  async send(reference: StoredReference, reply: Reply): Promise<string | undefined> {
    return this.proactive(
      reference,
      async (context) => (await context.sendActivity(toActivity(reply)))?.id,
    );
  }

  async update(reference: StoredReference, activityId: string, reply: Reply): Promise<void> {
    await this.proactive(reference, async (context) => {
      await context.updateActivity({ ...toActivity(reply), id: activityId });
    });
  }
}
