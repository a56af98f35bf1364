/**
 * Kinds about goals: owner, partners, why, due, at risk (yes/no), the status of one goal, the goals
 * of one status, the goals an institution takes part in, and the goals of a field.
 */
import { dateForms } from './grammar';
import { instEntity, type Build } from './kinds-people';
import type { Random } from './prng';
import type { Goal, GoalStatus } from './world';

/** The status words of the bot's answers (its catalogues' `status.value.*`). */
const STATUS_WORD: Record<GoalStatus, { de: string; en: string }> = {
  'on-track': { de: 'im Plan', en: 'on track' },
  'at-risk': { de: 'gefährdet', en: 'at risk' },
  delayed: { de: 'verzögert', en: 'delayed' },
  done: { de: 'erreicht', en: 'done' },
  paused: { de: 'ruht', en: 'paused' },
};

/** Status words an answer must show: reported beside the directory, so not in its file. */
export const REPORTED_STATUS_WORDS: ReadonlySet<string> = new Set(
  Object.values(STATUS_WORD).flatMap((word) => [word.de, word.en]),
);

/** The statuses a list question asks for; "off-track" is at risk or delayed. */
const LISTED: Record<string, GoalStatus[]> = {
  'off-track': ['at-risk', 'delayed'],
  'on-track': ['on-track'],
  done: ['done'],
};

function goalRef(goal: Goal, lang: 'de' | 'en', r: Random): string {
  const quoted = lang === 'de' ? `„${goal.title}“` : `"${goal.title}"`;
  return r.pick([goal.id, goal.id, quoted, goal.title]);
}

const withGoal =
  (expect: (goal: Goal, f: Parameters<Build>[0], lang: 'de' | 'en') => ReturnType<Build>): Build =>
  (f, r, lang) => {
    const goal = r.pick(f.world.goals);
    const fact = expect(goal, f, lang);
    return fact && { ...fact, slots: { ...fact.slots, goal: goalRef(goal, lang, r) } };
  };

export const GOAL_KINDS: Record<string, Build> = {
  'goal-owner': withGoal((g, f) => ({ slots: {}, expect: { mustInclude: [f.nameOf(g.owner)] } })),
  'goal-partners': withGoal((g, f) => ({
    slots: {},
    expect: { mustIncludeAll: g.partners.map(f.nameOf) },
  })),
  'goal-why': withGoal((g) => ({ slots: {}, expect: { mustInclude: [g.why] } })),
  'goal-due': withGoal((g) => ({ slots: {}, expect: { mustInclude: [dateForms(g.due)] } })),
  'yes-goal-at-risk': withGoal((g, _f, lang) => {
    const atRisk = g.status === 'at-risk';
    return {
      slots: {},
      expect: { mustStartWith: [lang === 'de' ? (atRisk ? 'Ja' : 'Nein') : atRisk ? 'Yes' : 'No'] },
    };
  }),
  'goal-status': withGoal((g, _f, lang) => ({
    slots: {},
    expect: { mustIncludeAll: [g.id, STATUS_WORD[g.status][lang]] },
  })),
  'goals-by-status': (f, r) => {
    const sub = r.pick(Object.keys(LISTED));
    const listed = f.world.goals.filter((g) => LISTED[sub]!.includes(g.status));
    // A status no goal has is answered "none"; that is asked elsewhere (the corpus).
    if (listed.length === 0) return undefined;
    const others = f.world.goals.filter((g) => !listed.includes(g));
    return {
      sub,
      slots: {},
      expect: {
        mustIncludeAll: listed.map((g) => g.id),
        // Another goal's id, as a whole word (followed by a space or punctuation).
        mustNotInclude: others.flatMap((g) => [' ', ',', '.', ')'].map((end) => `${g.id}${end}`)),
      },
    };
  },
  'goals-of-inst': (f, r) => {
    const involved = (id: string) => (g: Goal) =>
      [g.owner, ...g.partners].some((x) => x === id || f.person(x)?.actor === id);
    const pool = f.world.institutions.filter((i) => f.world.goals.some(involved(i.id)));
    if (pool.length === 0) return undefined;
    const i = r.pick(pool);
    return {
      slots: { inst: instEntity(i) },
      expect: { mustIncludeAll: f.world.goals.filter(involved(i.id)).map((g) => g.id) },
    };
  },
  'field-goals': (f, r) => {
    const field = r.pick(f.world.fields.filter((x) => f.world.goals.some((g) => g.field === x.id)));
    const label = r.chance(0.5)
      ? field.name
      : r.pick(field.aliases.length > 0 ? field.aliases : [field.name]);
    return {
      slots: { field: r.chance(0.5) ? `„${label}“` : label },
      expect: {
        mustIncludeAll: f.world.goals
          .filter((g) => g.field === field.id)
          .map((g) => [g.id, g.title]),
      },
    };
  },
};
