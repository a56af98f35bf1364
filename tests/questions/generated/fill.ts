/** Fills a template's slots (names, aliases, English descriptors, German cases) and varies the wording. */
import { inflect, type Case } from './grammar';
import type { Random } from './prng';
import type { Genus } from './world';

export interface Entity {
  name: string;
  aliases: string[];
  genus: Genus;
  /** English descriptor ("youth office"), used as "the youth office". */
  en?: string;
}
export type Slots = Record<string, string | Entity>;

function label(
  entity: Entity,
  lang: 'de' | 'en',
  r: Random,
): { text: string; descriptor: boolean } {
  if (lang === 'en' && entity.en && r.chance(0.35))
    return { text: `the ${entity.en}`, descriptor: true };
  if (entity.aliases.length > 0 && r.chance(0.45))
    return { text: r.pick(entity.aliases), descriptor: false };
  return { text: entity.name, descriptor: false };
}

export function fill(template: string, slots: Slots, lang: 'de' | 'en', r: Random): string {
  const chosen = new Map<string, { text: string; descriptor: boolean }>();
  const text = template.replace(/\{(\w+)(?::(\w+))?\}/g, (whole, name: string, form?: string) => {
    const slot = slots[name];
    if (slot === undefined) throw new Error(`template ${template}: no slot ${name}`);
    if (typeof slot === 'string') return slot;
    if (form === 'art') return inflect(slot.name, slot.genus, 'nom');
    const picked = chosen.get(name) ?? label(slot, lang, r);
    chosen.set(name, picked);
    if (lang === 'en' || picked.descriptor) return picked.text;
    return inflect(picked.text, slot.genus, (form ?? 'bare') as Case);
  });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const ASCII: [RegExp, string][] = [
  [/ä/g, 'ae'],
  [/ö/g, 'oe'],
  [/ü/g, 'ue'],
  [/Ä/g, 'Ae'],
  [/Ö/g, 'Oe'],
  [/Ü/g, 'Ue'],
  [/ß/g, 'ss'],
];

/** One small typo in one longer word: two letters swapped, one dropped or one doubled. */
function typo(text: string, r: Random): string | undefined {
  const words = [...text.matchAll(/\p{L}{6,}/gu)];
  if (words.length === 0) return undefined;
  const word = r.pick(words);
  const w = word[0];
  const at = r.int(1, w.length - 3);
  const changed = [
    w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2),
    w.slice(0, at) + w.slice(at + 1),
    w.slice(0, at) + w[at] + w.slice(at),
  ][r.int(0, 2)]!;
  return text.slice(0, word.index) + changed + text.slice(word.index + w.length);
}

/** The wording as typed: as written, lower case, without umlauts, or with a typo. */
export function vary(text: string, r: Random): { text: string; variant: string } {
  const roll = r.next();
  if (roll < 0.4) return { text, variant: 'plain' };
  if (roll < 0.6) return { text: text.toLowerCase(), variant: 'lower' };
  if (roll < 0.8) {
    const ascii = ASCII.reduce(
      (value, [pattern, replacement]) => value.replace(pattern, replacement),
      text,
    );
    return ascii === text
      ? { text: text.toLowerCase(), variant: 'lower' }
      : { text: ascii, variant: 'ascii' };
  }
  const typed = typo(text, r);
  return typed ? { text: typed, variant: 'typo' } : { text, variant: 'plain' };
}
