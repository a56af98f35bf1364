/** Bodies (Gremien) with members, rotating chairs, and their meetings: explicit dates or an RRULE series. */
import { DateTime } from 'luxon';
import { rrulestr } from 'rrule';
import { AGENDA, FIELDS, PURPOSES } from './content';
import { asciiSlug, STREETS } from './names';
import type { Random } from './prng';
import type { Body, Chair, Field, Institution, Meeting, Person, Schedule } from './world';

const day = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });

/** Chairs by calendar year (`yearly`) or school year (1 Aug – 31 Jul), alternating over `who`. */
function rotate(who: string[], rotation: 'calendar' | 'school-year', year: number): Chair[] {
  const chairs: Chair[] = [];
  for (let offset = -1; offset <= 2; offset += 1) {
    const y = year + offset;
    const person = who[(offset + 1) % who.length]!;
    chairs.push(
      rotation === 'calendar'
        ? { person, from: `${y}-01-01`, to: `${y}-12-31` }
        : { person, from: `${y - 1}-08-01`, to: `${y}-07-31` },
    );
  }
  return chairs;
}

interface Context {
  r: Random;
  ort: string;
  today: string;
  institutions: Institution[];
  people: Person[];
  fields: Field[];
}

export function bodiesFor(c: Context): Body[] {
  const { r, institutions, people } = c;
  const has = (id: string) => institutions.some((institution) => institution.id === id);
  const staffOf = (id: string) => people.filter((person) => person.actor === id);
  const head = (id: string) => staffOf(id).find((person) => person.spec.head) ?? staffOf(id)[0];
  const year = Number(c.today.slice(0, 4));
  const bodies: Body[] = [];

  const sgMembers = [
    'koko',
    'aa',
    'schulamt',
    'bezreg',
    'ihk',
    'hwk',
    'dgb',
    'sva',
    'jugendamt',
    'ki',
  ];
  for (const extra of ['hochschule', 'jobcenter', 'rbb', 'dezernat', 'unternehmerverband'])
    if (has(extra) && r.chance(0.5)) sgMembers.push(extra);
  const generalist = staffOf('schulamt').find((person) => !person.spec.head) ?? head('schulamt')!;
  bodies.push({
    id: 'sg',
    name: `Steuerungsgruppe KAoA ${c.ort}`,
    aliases: ['SG', 'Steuerungsgruppe', 'Steuergremium'],
    genus: 'f',
    en: 'steering group',
    purpose: PURPOSES.sg!,
    field: 'hf4',
    members: r.shuffle(sgMembers),
    chairs: rotate(r.shuffle([generalist.id, head('aa')!.id]), 'calendar', year),
    rotation: 'calendar',
  });

  const fagFields = r.sample([0, 1, 2], r.int(1, 3)).sort();
  const fag = (index: number) => {
    const field = FIELDS[index]!;
    const n = index + 1;
    const tagged = institutions.filter((institution) => institution.tags.includes(field.tag));
    const personal = r.sample(
      people.filter((person) => tagged.some((t) => t.id === person.actor)),
      r.int(3, 6),
    );
    const koko =
      staffOf('koko').find((person) =>
        person.role.includes(field.tag === 'bo' ? 'Orientierung' : 'Übergang'),
      ) ?? head('koko')!;
    if (!personal.includes(koko)) personal.unshift(koko);
    const institutional = r.sample(
      tagged.filter((t) => !personal.some((p) => p.actor === t.id)),
      r.int(1, 3),
    );
    const other = personal.find((person) => person.actor !== 'koko') ?? personal[0]!;
    bodies.push({
      id: `fag-${n}`,
      name: `Facharbeitsgruppe ${field.name}`,
      aliases: [`FAG ${n}`, `FAG HF${n}`, `FAG ${field.short}`],
      genus: 'f',
      purpose: PURPOSES.fag!,
      field: `hf${n}`,
      members: [...personal.map((p) => p.id), ...institutional.map((i) => i.id)],
      chairs: rotate([koko.id, other.id], 'school-year', year),
      rotation: 'school-year',
    });
  };
  fagFields.forEach(fag);

  const optional: Body[] = [];
  const stubos = people.filter((person) => person.spec.stubo);
  if (stubos.length >= 2)
    optional.push({
      id: 'ak-stubo',
      name: 'Arbeitskreis Studien- und Berufswahlkoordination',
      aliases: ['AK StuBo', 'StuBo-Arbeitskreis'],
      genus: 'm',
      purpose: PURPOSES.stubo!,
      field: 'hf1',
      members: [...stubos.map((p) => p.id), 'schulamt'],
      chairs: rotate(
        r.sample(stubos, 3).map((p) => p.id),
        'school-year',
        year,
      ),
      rotation: 'school-year',
    });
  const traeger = institutions.filter((i) =>
    ['awo', 'caritas', 'diakonie', 'invia'].includes(i.id),
  );
  if (traeger.length >= 1) {
    const lead = staffOf('jugendamt').find((p) => !p.spec.head) ?? head('jugendamt')!;
    optional.push({
      id: 'ak-jbh',
      name: 'Arbeitskreis Jugendberufshilfe',
      aliases: ['AK JBH', 'AK Jugendberufshilfe'],
      genus: 'm',
      purpose: PURPOSES.jbh!,
      field: 'hf2',
      members: [lead.id, ...traeger.map((t) => t.id), 'jobcenter', 'jugendamt'],
      chairs: [{ person: lead.id, from: `${year - 1}-01-01`, to: `${year + 1}-12-31` }],
      rotation: 'calendar',
    });
  }
  const heads = people.filter((p) => p.spec.head && p.spec.title.f === 'Schulleiterin');
  if (heads.length >= 2)
    optional.push({
      id: 'sl-forum',
      name: 'Schulleitungsforum KAoA',
      aliases: ['SL-Forum', 'Forum Schulleitungen'],
      genus: 'n',
      purpose: PURPOSES.sl!,
      members: [...r.sample(heads, 5).map((p) => p.id), 'schulamt', 'koko'],
      chairs: [],
      rotation: 'none',
    });
  const konsens = ['aa', 'ihk', 'hwk', 'dgb', 'khs', 'unternehmerverband', 'jobcenter'].filter(has);
  optional.push({
    id: 'konsens',
    name: `Ausbildungskonsens ${c.ort}`,
    aliases: ['Ausbildungskonsens', 'Ausbildungsbündnis'],
    genus: 'm',
    purpose: PURPOSES.konsens!,
    field: 'hf3',
    members: konsens,
    chairs: rotate(r.shuffle([head('ihk')!.id, head('hwk')!.id]), 'calendar', year),
    rotation: 'calendar',
  });
  const wanted = Math.min(8, Math.max(4, bodies.length + r.int(1, optional.length)));
  bodies.push(...r.sample(optional, wanted - bodies.length));
  // At least four bodies: working groups for the other fields when few optional bodies exist.
  for (const index of [0, 1, 2]) if (bodies.length < 4 && !fagFields.includes(index)) fag(index);
  return bodies;
}

