/** Kinds about goals: owner, partners, why, due, at risk (yes/no), and the goals of a field. */
import { dateForms } from './grammar';
import type { Build } from './kinds-people';
import type { Random } from './prng';
import type { Goal } from './world';

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
