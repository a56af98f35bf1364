/** Questions of every kind with expected answers, derived from a world (see kinds.ts). */
import { fill, vary, type Slots } from './fill';
import { Facts } from './facts';
import { KINDS } from './kinds';
import { FOLLOW_UP_KINDS } from './kinds-follow-ups';
import type { Build } from './kinds-people';
import { FOLLOW_UPS_DE, FOLLOW_UPS_EN } from './templates-follow-ups';
import { Random } from './prng';
import type { Question } from './expect';
import { DE } from './templates-de';
import { EN } from './templates-en';
import type { World } from './world';

/** `count` questions over all kinds, round-robin, each in German or English, worded at random. */
export function questionsFor(world: World, count: number, salt = 0): Question[] {
  return questionsOf(world, count, { kinds: KINDS, de: DE, en: EN, salt });
}

/**
 * `count` follow-ups (kinds-follow-ups.ts): each a question naming its subject, then one that
 * does not, in one conversation. Its own random stream, so the plain questions stay as they are.
 */
export function followUpsFor(world: World, count: number): Question[] {
  return questionsOf(world, count, {
    kinds: FOLLOW_UP_KINDS,
    de: FOLLOW_UPS_DE,
    en: FOLLOW_UPS_EN,
    salt: 104_729,
  });
}

interface QuestionSource {
  kinds: Record<string, Build>;
  de: Record<string, string[]>;
  en: Record<string, string[]>;
  salt: number;
}

function questionsOf(world: World, count: number, source: QuestionSource): Question[] {
  const { kinds, de: DE, en: EN, salt } = source;
  const KINDS = kinds;
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
      // Two turns ("… | und die Frist?"): the last is the question checked, the others come first.
      const turns = text.split(' | ');
      questions.push({
        kind,
        lang,
        text: turns.at(-1)!,
        ...(turns.length > 1 && { before: turns.slice(0, -1) }),
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
