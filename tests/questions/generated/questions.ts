/** Questions of every kind with expected answers, derived from a world (see kinds.ts). */
import { fill, vary, type Slots } from './fill';
import { Facts } from './facts';
import { KINDS } from './kinds';
import { Random } from './prng';
import type { Question } from './expect';
import { DE } from './templates-de';
import { EN } from './templates-en';
import type { World } from './world';

/** `count` questions over all kinds, round-robin, each in German or English, worded at random. */
export function questionsFor(world: World, count: number, salt = 0): Question[] {
  const r = new Random(world.seed * 7919 + salt);
  const facts = new Facts(world);
  const questions: Question[] = [];
  const seen = new Set<string>();
  let misses = 0;
  while (questions.length < count && misses < count * 20) {
    for (const [kind, build] of Object.entries(KINDS)) {
      if (questions.length >= count) break;
      const lang = r.chance(0.6) ? 'de' : 'en';
      const fact = build(facts, r, lang);
      const key = fact && `${kind}/${fact.sub ?? ''}`;
      const templates = key && (lang === 'de' ? DE : EN)[fact.sub ? key : kind];
      if (!fact || !templates) {
        misses += 1;
        continue;
      }
      const template = r.pick(templates);
      const plain = fill(template, fact.slots as Slots, lang, r);
      const { text, variant } = vary(plain, r);
      if (seen.has(text)) {
        misses += 1;
        continue;
      }
      seen.add(text);
      questions.push({
        kind,
        lang,
        text,
        today: world.today,
        seed: world.seed,
        template,
        variant,
        expect: fact.expect,
      });
    }
  }
  return questions;
}
