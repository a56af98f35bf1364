import { DateTime } from 'luxon';
import type { DirectoryService } from '../directory/directory-service';
import { translator } from '../i18n';
import { shortDate } from '../i18n/dates';
import { detectDateLimit, parseDay } from '../language/dates-in-text';
import { fold } from '../language/text';
import type { MessageHandler, MessageInput } from '../teams/message-handler';
import type { Reply } from '../teams/reply';
import type { PreferencesRepository } from './preferences';

const OFF =
  /^(erinnerungen (aus|stopp|stop|deaktivieren|abschalten)|reminders? off|keine erinnerungen|stop reminders)$/;
const ON = /^(erinnerungen (an|ein|aktivieren|einschalten)|reminders? on|start reminders)$/;
const AWAY = /^(abwesend|away|out of office|im urlaub|urlaub|absent)\b/;
const BACK =
  /^(wieder da|zurueck|abwesenheit (beendet|aufheben|ende)|back|i m back|im back|not away)$/;

/**
 * "erinnerungen aus / an", "abwesend bis 15.01.", "wieder da": each person controls their own
 * reminders. The state is shown in the help card.
 */
export class PreferencesHandler implements MessageHandler {
  constructor(
    private readonly options: {
      preferences: PreferencesRepository;
      directory: DirectoryService;
      clock?: () => Date;
    },
  ) {}

  async handle(input: MessageInput): Promise<Reply | undefined> {
    if (input.action) return undefined;
    const text = fold(input.text);
    const matches = OFF.test(text) || ON.test(text) || AWAY.test(text) || BACK.test(text);
    if (!matches) return undefined;
    const t = translator(input.language);
    if (!input.personId) return { kind: 'text', text: t('q.none.unknownAsker') };
    const directory = (await this.options.directory.current())?.directory;
    const zone = directory?.organisation.timezone ?? 'Europe/Berlin';
    const today = DateTime.fromJSDate(this.options.clock?.() ?? new Date(), { zone }).toISODate()!;
    if (OFF.test(text)) {
      await this.options.preferences.update(input.personId, { remindersOff: true });
      return { kind: 'text', text: t('pref.off') };
    }
    if (ON.test(text)) {
      await this.options.preferences.update(input.personId, { remindersOff: false });
      return { kind: 'text', text: t('pref.on') };
    }
    if (BACK.test(text)) {
      await this.options.preferences.update(input.personId, { awayUntil: undefined });
      return { kind: 'text', text: t('pref.back') };
    }
    const until = parseDay(text, today, { rollForward: true }) ?? detectDateLimit(text, today);
    if (!until || until < today) return { kind: 'text', text: t('pref.awayUnclear') };
    await this.options.preferences.update(input.personId, { awayUntil: until });
    const person = directory?.people.find((candidate) => candidate.id === input.personId);
    const deputy = person?.deputy
      ? directory?.people.find((candidate) => candidate.id === person.deputy)?.name
      : undefined;
    const date = shortDate(until, input.language);
    return {
      kind: 'text',
      text: deputy ? t('pref.away.deputy', { date, deputy }) : t('pref.away', { date }),
    };
  }
}
