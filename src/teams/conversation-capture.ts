import { TeamsInfo, TurnContext } from 'botbuilder';
import { findPerson, mayLinkByEmail, type EmailLinkTenants } from '../conversations/link';
import type { ConversationRepository, ConversationType } from '../conversations/model';
import type { DirectoryService } from '../directory/directory-service';
import type { Logger } from '../logging';
import { tenantOf, type InboundActivity } from './activity';

export interface ConversationCaptureOptions {
  conversations: ConversationRepository;
  directory: DirectoryService;
  logger: Logger;
  /** The tenants whose users may be linked by e-mail (see mayLinkByEmail). */
  emailLinkTenants: EmailLinkTenants;
  /** Looks the member up in Teams (e-mail / UPN); injected so tests can use the emulator or a stub. */
  lookupMember?: (
    context: TurnContext,
    userId: string,
  ) => Promise<{ email?: string; userPrincipalName?: string }>;
  /**
   * Called when a person's personal chat is newly stored or usable again (first install, first
   * message, a stale chat heard from): what waited for them can go out now.
   */
  onReachable?: (personId: string) => Promise<unknown>;
  /** The person `kokobot ask --as` speaks as, for activities of the CLI's own channel only. */
  cliAsker?: () => string | undefined;
}

/** The channel of the activities `kokobot ask` sends to its own in-process server. */
export const CLI_CHANNEL = 'kokobot-cli';

const UNPLACED_MAX_AGE_MS = 60_000;
const UNPLACED_MAX_ENTRIES = 10_000;

/**
 * On install and on every message from Teams: keep the conversation reference (so reminders and
 * status cards can be sent later) and link the user to their directory person.
 */
export class ConversationCapture {
  private readonly lookupMember: NonNullable<ConversationCaptureOptions['lookupMember']>;
  /**
   * Users the member look-up answered for but whose e-mail is in no directory person, by tenant and
   * AAD object id: not looked up again for the same directory version within a minute (a round trip
   * to Teams and a table read on every message of someone the directory does not know). Bounded.
   */
  private readonly unplaced = new Map<string, { version: string; at: number }>();

  constructor(private readonly options: ConversationCaptureOptions) {
    this.lookupMember =
      options.lookupMember ?? ((context, userId) => TeamsInfo.getMember(context, userId));
  }

  async capture(context: TurnContext, activity: InboundActivity): Promise<string | undefined> {
    if (activity.channelId === CLI_CHANNEL) return this.cliAsker();
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
    const saved = await this.options.conversations.save({
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
    if (saved === 'written' && personId && conversationType === 'personal')
      await this.notifyReachable(personId);
    return personId;
  }

  private async cliAsker(): Promise<string | undefined> {
    const personId = this.options.cliAsker?.();
    if (!personId) return undefined;
    const snapshot = await this.options.directory.current();
    return snapshot?.directory.people.some((person) => person.id === personId)
      ? personId
      : undefined;
  }

  /** The answer to the user does not depend on it: a failure is logged (no personal data). */
  private async notifyReachable(personId: string): Promise<void> {
    try {
      await this.options.onReachable?.(personId);
    } catch (error) {
      this.options.logger.warn(
        { err: { code: (error as { code?: string }).code } },
        'waiting cards not woken; they are woken on the next change of the chat',
      );
    }
  }

  private async resolvePerson(
    context: TurnContext,
    tenantId: string,
    aadObjectId: string,
    userId: string,
  ): Promise<string | undefined> {
    const snapshot = await this.options.directory.current();
    const directory = snapshot?.directory;
    if (!snapshot || !directory) return undefined;
    const byAad = findPerson(directory, { aadObjectId });
    if (byAad) return byAad.id;
    const unplacedKey = JSON.stringify([tenantId, aadObjectId]);
    const unplaced = this.unplaced.get(unplacedKey);
    if (
      unplaced?.version === snapshot.version &&
      Date.now() - unplaced.at >= 0 &&
      Date.now() - unplaced.at < UNPLACED_MAX_AGE_MS
    )
      return undefined;
    const linked = await this.options.conversations.linkedPerson(tenantId, aadObjectId);
    if (linked && directory.people.some((person) => person.id === linked)) return linked;
    if (!mayLinkByEmail(tenantId, this.options.emailLinkTenants)) return undefined;
    try {
      const member = await this.lookupMember(context, userId);
      const person = findPerson(directory, { emails: [member.email, member.userPrincipalName] });
      if (person) {
        await this.options.conversations.link(tenantId, aadObjectId, person.id);
        this.unplaced.delete(unplacedKey);
        return person.id;
      }
      this.unplaced.delete(unplacedKey);
      this.unplaced.set(unplacedKey, { version: snapshot.version, at: Date.now() });
      if (this.unplaced.size > UNPLACED_MAX_ENTRIES)
        this.unplaced.delete(this.unplaced.keys().next().value!);
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
