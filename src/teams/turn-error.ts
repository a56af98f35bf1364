import type { TurnContext } from 'botbuilder';
import { ErrorCodes, isAppError } from '../errors';
import { languageFromLocale, translator } from '../i18n';
import type { Logger } from '../logging';
import { invokeMessage, invokeResponse, notOffered } from './invoke-response';
import { CARD_ACTION_INVOKE } from './routes';

/**
 * The one place an unexpected error in a turn ends up: logged with its code and kind (never the
 * message text or who wrote it), and answered with a plain sentence in the user's language.
 */
export function createTurnErrorHandler(logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const storageDown = isAppError(error, ErrorCodes.STORAGE_UNAVAILABLE);
    logger.error(
      {
        err: { name: error?.name, code: isAppError(error) ? error.code : undefined },
        stack: isAppError(error) ? undefined : error?.stack?.split('\n').slice(0, 6).join('\n'),
        activityType: context.activity?.type,
      },
      storageDown ? 'turn failed: storage unavailable' : 'turn failed',
    );
    const locale = context.activity?.locale;
    const t = translator(languageFromLocale(typeof locale === 'string' ? locale : undefined));
    if (context.activity?.type === 'invoke') {
      // An invoke needs its HTTP answer (the adapter would say 501): a card press gets the plain
      // sentence in place of the card; other invokes, which kokobot does not offer, get 400.
      const card = context.activity.name === CARD_ACTION_INVOKE;
      await context
        .sendActivity({
          type: 'invokeResponse',
          value: card
            ? invokeResponse(
                invokeMessage(storageDown ? t('error.storageUnavailable') : t('error.generic')),
              )
            : notOffered(),
        })
        .catch(() => undefined);
      return;
    }
    if (context.activity?.type !== 'message') return;
    try {
      await context.sendActivity({
        type: 'message',
        text: storageDown ? t('error.storageUnavailable') : t('error.generic'),
      });
    } catch {
      // The channel is unreachable too; the log line above is all we can do.
    }
  };
}
