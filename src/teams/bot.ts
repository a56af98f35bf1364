import {
  ActivityTypes,
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { rsvpDataSchema, type RsvpHandler } from '../reminders/rsvp-handler';
import type { StatusHandler } from '../status/status-handler';
import type { PreferencesRepository } from '../reminders/preferences';
import { renderCard } from './cards/render';
import type { DirectoryService } from '../directory/directory-service';
import { languageFromLocale, translator, type Language } from '../i18n';
import type { Logger } from '../logging';
import type { StoredReference } from '../conversations/model';
import { cleanText, inboundActivitySchema, tenantOf, type InboundActivity } from './activity';
import { parseCardAction } from './card-actions';
import { helpCard } from './cards/help-card';
import type { ConversationCapture } from './conversation-capture';
import type { MessageHandler, MessageInput } from './message-handler';
import { sendReply, toActivity, type Reply } from './reply';
import { tenantCheck } from './tenant-gate';

export interface KokoBotOptions {
  directory: DirectoryService;
  capture: ConversationCapture;
  /** Asked in order; the first that answers wins. */
  handlers: MessageHandler[];
  logger: Logger;
  rsvp: RsvpHandler;
  status?: StatusHandler;
  /** For the reminder state shown in the help card. */
  preferences?: PreferencesRepository;
  /** KOKOBOT_ALLOWED_TENANTS (lower case); empty or missing = every tenant is answered. */
  allowedTenants?: readonly string[];
}

const HELP_WORDS = /^(hilfe|help|\?|hilfe\s*!|menü|menu|was kannst du\??|what can you do\??)$/i;

/**
 * Routing only: validates the activity, keeps the conversation reference, and hands the words to
 * the features. Nothing here knows how questions are answered.
 */
export class KokoBot extends TeamsActivityHandler {
  constructor(private readonly options: KokoBotOptions) {
    super();
    this.onMembersAdded(async (context, next) => {
      const activity = this.parse(context);
      const botAdded = (context.activity.membersAdded ?? []).some(
        (member) => member.id === context.activity.recipient?.id,
      );
      if (activity && botAdded) {
        await this.captureSafely(context, activity);
        await this.sendHelp(context, activity, { welcome: true });
      }
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      const activity = this.parse(context);
      if (activity) await this.captureSafely(context, activity);
      await next();
    });
  }

  /**
   * Activities from tenants not on the allow-list never reach a handler: nothing is answered or
   * stored. An invoke still needs its HTTP answer: 200 with a plain message and no card, like every
   * other card press kokobot turns down (final for Teams; no error, no second try).
   */
  override async run(context: TurnContext): Promise<void> {
    const check = tenantCheck(context.activity, this.options.allowedTenants ?? []);
    if (check.allowed) return super.run(context);
    this.options.logger.warn(
      { type: String(context.activity?.type ?? '').slice(0, 64), tenants: check.tenants },
      'activity ignored: its tenant is not in KOKOBOT_ALLOWED_TENANTS',
    );
    if (context.activity?.type === ActivityTypes.Invoke) {
      const t = translator(languageFromLocale(context.activity.locale));
      await context.sendActivity({
        type: ActivityTypes.InvokeResponse,
        value: {
          status: 200,
          body: {
            statusCode: 200,
            type: 'application/vnd.microsoft.activity.message',
            value: t('error.tenantNotAllowed'),
          },
        },
      });
    }
  }

  /**
   * Messages go straight to handleMessage. kokobot registers no onTurn, onMessage or onDialog
   * handlers, so the base class's way there (a handler chain for each of 'Turn', 'Message' and
   * 'Dialog') would only add a dozen async frames to every message (~0.05 ms of CPU per message
   * at 900/s under `npm run bench:load`, measured with native async; more as botbuilder ships).
   * Every other activity type takes the base class's way.
   */
  protected override async onTurnActivity(context: TurnContext): Promise<void> {
    if (context.activity.type === ActivityTypes.Message) await this.handleMessage(context);
    else await super.onTurnActivity(context);
  }

  /**
   * Universal Actions (Action.Execute → adaptiveCard/action). Every invoke gets a non-empty
   * response; an empty one makes Teams retry and run the handler twice.
   *
   * Invokes are answered, never left to fail: a card press without a proper Action.Execute gets the
   * "outdated button" message (Teams retries an empty answer), and invokes kokobot does not offer
   * (task modules, message extensions …) get 400 instead of the SDK's 501.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const { name, value } = context.activity;
    if (name === 'adaptiveCard/action') {
      const action = (value as { action?: { type?: unknown } } | undefined)?.action;
      if (!action || typeof action !== 'object' || action.type !== 'Action.Execute') {
        const t = translator(languageFromLocale(context.activity.locale));
        return {
          status: 200,
          body: {
            statusCode: 200,
            type: 'application/vnd.microsoft.activity.message',
            value: t('error.staleButton'),
          },
        };
      }
    }
    const response = await super.onInvokeActivity(context);
    return response.status === 501 ? { status: 400 } : response;
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const activity = this.parse(context);
    const language = languageFromLocale(activity?.locale);
    const t = translator(language);
    const message = (text: string): AdaptiveCardInvokeResponse => ({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: text as unknown as AdaptiveCardInvokeResponse['value'],
    });
    if (!activity) return message(t('error.staleButton'));
    const verb = invokeValue?.action?.verb;
    if (
      (verb === 'status-submit' || verb === 'status-edit' || verb === 'status-refresh') &&
      this.options.status
    ) {
      const personId = await this.captureSafely(context, activity);
      const outcome = await this.options.status.handle({
        verb,
        data: (invokeValue.action.data ?? {}) as Record<string, unknown>,
        personId,
        userIds: activity.from.aadObjectId ? [activity.from.aadObjectId] : [],
        language,
      });
      if (outcome.kind === 'message') return message(outcome.text);
      if (outcome.reply.kind !== 'card') return message(outcome.reply.text);
      const rendered = renderCard(
        outcome.reply.card.template,
        outcome.reply.card.data,
        outcome.reply.text,
      );
      return {
        statusCode: 200,
        type: 'application/vnd.microsoft.card.adaptive',
        value: rendered.attachment.content as AdaptiveCardInvokeResponse['value'],
      };
    }
    const data = rsvpDataSchema.safeParse({
      ...(invokeValue?.action?.data ?? {}),
      kokobot: 'rsvp',
    });
    if (invokeValue?.action?.verb !== 'rsvp' || !data.success)
      return message(t('error.staleButton'));
    const personId = await this.captureSafely(context, activity);
    const outcome = await this.options.rsvp.answer({ personId, data: data.data, language });
    if (outcome.kind === 'message') return message(outcome.text);
    const reply = outcome.reply;
    if (reply.kind !== 'card') return message(reply.text);
    const rendered = renderCard(reply.card.template, reply.card.data, reply.text);
    return {
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: rendered.attachment.content as AdaptiveCardInvokeResponse['value'],
    };
  }

  private parse(context: TurnContext): InboundActivity | undefined {
    const result = inboundActivitySchema.safeParse(context.activity);
    if (!result.success) {
      this.options.logger.warn(
        {
          type: String(context.activity?.type ?? ''),
          problems: result.error.issues.map((issue) => issue.path.join('.')),
        },
        'activity ignored: it does not have the expected shape',
      );
      return undefined;
    }
    return result.data;
  }

  private async captureSafely(
    context: TurnContext,
    activity: InboundActivity,
  ): Promise<string | undefined> {
    try {
      return await this.options.capture.capture(context, activity);
    } catch (error) {
      this.options.logger.warn(
        { err: { code: (error as { code?: string }).code } },
        'conversation reference not stored',
      );
      return undefined;
    }
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = this.parse(context);
    if (!activity) return;
    const text = cleanText(activity.text);
    const personId = await this.captureSafely(context, activity);
    const language = languageFromLocale(activity.locale);
    if (await this.statusFallback(context, activity, personId, language)) return;
    const action = parseCardAction(activity.value);
    if (action === 'invalid') {
      await sendReply(context, { kind: 'text', text: translator(language)('error.staleButton') });
      return;
    }
    if (!action && HELP_WORDS.test(text)) {
      await this.sendHelp(context, activity, { welcome: false, personId });
      return;
    }
    const tenantId = tenantOf(activity);
    const reference: StoredReference = {
      channelId: activity.channelId,
      serviceUrl: activity.serviceUrl ?? '',
      conversation: {
        id: activity.conversation.id,
        conversationType: activity.conversation.conversationType,
        tenantId: tenantId || undefined,
        isGroup: activity.conversation.isGroup,
      },
      bot: { id: activity.recipient.id, name: activity.recipient.name },
      user: { id: activity.from.id, aadObjectId: activity.from.aadObjectId },
      locale: activity.locale,
    };
    const input: MessageInput = {
      text,
      language,
      locale: activity.locale,
      tenantId,
      conversationId: activity.conversation.id,
      aadObjectId: activity.from.aadObjectId,
      personId,
      userName: activity.from.name,
      action,
      replyToId: activity.replyToId,
      activityId: activity.id,
      reference,
    };
    for (const handler of this.options.handlers) {
      const reply = await handler.handle(input);
      if (reply) {
        await this.replyInPlace(context, reply, activity.replyToId);
        return;
      }
    }
    await sendReply(context, { kind: 'text', text: translator(language)('answer.notYet') });
  }

  /**
   * A status-check card pressed on a client without Universal Actions arrives as an Action.Submit
   * message: handled like the Action.Execute, and the card is replaced in place where possible.
   */
  private async statusFallback(
    context: TurnContext,
    activity: InboundActivity,
    personId: string | undefined,
    language: Language,
  ): Promise<boolean> {
    const value = activity.value as { kokobot?: unknown; verb?: unknown } | undefined;
    if (!this.options.status || value?.kokobot !== 'status') return false;
    const verb = value.verb === 'status-edit' ? 'status-edit' : 'status-submit';
    const outcome = await this.options.status.handle({
      verb,
      data: value as Record<string, unknown>,
      personId,
      userIds: activity.from.aadObjectId ? [activity.from.aadObjectId] : [],
      language,
    });
    const reply: Reply =
      outcome.kind === 'message' ? { kind: 'text', text: outcome.text } : outcome.reply;
    if (reply.kind === 'card' && activity.replyToId) {
      try {
        await context.updateActivity({ ...toActivity(reply), id: activity.replyToId });
        return true;
      } catch {
        // Not every client lets a card be replaced: send the new state instead.
      }
    }
    await sendReply(context, reply);
    return true;
  }

  /** The outcome of a confirmation press replaces the pressed card where the client allows it. */
  private async replyInPlace(
    context: TurnContext,
    reply: Reply,
    replyToId: string | undefined,
  ): Promise<void> {
    if (reply.kind === 'card' && reply.inPlaceOfPressedCard && replyToId) {
      try {
        await context.updateActivity({ ...toActivity(reply), id: replyToId });
        return;
      } catch {
        // Not every client lets a card be replaced: send the outcome instead.
      }
    }
    await sendReply(context, reply);
  }

  private async sendHelp(
    context: TurnContext,
    activity: InboundActivity,
    options: { welcome: boolean; personId?: string },
  ) {
    const t = translator(languageFromLocale(activity.locale));
    const organisation =
      (await this.options.directory.current())?.directory.organisation.name ??
      t('organisation.unknown');
    let reminderState: string | undefined;
    const personId = options.personId;
    if (personId && this.options.preferences) {
      const preferences = await this.options.preferences.get(personId);
      reminderState = preferences.remindersOff ? t('pref.state.off') : t('pref.state.on');
      if (preferences.awayUntil)
        reminderState += ` ${t('pref.state.away', { date: preferences.awayUntil })}`;
    }
    await sendReply(
      context,
      helpCard(t, { organisation, welcome: options.welcome, reminderState }),
    );
  }
}
