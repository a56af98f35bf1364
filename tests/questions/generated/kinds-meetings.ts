/** Kinds about meetings: next, in a month, after next, last, and where / online link / agenda asked directly. */
import { dateForms, dateInQuestion, MONTHS_DE, MONTHS_EN } from './grammar';
import { bodyEntity, type Build, type Fact } from './kinds-people';
import type { Facts } from './facts';
import type { Random } from './prng';
import type { Body, Meeting } from './world';

/** Meetings the questions may ask about: from five months back to ten months ahead. */
function window(f: Facts, m: Meeting): boolean {
  const days = (Date.parse(m.start.slice(0, 10)) - Date.parse(f.world.today)) / 86_400_000;
  return days >= -150 && days <= 300;
}

const withUpcoming = (f: Facts, r: Random, count = 1) => {
  const pool = f.world.bodies.filter((b) => f.upcoming(b).length >= count);
  return pool.length > 0 ? r.pick(pool) : undefined;
};

/** The next meeting, or one on a date asked for ("/date"), with `ok` on what it must have. */
function detail(
  f: Facts,
  r: Random,
  lang: 'de' | 'en',
  ok: (m: Meeting) => boolean,
  expect: (m: Meeting) => Fact['expect'],
): Fact | undefined {
  const body = withUpcoming(f, r);
  if (!body) return undefined;
  if (r.chance(0.5)) {
    const next = f.upcoming(body)[0]!;
    return ok(next)
      ? { sub: 'next', slots: { body: bodyEntity(body) }, expect: expect(next) }
      : undefined;
  }
  const pool = f.meetingsOf(body).filter((m) => window(f, m) && ok(m));
  if (pool.length === 0) return undefined;
  const m = r.pick(pool);
  return {
    sub: 'date',
    slots: { body: bodyEntity(body), date: dateInQuestion(m.start, lang, r.int(0, 2)) },
    expect: expect(m),
  };
}

export const MEETING_KINDS: Record<string, Build> = {
  'next-meeting': (f, r) => {
    const body = withUpcoming(f, r);
    return (
      body && {
        slots: { body: bodyEntity(body) },
        expect: { mustInclude: [dateForms(f.upcoming(body)[0]!.start)] },
      }
    );
  },
  'meeting-in-month': (f, r, lang) => {
    const body: Body = r.pick(f.world.bodies);
    const all = f.meetingsOf(body);
    const month = (m: Meeting) => m.start.slice(0, 7);
    const pool = all.filter(
      (m) => window(f, m) && all.filter((o) => month(o) === month(m)).length === 1,
    );
    if (pool.length === 0) return undefined;
    const m = r.pick(pool);
    const monthName = (lang === 'de' ? MONTHS_DE : MONTHS_EN)[Number(m.start.slice(5, 7)) - 1]!;
    return {
      slots: { body: bodyEntity(body), month: monthName, year: m.start.slice(0, 4) },
      expect: { mustInclude: [dateForms(m.start)] },
    };
  },
  'meeting-ordinal': (f, r) => {
    const body = withUpcoming(f, r, 2);
    if (!body) return undefined;
    const [first, second] = f.upcoming(body);
    return {
      slots: { body: bodyEntity(body) },
      expect: { mustInclude: [dateForms(second!.start)], mustNotInclude: dateForms(first!.start) },
    };
  },
  'last-meeting': (f, r) => {
    const pool = f.world.bodies.filter((b) => f.past(b).length > 0);
    if (pool.length === 0) return undefined;
    const body = r.pick(pool);
    const last = f.past(body).at(-1)!;
    const next = f.upcoming(body)[0];
    return {
      slots: { body: bodyEntity(body) },
      expect: {
        mustInclude: [dateForms(last.start)],
        mustNotInclude: next ? dateForms(next.start) : [],
      },
    };
  },
  'meeting-where': (f, r, lang) =>
    detail(
      f,
      r,
      lang,
      () => true,
      (m) => ({ mustInclude: [m.location] }),
    ),
  'meeting-online': (f, r, lang) =>
    detail(
      f,
      r,
      lang,
      (m) => !!m.online,
      (m) => ({ mustInclude: [m.online!] }),
    ),
  'meeting-agenda': (f, r, lang) =>
    detail(
      f,
      r,
      lang,
      (m) => m.agenda.length > 0,
      (m) => ({ mustIncludeAll: m.agenda }),
    ),
};
