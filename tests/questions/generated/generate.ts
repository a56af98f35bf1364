/** A whole fictional municipality's directory from one seed: `generateWorld(seed)`, `toYaml(world)`. */
import { DateTime } from 'luxon';
import { Document, isScalar, visit } from 'yaml';
import { bodiesFor, meetingsFor } from './bodies';
import { FIELDS, GOALS } from './content';
import { institutionsFor } from './institutions';
import { PLACES, townsOf } from './names';
import { peopleFor } from './people';
import { Random } from './prng';
import type { Field, Goal, GoalStatus, World } from './world';

const STATUSES: GoalStatus[] = ['on-track', 'on-track', 'at-risk', 'delayed', 'done', 'paused'];

/** Lower case without diacritics and separators, to find clashing names and aliases. */
const key = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');

export function generateWorld(seed: number, options: { kind?: 'city' | 'kreis' } = {}): World {
  const r = new Random(seed);
  const places = PLACES.filter((place) => !options.kind || place.kind === options.kind);
  const place = r.pick(places);
  const ort = place.kind === 'city' ? place.name : `Kreis ${place.name}`;
  const today = DateTime.fromISO('2026-09-01', { zone: 'utc' })
    .plus({ days: r.int(0, 420) })
    .toISODate()!;
  const towns = townsOf(place);
  const institutions = institutionsFor(r.fork(1), place, towns);
  const people = peopleFor(r.fork(2), institutions);
  const fields: Field[] = FIELDS.map((field, index) => ({
    id: `hf${index + 1}`,
    number: index + 1,
    name: field.name,
    aliases: [`HF${index + 1}`, `Handlungsfeld ${index + 1}`, field.alias],
    description: field.description,
  }));
  const context = { r: r.fork(3), ort, today, institutions, people, fields };
  const bodies = bodiesFor(context);
  const { explicit, all } = meetingsFor(context, bodies, towns);

  // Partners of institutions: those they share a body with (institution members), at most six.
  for (const institution of institutions) {
    const shared = bodies
      .filter((body) => body.members.includes(institution.id))
      .flatMap((body) => body.members)
      .filter((id) => id !== institution.id && institutions.some((other) => other.id === id));
    institution.partners = [...new Set(shared)].slice(0, 6);
  }

  const g = r.fork(4);
  const goals: Goal[] = [];
  fields.forEach((field, index) => {
    const pool = g.sample(GOALS[index]!, g.int(1, Math.min(4, GOALS[index]!.length)));
    pool.forEach(([title, what, why], k) => {
      const candidates = people.filter((person) =>
        institutions.find((i) => i.id === person.actor)!.tags.includes(FIELDS[index]!.tag),
      );
      const owner = g.pick(candidates.length > 0 ? candidates : people);
      const partnerPool = [
        ...institutions.filter((i) => i.id !== owner.actor).map((i) => i.id),
        ...people.filter((p) => p.id !== owner.id).map((p) => p.id),
      ];
      const body = bodies.find((b) => b.field === field.id && b.id.startsWith('fag')) ?? bodies[0]!;
      goals.push({
        id: `Z${field.number}.${k + 1}`,
        field: field.id,
        title: `${title}`,
        what,
        why,
        owner: owner.id,
        partners: g.sample(partnerPool.slice(0, 30), g.int(2, 4)),
        due: DateTime.fromISO(today)
          .plus({ months: g.int(-2, 30) })
          .endOf('month')
          .toISODate()!,
        body: body.id,
        status: g.pick(STATUSES),
        progress: g.int(0, 100),
      });
    });
  });

  // Every name and alias names one record only: a clashing alias is dropped.
  const seen = new Set<string>();
  const records = [...institutions, ...bodies, ...fields];
  for (const record of records) seen.add(key(record.name));
  for (const record of records)
    record.aliases = record.aliases.filter((alias) => {
      const k = key(alias);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });

  return {
    seed,
    place: ort,
    placeKind: place.kind,
    organisation: {
      name: `Kommunale Koordinierungsstelle KAoA ${ort}`,
      timezone: 'Europe/Berlin',
      locale: 'de-DE',
      state: 'NW',
    },
    today,
    institutions,
    people,
    bodies,
    fields,
    goals,
    meetings: all,
    explicitMeetings: explicit,
  };
}

/** The world as a directory file (the schema of src/directory/schema.ts). */
export function toYaml(world: World): string {
  const directory = {
    organisation: world.organisation,
    actors: world.institutions.map(({ id, name, aliases, kind, description, partners }) => ({
      id,
      name,
      aliases,
      kind,
      description,
      partners,
    })),
    people: world.people.map(({ id, name, actor, role, email, deputy, coordinator }) => ({
      id,
      name,
      actor,
      role,
      email,
      ...(deputy ? { deputy } : {}),
      ...(coordinator ? { coordinator } : {}),
    })),
    bodies: world.bodies.map(
      ({ id, name, aliases, purpose, field, members, chairs, schedule }) => ({
        id,
        name,
        aliases,
        purpose,
        ...(field ? { field } : {}),
        members,
        chairs,
        ...(schedule ? { schedule } : {}),
      }),
    ),
    fields: world.fields.map(({ id, name, aliases, description }) => ({
      id,
      name,
      aliases,
      description,
    })),
    goals: world.goals.map(({ id, field, title, what, why, owner, partners, due, body }) => ({
      id,
      field,
      title,
      what,
      why,
      owner,
      partners,
      due,
      body,
    })),
    meetings: world.explicitMeetings,
  };
  const header = [
    `# Generiertes Verzeichnis (Seed ${world.seed}): ${world.organisation.name}.`,
    '# Alle Institutionen, Personen und Adressen sind erfunden (tests/questions/generated/generate.ts).',
    `# Stichtag der Fragen ("heute"): ${world.today}. Der Stand der Ziele (Statusmeldungen) steht nicht in`,
    '# dieser Datei, sondern wird beim Auswerten gespeichert (ein Status je Ziel). Gremien mit `schedule`',
    '# tagen nach der RRULE ab `from`; Vorsitze nach Kalenderjahr oder Schuljahr (1.8.–31.7.).',
    ...world.goals.map((goal) => `#   ${goal.id}: ${goal.status}, ${goal.progress} %`),
    '',
  ];
  const document = new Document(directory);
  // Short lists on one line ("members: [sg, aa]"), chairs as one line each, as people write them.
  visit(document, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
    Map(_, node) {
      if (node.items.some((pair) => isScalar(pair.key) && pair.key.value === 'person'))
        node.flow = true;
    },
  });
  return header.join('\n') + document.toString({ lineWidth: 0, flowCollectionPadding: false });
}
