/** Kinds about bodies: chairs (now, year, school year, date), members, yes/no membership, people of an institution. */
import { dateInQuestion } from './grammar';
import { bodyEntity, instEntity, type Build } from './kinds-people';
import type { Random } from './prng';
import type { Body } from './world';

const yes = (lang: 'de' | 'en', answer: boolean) => [
  lang === 'de' ? (answer ? 'Ja' : 'Nein') : answer ? 'Yes' : 'No',
];
const chaired = (bodies: Body[]) => bodies.filter((b) => b.chairs.length > 0);
const names = (f: Parameters<Build>[0], ids: string[]) => [...new Set(ids)].map(f.nameOf);
const shift = (iso: string, r: Random) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + r.int(-400, 500));
  return d.toISOString().slice(0, 10);
};

export const BODY_KINDS: Record<string, Build> = {
  'chair-now': (f, r) => {
    const pool = chaired(f.world.bodies).filter((b) => f.chairsOn(b, f.world.today).length > 0);
    if (pool.length === 0) return undefined;
    const b = r.pick(pool);
    return {
      slots: { body: bodyEntity(b) },
      expect: {
        mustIncludeAll: names(
          f,
          f.chairsOn(b, f.world.today).map((c) => c.person),
        ),
      },
    };
  },
  'chair-year': (f, r) => {
    const b = r.pick(chaired(f.world.bodies));
    const year = Number(f.world.today.slice(0, 4)) + r.int(-1, 2);
    const chairs = f.chairsBetween(b, `${year}-01-01`, `${year}-12-31`);
    if (chairs.length === 0) return undefined;
    return {
      slots: { body: bodyEntity(b), year: String(year) },
      expect: {
        mustIncludeAll: names(
          f,
          chairs.map((c) => c.person),
        ),
      },
    };
  },
  'chair-schoolyear': (f, r) => {
    const pool = f.world.bodies.filter((b) => b.rotation === 'school-year');
    if (pool.length === 0) return undefined;
    const b = r.pick(pool);
    const chair = r.pick(b.chairs);
    const start = Number(chair.from.slice(0, 4));
    const others = [
      ...new Set(b.chairs.filter((c) => c.person !== chair.person).map((c) => f.nameOf(c.person))),
    ];
    const schoolyear = r.chance(0.5)
      ? `${start}/${String(start + 1).slice(2)}`
      : `${start}/${start + 1}`;
    return {
      slots: { body: bodyEntity(b), schoolyear },
      expect: { mustInclude: [f.nameOf(chair.person)], mustNotInclude: others },
    };
  },
  'chair-date': (f, r, lang) => {
    const b = r.pick(chaired(f.world.bodies));
    const date = shift(f.world.today, r);
    const chairs = f.chairsOn(b, date);
    if (chairs.length !== 1) return undefined;
    const others = [
      ...new Set(
        b.chairs.filter((c) => c.person !== chairs[0]!.person).map((c) => f.nameOf(c.person)),
      ),
    ];
    return {
      slots: { body: bodyEntity(b), date: dateInQuestion(date, lang, r.int(0, 2)) },
      expect: { mustInclude: [f.nameOf(chairs[0]!.person)], mustNotInclude: others },
    };
  },
  members: (f, r) => {
    const b = r.pick(f.world.bodies);
    return { slots: { body: bodyEntity(b) }, expect: { mustIncludeAll: names(f, b.members) } };
  },
  'institutions-of-body': (f, r) => {
    const b = r.pick(f.world.bodies);
    return {
      slots: { body: bodyEntity(b) },
      expect: { mustIncludeAll: names(f, f.institutionsIn(b)) },
    };
  },
  'yes-inst-in-body': (f, r, lang) => {
    const b = r.pick(f.world.bodies);
    const answer = r.chance(0.5);
    const pool = f.world.institutions.filter((i) => f.represented(i.id, b) === answer);
    if (pool.length === 0) return undefined;
    const i = r.pick(pool);
    return {
      slots: { inst: instEntity(i), body: bodyEntity(b) },
      expect: { mustStartWith: yes(lang, answer) },
    };
  },
  'yes-person-in-body': (f, r, lang) => {
    const b = r.pick(f.world.bodies);
    const answer = r.chance(0.5);
    const pool = f.world.people.filter(
      (p) =>
        f.uniqueName(p.name) &&
        (answer
          ? b.members.includes(p.id)
          : !b.members.includes(p.id) && !b.members.includes(p.actor)),
    );
    if (pool.length === 0) return undefined;
    const p = r.pick(pool);
    return {
      slots: { person: p.name, body: bodyEntity(b) },
      expect: { mustStartWith: yes(lang, answer) },
    };
  },
  'people-of-inst-in-body': (f, r) => {
    const b = r.pick(f.world.bodies);
    const people = b.members.flatMap((id) => f.person(id) ?? []);
    if (people.length === 0) return undefined;
    const i = f.institution(r.pick(people).actor)!;
    const mine = people.filter((p) => p.actor === i.id);
    const others = people.filter((p) => p.actor !== i.id).map((p) => p.name);
    return {
      slots: { inst: instEntity(i), body: bodyEntity(b) },
      expect: { mustIncludeAll: mine.map((p) => p.name), mustNotInclude: others },
    };
  },
};
