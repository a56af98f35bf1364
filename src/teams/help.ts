import type { DirectoryService } from '../directory/directory-service';
import { translator, type Language } from '../i18n';
import type { PreferencesRepository } from '../reminders/preferences';
import { helpCard } from './cards/help-card';
import type { Reply } from './reply';

export interface HelpSources {
  directory: DirectoryService;
  /** For the reminder state shown in the help card. */
  preferences?: PreferencesRepository;
}

/** The help card (or, on install, the welcome card), with the person's reminder state when known. */
export async function helpReply(
  sources: HelpSources,
  options: { language: Language; welcome: boolean; personId?: string },
): Promise<Reply> {
  const t = translator(options.language);
  const organisation =
    (await sources.directory.current())?.directory.organisation.name ?? t('organisation.unknown');
  let reminderState: string | undefined;
  if (options.personId && sources.preferences) {
    const preferences = await sources.preferences.get(options.personId);
    reminderState = preferences.remindersOff ? t('pref.state.off') : t('pref.state.on');
    if (preferences.awayUntil)
      reminderState += ` ${t('pref.state.away', { date: preferences.awayUntil })}`;
  }
  return helpCard(t, { organisation, welcome: options.welcome, reminderState });
}