const RULES = [
  'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU',
  'FREQ=MONTHLY;INTERVAL=3;BYDAY=1WE',
  'FREQ=MONTHLY;BYDAY=-1TH',
  'FREQ=WEEKLY;INTERVAL=6;BYDAY=MO',
];
const SLOTS: [string, string][] = [
  ['09:00', '11:00'],
  ['10:00', '12:30'],
  ['14:00', '16:00'],
  ['13:30', '15:30'],
];

function location(r: Random, c: Context, towns: string[]): string {
  const town = r.pick(towns);
  const host = r.pick(c.institutions.filter((i) => !i.id.startsWith('schule')));
  const street = `${r.pick(STREETS)} ${r.int(1, 120)}`;
  return r.pick([
    `Rathaus ${town}, Raum ${r.int(100, 499)}, ${street}, ${r.int(30000, 59999)} ${town}`,
    `${host.name}, ${street}, ${r.int(30000, 59999)} ${town}`,
    c.ort.startsWith('Kreis ')
      ? `Kreishaus ${town}, Sitzungssaal ${r.int(1, 9)}, ${street}`
      : `Volkshochschule ${town}, Raum ${r.int(1, 30)}, ${street}`,
  ]);
}

/** Explicit meetings for some bodies, a recurring series for the others (never both). */
export function meetingsFor(c: Context, bodies: Body[], towns: string[]) {
  const { r } = c;
  const explicit: Meeting[] = [];
  const all: Meeting[] = [];
  const today = day(c.today);
  for (const body of bodies) {
    const online = (date: string) =>
      r.chance(0.5)
        ? `https://teams.microsoft.com/l/meetup-join/${asciiSlug(body.id)}-${date}`
        : undefined;
    const [start, end] = r.pick(SLOTS);
    if (r.chance(0.35)) {
      const from = today.minus({ days: r.int(90, 200) }).toISODate()!;
      const schedule: Schedule = {
        rrule: r.pick(RULES),
        from,
        start,
        end,
        location: location(r, c, towns),
        online: online('serie'),
        agenda: r.sample(AGENDA, r.int(2, 4)),
      };
      if (!schedule.online) delete schedule.online;
      body.schedule = schedule;
      const rule = rrulestr(`DTSTART:${from.replace(/-/g, '')}T000000Z\nRRULE:${schedule.rrule}`);
      const to = today.plus({ days: 360 }).toJSDate();
      for (const date of rule.between(day(from).toJSDate(), to, true)) {
        const iso = date.toISOString().slice(0, 10);
        all.push({
          id: `${body.id}@${iso}`,
          body: body.id,
          start: `${iso}T${start}`,
          end: `${iso}T${end}`,
          location: schedule.location,
          online: schedule.online,
          agenda: schedule.agenda,
        });
      }
      continue;
    }
    const count = r.int(3, 6);
    const used = new Set<string>();
    for (let index = 0; index < count; index += 1) {
      const offset = index === 0 ? -r.int(20, 150) : index === 1 ? r.int(5, 60) : r.int(61, 330);
      let date = today.plus({ days: offset });
      while (date.weekday > 4) date = date.plus({ days: 1 });
      const month = date.toFormat('yyyy-MM');
      if (used.has(month)) continue;
      used.add(month);
      const iso = date.toISODate()!;
      const meeting: Meeting = {
        id: `${body.id}-${iso}`,
        body: body.id,
        start: `${iso}T${start}`,
        end: `${iso}T${end}`,
        location: r.chance(0.15) ? 'Online' : location(r, c, towns),
        online: online(iso),
        agenda: r.sample(AGENDA, r.int(2, 5)),
      };
      if (meeting.location === 'Online')
        meeting.online ??= `https://teams.microsoft.com/l/meetup-join/${body.id}-${iso}`;
      if (!meeting.online) delete meeting.online;
      explicit.push(meeting);
      all.push(meeting);
    }
  }
  const byStart = (a: Meeting, b: Meeting) => a.start.localeCompare(b.start);
  return { explicit: explicit.sort(byStart), all: all.sort(byStart) };
}
