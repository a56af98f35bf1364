import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { StoredReference } from '../conversations/model';
import { toActivity, type Reply } from './reply';

/** Proactive messages: write to, or update a message in, a conversation the bot was in before. */
export interface Messenger {
  send(reference: StoredReference, reply: Reply): Promise<string | undefined>;
  update(reference: StoredReference, activityId: string, reply: Reply): Promise<void>;
}

export class AdapterMessenger implements Messenger {
  constructor(private readonly options: { adapter: CloudAdapter; appId: string }) {}

  async send(reference: StoredReference, reply: Reply): Promise<string | undefined> {
    let id: string | undefined;
    await this.options.adapter.continueConversationAsync(
      this.options.appId,
      reference as Partial<ConversationReference>,
      async (context) => {
        id = (await context.sendActivity(toActivity(reply)))?.id;
      },
    );
    return id;
  }

  async update(reference: StoredReference, activityId: string, reply: Reply): Promise<void> {
    await this.options.adapter.continueConversationAsync(
      this.options.appId,
      reference as Partial<ConversationReference>,
      async (context) => {
        await context.updateActivity({ ...toActivity(reply), id: activityId });
      },
    );
  }
}
