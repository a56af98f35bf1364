import { de, type MessageKey } from './de';
import { withArticle } from '../language/articles';
import { en } from './en';

/** The message catalogues, one per language; add a language by adding a catalogue here. */
export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type { MessageKey };

const catalogues: Record<Language, Record<MessageKey, string>> = { de, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The language's plural rules, one instance each (creating one is not free). */
const pluralRules = new Map<Language, Intl.PluralRules>();

/** The form of a counted word for `count`: the first of `forms` for the "one" category, else the second. */
function pluralForm(count: number, one: string, other: string, language: Language): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return Number.isFinite(count) && rules.select(count) === 'one' ? one : other;
}

/**
 * Fills `{name}` from params. Counted words agree with their number by the language's plural rules
 * (`Intl.PluralRules`): `{count:Person|Personen}` is "1 Person" / "2 Personen", `{count?ist|sind}`
 * the word alone ("ist" / "sind"). Every count followed by a noun is written this way, never as
 * `{count} Personen`. German names of bodies and institutions take their article with `{body+art}`
 * („die Steuerungsgruppe“), or `{body+Art}` at the start of a sentence, `{body+akk}` as an object
 * („leitet den Arbeitskreis“).
 */
export function format(
  template: string,
  params: Record<string, string | number> = {},
  options: { language?: Language } = {},
): string {
  const language = options.language ?? 'de';
  return template
    .replace(/\{(\w+)\+(art|Art|akk)\}/g, (whole, name: string, mode: string) =>
      name in params
        ? withArticle(String(params[name]), {
            capital: mode === 'Art',
            accusative: mode === 'akk',
          })
        : whole,
    )
    .replace(
      /\{(\w+)([:?])([^{}|]*)\|([^{}]*)\}/g,
      (whole, name: string, mode: string, one: string, other: string) => {
        if (!(name in params)) return whole;
        const word = pluralForm(Number(params[name]), one, other, language);
        return mode === ':' ? `${params[name]} ${word}` : word;
      },
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
}

export function translator(language: Language): Translate {
  const catalogue = catalogues[language];
  return (key, params) => format(catalogue[key], params, { language });
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
