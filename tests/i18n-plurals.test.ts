import assert from 'node:assert/strict';
import { format, LANGUAGES, type Language } from '../src/i18n';
import { CLI_CATALOGUES } from '../src/i18n/cli';
import { de } from '../src/i18n/de';
import { DIRECTORY_CATALOGUES } from '../src/i18n/directory';
import { en } from '../src/i18n/en';

/** Every catalogue of user-facing text, per language. */
const CATALOGUES: Record<Language, Record<string, string>[]> = {
  de: [de, CLI_CATALOGUES.de, DIRECTORY_CATALOGUES.de],
  en: [en, CLI_CATALOGUES.en, DIRECTORY_CATALOGUES.en],
};

/** The catalogue's plural syntax: `{count:Person|Personen}` (with the number), `{count?ist|sind}`. */
const PLURAL = /\{(\w+)([:?])([^{}|]*)\|([^{}]*)\}/g;
const PLACEHOLDER = /\{(\w+)(?:[:?+][^{}]*)?\}/g;

const COUNTS = [0, 1, 2, 21];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The counted forms the catalogues themselves write after a number: the singular and plural of
 * every `{n:one|other}`. A form that is both (German „Fehler“) tells nothing and is left out.
 */
function countedForms(templates: string[]): { one: Set<string>; other: Set<string> } {
  const one = new Set<string>();
  const other = new Set<string>();
  for (const template of templates)
    for (const [, , mode, singular, plural] of template.matchAll(PLURAL))
      if (mode === ':' && singular !== plural) {
        one.add(singular!.trim());
        other.add(plural!.trim());
      }
  for (const form of [...one])
    if (other.has(form)) {
      one.delete(form);
      other.delete(form);
    }
  return { one, other };
}

/** Every placeholder filled with `count` (a name, a date or a count alike). */
function render(template: string, count: number, language: Language): string {
  const params = Object.fromEntries(
    [...template.matchAll(PLACEHOLDER)].map(([, name]) => [name!, count]),
  );
  return format(template, params, { language });
}

describe('counted words in every catalogue (src/i18n, plural rules)', () => {
  for (const language of LANGUAGES) {
    it(`when every ${language} entry that takes a number is rendered with ${COUNTS.join(', ')}, then no number stands before the wrong form of its word`, () => {
      const templates = CATALOGUES[language].flatMap((catalogue) => Object.values(catalogue));
      const forms = countedForms(templates);
      assert.ok(forms.one.size >= 5 && forms.other.size >= 5, 'the catalogues count words');
      const rules = new Intl.PluralRules(language);
      const counted = templates.filter((template) => /\{\w+/.test(template));
      const wrong: string[] = [];
      for (const template of counted)
        for (const count of COUNTS) {
          const text = render(template, count, language);
          const banned = rules.select(count) === 'one' ? forms.other : forms.one;
          for (const form of banned)
            if (
              new RegExp(`(?<![\\p{L}\\p{N}.,])${count}\\s+${escape(form)}(?![\\p{L}])`, 'u').test(
                text,
              )
            )
              wrong.push(`${count} ${form}: ${text}`);
        }
      assert.deepEqual(wrong, []);
    });
  }

  it('when a count is in the "one" category of the language, then the singular is chosen, else the plural', () => {
    assert.equal(format('{count:Ziel|Ziele}', { count: 1 }, { language: 'de' }), '1 Ziel');
    assert.equal(format('{count:Ziel|Ziele}', { count: 21 }, { language: 'de' }), '21 Ziele');
    assert.equal(format('{count:goal|goals}', { count: 0 }, { language: 'en' }), '0 goals');
    assert.equal(format('{count:goal|goals}', { count: 1 }, { language: 'en' }), '1 goal');
  });
});
