import type { Directory } from '../src/directory/model';

/**
 * A large, plausible directory for benchmarks: German names drawn from small pools (so surnames
 * repeat, as they do), institutions and bodies with aliases, goals with titles. Deterministic.
 */
const FIRST =
  'Anna Bernd Carla Dieter Eva Frank Gabi Hans Ines Jan Karin Lars Maria Nils Olga Paul Rita Sven Tina Uwe Vera Willi Yvonne Zoe Jürgen Björn Sören Anja Katrin Thomas Sabine Michael Julia Oliver Sandra Markus Nadine Stefan Claudia Ralf Petra Heike Dirk Silke Tobias Lena Jonas Mia Emil Ida'.split(
    ' ',
  );
const LAST =
  'Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer'.split(
    ' ',
  );
const KINDS = ['city', 'school-authority', 'partner', 'network', 'external'] as const;
const INSTITUTION = [
  'Jugendamt',
  'Schulamt',
  'Agentur für Arbeit',
  'Integrationszentrum',
  'Handwerkskammer',
  'Industrie- und Handelskammer',
  'Berufskolleg',
  'Gesamtschule',
  'Gymnasium',
  'Realschule',
  'Hochschule',
  'Jobcenter',
  'Bildungsbüro',
  'Wirtschaftsförderung',
  'Kreishandwerkerschaft',
  'Unternehmensverband',
  'Gewerkschaft',
  'Jugendberufsagentur',
  'Beratungsstelle',
  'Bildungswerk',
];
const CITY = [
  'Bochum',
  'Herne',
  'Dortmund',
  'Essen',
  'Gelsenkirchen',
  'Witten',
  'Hattingen',
  'Bottrop',
  'Hagen',
  'Recklinghausen',
  'Castrop-Rauxel',
  'Herten',
  'Marl',
  'Unna',
  'Hamm',
  'Mülheim',
  'Oberhausen',
  'Duisburg',
  'Moers',
  'Wesel',
  'Schwerte',
  'Iserlohn',
  'Lünen',
  'Datteln',
  'Haltern',
];
const TOPIC = [
  'Praktikumsbörse',
  'Übergangsmonitoring',
  'Ausbildungsmarketing',
  'Berufsfelderkundung',
  'Potenzialanalyse',
  'Elternarbeit',
  'Studienorientierung',
  'Nachvermittlung',
  'Ausbildungsabbrüche',
  'Anschlussvereinbarung',
  'Zuwanderung',
  'Inklusion',
  'Digitalisierung',
  'Betriebsbesuche',
  'Bewerbungstraining',
  'Mentoring',
  'Sprachförderung',
  'Lehrerfortbildung',
  'Berufsmessen',
  'Azubi-Speed-Dating',
];

