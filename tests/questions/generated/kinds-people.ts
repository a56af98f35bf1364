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

/** Kinds asked by a person of the directory (evaluate.ts asks them as its first coordinator). */
export const ASKER_KINDS: ReadonlySet<string> = new Set(['my-bodies', 'my-deputy']);
const askerOf = (f: Facts) => f.world.people.find((p) => p.coordinator) ?? f.world.people[0];

/** Committees and towns no generated directory has (checked against the world's names). */
const UNKNOWN_BODIES = [
  { de: 'Jugendhilfeausschuss', en: 'youth welfare committee' },
  { de: 'Sportausschuss', en: 'sports committee' },
  { de: 'Kulturausschuss', en: 'culture committee' },
  { de: 'Seniorenbeirat', en: 'senior citizens council' },
  { de: 'Integrationsrat', en: 'integration council' },
  { de: 'Finanzausschuss', en: 'finance committee' },
  { de: 'Umweltausschuss', en: 'environment committee' },
];
const UNKNOWN_TOWNS = [
  'Dortmund',
  'Essen',
  'Bielefeld',
  'Paderborn',
  'Siegen',
  'Aachen',
  'Münster',
];
/** The bot's own "nothing found" (de, en): what an answer about something not there must say. */
export const NOTHING_FOUND = ['nichts gefunden', 'found nothing'];
const inWorld = (f: Facts, word: string) =>
  [...f.world.institutions, ...f.world.bodies].some((x) =>
    [x.name, ...x.aliases].some((name) => name.toLowerCase().includes(word.toLowerCase())),
  );

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
  // issue 16 (people): phrasings and subjects nobody tuned for.
  'deputy-by-role': (f, r) => {
    const pool = f.world.people.filter(
      (p) => p.deputy && f.staff(p.actor).filter((o) => o.role === p.role).length === 1,
    );
    if (pool.length === 0) return undefined;
    const p = r.pick(pool);
    const i = f.institution(p.actor)!;
    return {
      slots: { inst: instEntity(i), title: { name: p.role, aliases: [], genus: p.gender } },
      expect: { mustInclude: [f.nameOf(p.deputy!)] },
    };
  },
  'my-bodies': (f) => {
    const me = askerOf(f);
    const all = me ? [...new Set([...f.bodiesInPerson(me), ...f.bodiesViaInstitution(me)])] : [];
    if (all.length === 0) return undefined;
    return { slots: {}, expect: { mustIncludeAll: all.map((b) => b.name) } };
  },
  'my-deputy': (f) => {
    const me = askerOf(f);
    if (!me?.deputy) return undefined;
    return { slots: {}, expect: { mustInclude: [f.nameOf(me.deputy)] } };
  },
  'not-in-directory': (f, r) => {
    const sub = r.pick(['body', 'town']);
    if (sub === 'body') {
      const body = r.pick(UNKNOWN_BODIES.filter((b) => !inWorld(f, b.de)));
      if (!body) return undefined;
      return { sub, slots: body, expect: { mustInclude: [NOTHING_FOUND] } };
    }
    const town = r.pick(UNKNOWN_TOWNS.filter((t) => !inWorld(f, t)));
    if (!town) return undefined;
    return { sub, slots: { town }, expect: { mustInclude: [NOTHING_FOUND] } };
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
