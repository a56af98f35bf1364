import {
  ActivityTypes,
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type FileConsentCardResponse,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { rsvpDataSchema, type RsvpHandler } from '../reminders/rsvp-handler';
import type { StatusHandler } from '../status/status-handler';
import type { PreferencesRepository } from '../reminders/preferences';
import type { DirectoryService } from '../directory/directory-service';
import { languageFromLocale, translator, type Language } from '../i18n';
import type { Logger } from '../logging';
import { cleanText, inboundActivitySchema, type InboundActivity } from './activity';
import { parseCardAction } from './card-actions';
import type { ConversationCapture } from './conversation-capture';
import { helpReply } from './help';
import { invokeMessage, invokeOutcome, invokeResponse, notOffered } from './invoke-response';
import type { MessageHandler } from './message-handler';
import { messageInput } from './message-input';
import { replyInPlace, sendReply } from './outgoing';
import { statusSubmitFallback } from './status-fallback';
import {
  CARD_ACTION_INVOKE,
  CARD_VERBS,
  HELP_WORDS,
  MESSAGE_ROUTES,
  cardVerb,
  offered,
  type MessageHandlerName,
} from './routes';
import {
  previewPressSchema,
  type DirectoryPresses,
  type FileConsentAnswers,
} from './directory-ports';
import { tenantCheck } from './tenant-gate';

export interface KokoBotOptions {
  directory: DirectoryService;
  capture: ConversationCapture;
  /** One per message route; asked in the order of MESSAGE_ROUTES, the first that answers wins. */
  handlers: Record<MessageHandlerName, MessageHandler>;
  logger: Logger;
  rsvp: RsvpHandler;
  status?: StatusHandler;
  /** For the reminder state shown in the help card. */
  preferences?: PreferencesRepository;
  /** „Übernehmen“ / „Verwerfen“ on a directory preview card (issue 17). */
  directoryUploads?: DirectoryPresses;
  /** Teams' file consent answered (a directory file offered in personal chat). */
  fileConsent?: FileConsentAnswers;
  /** KOKOBOT_ALLOWED_TENANTS (lower case); empty or missing = every tenant is answered. */
  allowedTenants?: readonly string[];
}

/**
 * Routing only: validates the activity, keeps the conversation reference, and hands it to the
 * feature routes.ts names for it. Nothing here knows how questions are answered.
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
        value: invokeResponse(invokeMessage(t('error.tenantNotAllowed'))),
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
    if (name === CARD_ACTION_INVOKE) {
      const action = (value as { action?: { type?: unknown } } | undefined)?.action;
      if (!action || typeof action !== 'object' || action.type !== 'Action.Execute') {
        const t = translator(languageFromLocale(context.activity.locale));
        return invokeResponse(invokeMessage(t('error.staleButton')));
      }
    }
    const response = await super.onInvokeActivity(context);
    return response.status === 501 ? notOffered() : response;
  }

  /** `fileConsent/invoke`, accepted: the offered file goes to the upload session Teams gives. */
  protected override async handleTeamsFileConsentAccept(
    context: TurnContext,
    response: FileConsentCardResponse,
  ): Promise<void> {
    const activity = this.parse(context);
    const consent = this.options.fileConsent;
    if (!activity || !consent) return;
    const personId = await this.captureSafely(context, activity);
    const reply = await consent.accept({
      context: response.context,
      uploadInfo: response.uploadInfo,
      personId,
      language: languageFromLocale(activity.locale),
    });
    await sendReply(context, reply);
  }

  protected override async handleTeamsFileConsentDecline(context: TurnContext): Promise<void> {
    const consent = this.options.fileConsent;
    if (consent)
      await sendReply(context, consent.decline(languageFromLocale(context.activity.locale)));
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const activity = this.parse(context);
    const language = languageFromLocale(activity?.locale);
    const stale = () => invokeMessage(translator(language)('error.staleButton'));
    if (!activity) return stale();
    const verb = cardVerb(invokeValue?.action?.verb);
    if (!verb) return stale();
    const status = this.options.status;
    if (
      (verb === 'status-submit' || verb === 'status-edit' || verb === 'status-refresh') &&
      status
    ) {
      const personId = await this.captureSafely(context, activity);
      return invokeOutcome(
        await status.handle({
          verb,
          data: (invokeValue.action.data ?? {}) as Record<string, unknown>,
          personId,
          userIds: activity.from.aadObjectId ? [activity.from.aadObjectId] : [],
          language,
        }),
      );
    }
    if (CARD_VERBS[verb] === 'directory') {
      const press = previewPressSchema.safeParse(invokeValue.action.data ?? {});
      const uploads = this.options.directoryUploads;
      if (!press.success || !uploads) return stale();
      const personId = await this.captureSafely(context, activity);
      return invokeOutcome(
        await uploads.press(
          verb as 'directory-confirm' | 'directory-discard',
          press.data.previewId,
          personId,
          language,
        ),
      );
    }
    const data = rsvpDataSchema.safeParse({ ...(invokeValue.action.data ?? {}), kokobot: 'rsvp' });
    if (verb !== 'rsvp' || !data.success) return stale();
    const personId = await this.captureSafely(context, activity);
    return invokeOutcome(await this.options.rsvp.answer({ personId, data: data.data, language }));
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
    const input = messageInput(activity, { text, language, personId, action });
    for (const route of MESSAGE_ROUTES) {
      if (!offered(route, input)) continue;
      const reply = await this.options.handlers[route.handler].handle(input);
      if (reply) {
        await replyInPlace(context, reply, activity.replyToId);
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
    const reply = await statusSubmitFallback(this.options.status, activity, personId, language);
    if (reply) await replyInPlace(context, reply, activity.replyToId);
    return !!reply;
  }

  private async sendHelp(
    context: TurnContext,
    activity: InboundActivity,
    options: { welcome: boolean; personId?: string },
  ): Promise<void> {
    const reply = await helpReply(this.options, {
      language: languageFromLocale(activity.locale),
      ...options,
    });
    await sendReply(context, reply);
  }
}