function rng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function generateDirectory(
  sizes = { actors: 500, people: 5000, bodies: 200, goals: 1000 },
): Directory {
  const random = rng(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const fields = Array.from({ length: 8 }, (_, i) => ({
    id: `hf${i + 1}`,
    name: `Handlungsfeld ${pick(TOPIC)} ${i + 1}`,
    aliases: [`HF${i + 1}`],
    description: `Beschreibung des Handlungsfeldes ${i + 1}.`,
  }));
  const actors = Array.from({ length: sizes.actors }, (_, i) => {
    const name = `${pick(INSTITUTION)} ${pick(CITY)} ${i}`;
    return {
      id: `a${i}`,
      name,
      aliases: [`A${i}`],
      kind: pick(KINDS),
      description: `${name} arbeitet am Übergang Schule – Beruf.`,
      partners: [`a${(i + 1) % sizes.actors}`, `a${(i + 7) % sizes.actors}`],
    };
  });
  const people = Array.from({ length: sizes.people }, (_, i) => ({
    id: `p${i}`,
    name: `${pick(FIRST)} ${pick(LAST)}`,
    actor: `a${i % sizes.actors}`,
    role: i % 10 === 0 ? 'Leitung' : 'Referentin',
    email: `person${i}@example.org`,
    coordinator: i < 4,
    deputy: i % 3 === 0 ? `p${(i + 1) % sizes.people}` : undefined,
  }));
  const bodies = Array.from({ length: sizes.bodies }, (_, i) => ({
    id: `b${i}`,
    name: `Arbeitskreis ${pick(TOPIC)} ${pick(CITY)} ${i}`,
    aliases: [`AK${i}`],
    purpose: `Stimmt ${pick(TOPIC)} in ${pick(CITY)} ab.`,
    field: `hf${(i % 8) + 1}`,
    members: Array.from({ length: 12 }, (_, m) =>
      m % 2 ? `a${(i * 5 + m) % sizes.actors}` : `p${(i * 25 + m) % sizes.people}`,
    ),
    chairs: [
      { person: `p${i * 3}`, from: '2026-01-01', to: '2026-12-31' },
      { person: `p${i * 3 + 1}`, from: '2027-01-01', to: '2027-12-31' },
    ],
    reminders: ['P7D', 'P1D'],
  }));
  const goals = Array.from({ length: sizes.goals }, (_, i) => ({
    id: `Z${Math.floor(i / 100) + 1}.${i % 100}`,
    field: `hf${(i % 8) + 1}`,
    title: `${pick(TOPIC)} in ${pick(CITY)} stärken (${i})`,
    what: `Ziel ${i}: ${pick(TOPIC)} gemeinsam voranbringen.`,
    why: 'Damit kein junger Mensch verloren geht.',
    owner: `p${(i * 5) % sizes.people}`,
    partners: [`a${i % sizes.actors}`, `a${(i + 3) % sizes.actors}`],
    due: `2027-${String((i % 12) + 1).padStart(2, '0')}-28`,
    body: `b${i % sizes.bodies}`,
  }));
  const meetings = bodies.flatMap((body, i) =>
    [1, 2].map((n) => ({
      id: `m${i}-${n}`,
      body: body.id,
      start: `2027-${String(((i + n) % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}T10:00`,
      end: `2027-${String(((i + n) % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}T12:00`,
      location: `Rathaus ${pick(CITY)}`,
      agenda: ['Bericht', 'Ziele'],
    })),
  );
  return {
    organisation: {
      name: 'Benchmark-Koordinierungsstelle',
      timezone: 'Europe/Berlin',
      locale: 'de-DE',
      state: 'NW',
    },
    actors,
    people,
    bodies,
    fields,
    goals,
    meetings,
  };
}

/** A realistic mix of questions over a generated directory (with typos and misses). */
export function questionMix(directory: Directory, count: number): string[] {
  const random = rng(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const typo = (word: string) => {
    const at = 1 + Math.floor(random() * (word.length - 2));
    return word.slice(0, at) + word.slice(at + 1);
  };
  const templates: (() => string)[] = [
    () => `Wer leitet den ${pick(directory.bodies).name}?`,
    () => `Wann tagt ${pick(directory.bodies).aliases[0]} das nächste Mal?`,
    () => `Was macht ${pick(directory.actors).name}?`,
    () => `Wer ist ${pick(directory.people).name}?`,
    () => `Who chairs ${pick(directory.bodies).aliases[0]}?`,
    () => `Mit wem arbeitet ${pick(directory.actors).name} zusammen?`,
    () => `Welche Ziele hat ${pick(directory.fields).aliases[0]}?`,
    () => `Wer ist für ${pick(directory.goals).id} verantwortlich?`,
    () => `Wer vertritt ${typo(pick(directory.people).name)}?`,
    () => `In welchen Gremien ist ${pick(directory.actors).name}?`,
    () => 'Welche Sitzungen stehen an?',
    () => 'Wie wird das Wetter morgen?',
  ];
  return Array.from({ length: count }, () => pick(templates)());
}
