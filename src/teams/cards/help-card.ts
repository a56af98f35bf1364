import type { Translate } from '../../i18n';
import type { Reply } from '../reply';

/** Data of cards/help.json: the help overview, also sent (with a welcome title) on install. */
export interface HelpCardData {
  title: string;
  intro: string;
  capabilities: { label: string; text: string }[];
  examplesTitle: string;
  examples: string[];
  footer: string;
  /** The person's reminder settings, when known. */
  reminderState?: string;
}

export function helpCard(
  t: Translate,
  options: { organisation: string; welcome: boolean; reminderState?: string },
): Reply {
  const data: HelpCardData = {
    title: options.welcome ? t('welcome.title') : t('help.title'),
    intro: options.welcome
      ? t('welcome.text', { organisation: options.organisation })
      : t('help.intro', { organisation: options.organisation }),
    capabilities: (['who', 'what', 'when', 'with', 'why', 'reminders'] as const).map((kind) => ({
      label: t(`help.capability.${kind}`),
      text: t(`help.capability.${kind}.text`),
    })),
    examplesTitle: t('help.examples.title'),
    examples: [t('help.example.1'), t('help.example.2'), t('help.example.3')],
    footer: t('help.footer'),
    reminderState: options.reminderState,
  };
  const fallback = options.welcome
    ? `${t('welcome.text', { organisation: options.organisation })} ${t('help.footer')}`
    : t('help.fallback', { organisation: options.organisation });
  return { kind: 'card', card: { template: 'help', data }, text: fallback };
}
