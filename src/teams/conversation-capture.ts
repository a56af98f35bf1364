import { TeamsInfo, TurnContext } from 'botbuilder';
import { findPerson } from '../conversations/link';
import type { ConversationRepository, ConversationType } from '../conversations/model';
import type { DirectoryService } from '../directory/directory-service';
import type { Logger } from '../logging';
import { tenantOf, type InboundActivity } from './activity';

export interface ConversationCaptureOptions {
  conversations: ConversationRepository;
  directory: DirectoryService;
  logger: Logger;
  /** Looks the member up in Teams (e-mail / UPN); injected so tests can use the emulator or a stub. */
  lookupMember?: (
    context: TurnContext,
    userId: string,
  ) => Promise<{ email?: string; userPrincipalName?: string }>;
}

/**
 * On install and on every message from Teams: keep the conversation reference (so reminders and
 * status cards can be sent later) and link the user to their directory person.
 */
export class ConversationCapture {
  private readonly lookupMember: NonNullable<ConversationCaptureOptions['lookupMember']>;

  constructor(private readonly options: ConversationCaptureOptions) {
    this.lookupMember =
      options.lookupMember ?? ((context, userId) => TeamsInfo.getMember(context, userId));
  }

  async capture(context: TurnContext, activity: InboundActivity): Promise<string | undefined> {
    const aadObjectId = activity.from.aadObjectId;
    if (activity.channelId !== 'msteams' || !aadObjectId || !activity.serviceUrl) return undefined;
    const tenantId = tenantOf(activity);
    const personId = await this.resolvePerson(context, tenantId, aadObjectId, activity.from.id);
    const reference = TurnContext.getConversationReference(context.activity);
    const conversationType: ConversationType =
      activity.conversation.conversationType === 'channel'
        ? 'channel'
        : activity.conversation.conversationType === 'groupChat' || activity.conversation.isGroup
          ? 'groupChat'
          : 'personal';
    await this.options.conversations.save({
      tenantId,
      aadObjectId,
      conversationType,
      personId,
      reference: {
        channelId: activity.channelId,
        serviceUrl: activity.serviceUrl,
        conversation: {
          id: activity.conversation.id,
          conversationType: activity.conversation.conversationType,
          tenantId: tenantId || undefined,
          isGroup: activity.conversation.isGroup,
        },
        bot: { id: reference.bot?.id ?? activity.recipient.id, name: reference.bot?.name },
        user: { id: activity.from.id, aadObjectId },
        locale: activity.locale,
      },
    });
    return personId;
  }

  private async resolvePerson(
    context: TurnContext,
    tenantId: string,
    aadObjectId: string,
    userId: string,
  ): Promise<string | undefined> {
    const directory = (await this.options.directory.current())?.directory;
    if (!directory) return undefined;
    const byAad = findPerson(directory, { aadObjectId });
    if (byAad) return byAad.id;
    const linked = await this.options.conversations.linkedPerson(tenantId, aadObjectId);
    if (linked && directory.people.some((person) => person.id === linked)) return linked;
    try {
      const member = await this.lookupMember(context, userId);
      const person = findPerson(directory, { emails: [member.email, member.userPrincipalName] });
      if (person) {
        await this.options.conversations.link(tenantId, aadObjectId, person.id);
        return person.id;
      }
    } catch (error) {
      this.options.logger.warn(
        {
          err: {
            code: (error as { code?: string }).code,
            statusCode: (error as { statusCode?: number }).statusCode,
          },
        },
        'member lookup failed; user stays unlinked',
      );
    }
    return undefined;
  }
}
