import { de, type MessageKey } from './de';
import { en } from './en';

/** The message catalogues, one per language; add a language by adding a catalogue here. */
export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type { MessageKey };

const catalogues: Record<Language, Record<MessageKey, string>> = { de, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function translator(language: Language): Translate {
  const catalogue = catalogues[language];
  return (key, params) => format(catalogue[key], params);
}

/** German unless the locale says English (en, en-US, en-GB …). */
export function languageFromLocale(
  locale: string | undefined,
  fallback: Language = 'de',
): Language {
  if (!locale) return fallback;
  const primary = locale.toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary ?? '')
    ? (primary as Language)
    : fallback;
}
