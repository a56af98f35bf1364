import type { Language } from '../i18n';
import type { StatusHandler } from '../status/status-handler';
import type { InboundActivity } from './activity';
import type { Reply } from './reply';
import { SUBMIT_FALLBACKS } from './routes';

/**
 * A status-check card pressed on a client without Universal Actions (an Action.Submit message):
 * the status feature's answer, to replace the pressed card; undefined when it is no such press.
 */
export async function statusSubmitFallback(
  status: StatusHandler | undefined,
  activity: InboundActivity,
  personId: string | undefined,
  language: Language,
): Promise<Reply | undefined> {
  const value = activity.value as { kokobot?: unknown; verb?: unknown } | undefined;
  if (!status || typeof value?.kokobot !== 'string') return undefined;
  if (!Object.hasOwn(SUBMIT_FALLBACKS, value.kokobot)) return undefined;
  const verb = value.verb === 'status-edit' ? 'status-edit' : 'status-submit';
  const outcome = await status.handle({
    verb,
    data: value as Record<string, unknown>,
    personId,
    userIds: activity.from.aadObjectId ? [activity.from.aadObjectId] : [],
    language,
  });
  const reply: Reply =
    outcome.kind === 'message' ? { kind: 'text', text: outcome.text } : outcome.reply;
  return reply.kind === 'card' ? { ...reply, inPlaceOfPressedCard: true } : reply;
}
