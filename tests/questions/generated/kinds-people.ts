/** Kinds about people and institutions: contact, who is, by role, coordinators, deputies, bodies of a person. */
import type { Expectation } from './expect';
import type { Facts } from './facts';
import type { Entity } from './fill';
import type { Random } from './prng';
import type { Body, Institution } from './world';

export interface Fact {
  sub?: string;
  slots: Record<string, string | Entity>;
  expect: Expectation;
}
export type Build = (facts: Facts, r: Random, lang: 'de' | 'en') => Fact | undefined;

export const instEntity = (i: Institution): Entity => ({
  name: i.name,
  aliases: i.aliases,
  genus: i.genus,
  en: i.en,
});
export const bodyEntity = (b: Body): Entity => ({
  name: b.name,
  aliases: b.aliases,
  genus: b.genus,
  en: b.en,
});

const somePerson = (f: Facts, r: Random) =>
  r.pick(f.world.people.filter((p) => f.uniqueName(p.name)));

export const PEOPLE_KINDS: Record<string, Build> = {
  'contact-email': (f, r) => {
    const p = somePerson(f, r);
    return { slots: { person: p.name }, expect: { mustInclude: [p.email] } };
  },
  'contact-phone': (f, r) => {
    const i = r.pick(f.world.institutions);
    return { slots: { inst: instEntity(i) }, expect: { mustInclude: [i.phone] } };
  },
  'who-is': (f, r) => {
    const p = somePerson(f, r);
    return { slots: { person: p.name }, expect: { mustInclude: [p.role, f.nameOf(p.actor)] } };
  },
  'person-by-role': (f, r) => {
    const i = r.pick(f.world.institutions.filter((x) => f.staff(x.id).length > 0));
    const staff = f.staff(i.id);
    const sub = r.pick(['head', 'topic', 'title']);
    const candidates =
      sub === 'head'
        ? staff.filter((p) => p.spec.head)
        : sub === 'topic'
          ? staff.filter((p) => p.spec.topic)
          : staff;
    // The role must name one person of the institution.
    const pool = candidates.filter((p) => staff.filter((o) => o.role === p.role).length === 1);
    if (pool.length === 0) return undefined;
    const p = r.pick(pool);
    const others = staff.filter((o) => o.id !== p.id).map((o) => o.name);
    return {
      sub,
      slots: {
        inst: instEntity(i),
        topic: p.spec.topic?.[r.chance(0.5) ? 'de' : 'en'] ?? '',
        title: { name: p.role, aliases: [], genus: p.gender },
      },
      expect: { mustInclude: [p.name], mustNotInclude: others },
    };
  },
  coordinators: (f) => ({
    slots: {},
    expect: { mustIncludeAll: f.coordinators().map((p) => p.name) },
  }),
  deputy: (f, r) => {
    const pool = f.world.people.filter((p) => p.deputy && f.uniqueName(p.name));
    if (pool.length === 0) return undefined;
    const p = r.pick(pool);
    return { slots: { person: p.name }, expect: { mustInclude: [f.nameOf(p.deputy!)] } };
  },
  deputises: (f, r) => {
    const pool = f.world.people.filter((p) => f.deputisedBy(p).length > 0);
    if (pool.length === 0) return undefined;
    const p = r.pick(pool);
    return {
      slots: { person: p.name },
      expect: { mustIncludeAll: f.deputisedBy(p).map((o) => o.name) },
    };
  },
  'bodies-in-person': (f, r) => {
    const pool = f.world.people.filter((p) => f.bodiesInPerson(p).length > 0);
    if (pool.length === 0) return undefined;
    const p = r.pick(pool);
    const direct = f.bodiesInPerson(p);
    const only = f.bodiesViaInstitution(p).filter((b) => !direct.includes(b));
    return {
      slots: { person: p.name },
      expect: {
        mustIncludeAll: direct.map((b) => b.name),
        mustNotInclude: only.map((b) => b.name),
      },
    };
  },
  'bodies-via-institution': (f, r) => {
    const pool = f.world.people.filter((p) =>
      f.bodiesViaInstitution(p).some((b) => !f.bodiesInPerson(p).includes(b)),
    );
    if (pool.length === 0) return undefined;
    const p = r.pick(pool);
    const all = new Set([...f.bodiesInPerson(p), ...f.bodiesViaInstitution(p)]);
    return { slots: { person: p.name }, expect: { mustIncludeAll: [...all].map((b) => b.name) } };
  },
};
