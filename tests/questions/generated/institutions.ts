/** The institutions a KoKo works with: realistic German names, aliases and the roles of their staff. */
import { asciiSlug, forPlace, genitive, type Place } from './names';
import type { Random } from './prng';
import type { Genus, Institution, RoleSpec } from './world';

type Draft = Omit<Institution, 'id' | 'phone' | 'partners' | 'domain'> & { key: string };

const role = (f: string, m: string, extra: Omit<RoleSpec, 'title'> = {}): RoleSpec => ({
  title: { f, m },
  ...extra,
});
const topic = (de: string, en: string) => ({ topic: { de, en } });

function core(p: Place): Draft[] {
  const ort = p.name;
  const city = p.kind === 'city';
  return [
    {
      key: 'koko',
      name: `Kommunale Koordinierungsstelle KAoA ${city ? ort : `Kreis ${ort}`}`,
      aliases: ['KoKo', 'Koordinierungsstelle', `KoKo ${ort}`],
      genus: 'f',
      kind: 'city',
      en: 'coordination office',
      description: `Koordiniert den Übergang Schule – Beruf ${city ? 'in der Stadt' : 'im Kreis'} ${ort} und organisiert die Gremien von KAoA.`,
      tags: ['koord', 'bo', 'uebergang', 'dual'],
      roles: [
        role('Leiterin der Kommunalen Koordinierungsstelle', 'Leiter der Kommunalen Koordinierungsstelle', { head: true, coordinator: true }),
        role('Koordinatorin Berufliche Orientierung', 'Koordinator Berufliche Orientierung', { coordinator: true, ...topic('die Berufliche Orientierung', 'career orientation') }),
        role('Koordinatorin Übergangsmanagement', 'Koordinator Übergangsmanagement', { coordinator: true, ...topic('das Übergangsmanagement', 'transition management') }),
      ],
    },
    {
      key: 'aa',
      name: `Agentur für Arbeit ${ort}`,
      aliases: ['Arbeitsagentur', 'AA', 'Agentur für Arbeit'],
      genus: 'f',
      kind: 'partner',
      en: 'employment agency',
      description: `Berufsberatung vor und im Erwerbsleben sowie Vermittlung in Ausbildung und Arbeit für ${ort}.`,
      tags: ['bo', 'uebergang', 'dual', 'koord'],
      roles: [
        role('Vorsitzende der Geschäftsführung', 'Vorsitzender der Geschäftsführung', { head: true }),
        role('Teamleiterin Berufsberatung', 'Teamleiter Berufsberatung', topic('die Berufsberatung', 'career guidance')),
        role('Berufsberaterin für akademische Berufe', 'Berufsberater für akademische Berufe', topic('die Studienberatung', 'university guidance')),
      ],
    },
    {
      key: 'jobcenter',
      name: `Jobcenter ${city ? ort : `Kreis ${ort}`}`,
      aliases: ['Jobcenter', 'JC'],
      genus: 'n',
      kind: 'partner',
      en: 'job centre',
      description: 'Grundsicherung für Arbeitsuchende; begleitet junge Menschen unter 25 in Ausbildung und Arbeit.',
      tags: ['uebergang', 'jbh'],
      roles: [
        role('Geschäftsführerin des Jobcenters', 'Geschäftsführer des Jobcenters', { head: true }),
        role('Teamleiterin U25', 'Teamleiter U25', topic('die unter 25-Jährigen', 'under-25s')),
      ],
    },
    {
      key: 'schulamt',
      name: `Schulamt ${forPlace(p)}`,
      aliases: ['Schulamt', 'untere Schulaufsicht'],
      genus: 'n',
      kind: 'school-authority',
      en: 'school office',
      description: `Untere Schulaufsicht für die Grund-, Haupt-, Real-, Sekundar- und Gesamtschulen ${genitive(p)}.`,
      tags: ['bo', 'uebergang', 'koord'],
      roles: [
        role('Schulamtsdirektorin', 'Schulamtsdirektor', { head: true }),
        role('Generalistin Berufsorientierung', 'Generalist Berufsorientierung', topic('die Berufsorientierung an Schulen', 'career orientation in schools')),
      ],
    },
    {
      key: 'bezreg',
      name: `Bezirksregierung ${p.bezirk}`,
      aliases: ['Bezirksregierung', 'obere Schulaufsicht', 'BezReg'],
      genus: 'f',
      kind: 'school-authority',
      en: 'district government',
      description: 'Obere Schulaufsicht, unter anderem für Gymnasien und Berufskollegs.',
      tags: ['uebergang', 'koord'],
      roles: [role('Dezernentin für Berufskollegs', 'Dezernent für Berufskollegs', topic('die Berufskollegs', 'vocational colleges'))],
    },
    {
      key: 'sva',
      name: `Schulverwaltungsamt ${genitive(p)}`,
      aliases: ['Schulverwaltungsamt', 'Schulträger'],
      genus: 'n',
      kind: 'city',
      en: 'school administration office',
      description: `Schulträger ${genitive(p)}; verantwortet Schulbau, Schulentwicklungsplanung und Schülerbeförderung.`,
      tags: ['koord', 'uebergang'],
      roles: [
        role('Amtsleitung Schulverwaltungsamt', 'Amtsleitung Schulverwaltungsamt', { head: true }),
        role('Sachgebietsleiterin Schulentwicklungsplanung', 'Sachgebietsleiter Schulentwicklungsplanung', topic('die Schulentwicklungsplanung', 'school development planning')),
      ],
    },
    {
      key: 'jugendamt',
      name: `Jugendamt ${genitive(p)}`,
      aliases: ['Jugendamt'],
      genus: 'n',
      kind: 'city',
      en: 'youth office',
      description: 'Jugendhilfe und Jugendberufshilfe; unterstützt junge Menschen am Übergang Schule – Beruf.',
      tags: ['uebergang', 'jbh'],
      roles: [
        role('Leiterin des Jugendamts', 'Leiter des Jugendamts', { head: true }),
        role('Sachgebietsleiterin Jugendberufshilfe', 'Sachgebietsleiter Jugendberufshilfe', topic('die Jugendberufshilfe', 'youth vocational support')),
      ],
    },
    {
      key: 'ki',
      name: `Kommunales Integrationszentrum ${city ? ort : `Kreis ${ort}`}`,
      aliases: ['KI', 'Integrationszentrum'],
      genus: 'n',
      kind: 'city',
      en: 'integration centre',
      description: 'Fördert Bildung und Integration von Kindern und Jugendlichen mit Einwanderungsgeschichte.',
      tags: ['uebergang', 'bo'],
      roles: [role('Leiterin des Kommunalen Integrationszentrums', 'Leiter des Kommunalen Integrationszentrums', { head: true })],
    },
    {
      key: 'ihk',
      name: `IHK ${p.region}`,
      aliases: ['IHK', 'Industrie- und Handelskammer'],
      genus: 'f',
      kind: 'partner',
      en: 'chamber of commerce',
      description: `Industrie- und Handelskammer für die Region ${p.region}; berät Ausbildungsbetriebe.`,
      tags: ['dual', 'bo', 'koord'],
      roles: [
        role('Geschäftsführerin Aus- und Weiterbildung', 'Geschäftsführer Aus- und Weiterbildung', { head: true }),
        role('Ausbildungsberaterin', 'Ausbildungsberater', topic('die Ausbildungsberatung', 'apprenticeship advice')),
      ],
    },
    {
      key: 'hwk',
      name: `Handwerkskammer ${p.region}`,
      aliases: ['HWK', 'Handwerkskammer'],
      genus: 'f',
      kind: 'partner',
      en: 'chamber of crafts',
      description: 'Vertritt das Handwerk und berät Handwerksbetriebe zur Ausbildung.',
      tags: ['dual', 'koord'],
      roles: [role('Abteilungsleiterin Berufsbildung', 'Abteilungsleiter Berufsbildung', { head: true })],
    },
    {
      key: 'dgb',
      name: `DGB-Region ${p.region}`,
      aliases: ['DGB', 'Gewerkschaften'],
      genus: 'f',
      kind: 'partner',
      en: 'trade union confederation',
      description: 'Vertritt als Sozialpartner die Gewerkschaften und achtet auf gute Ausbildungsqualität.',
      tags: ['dual', 'koord'],
      roles: [
        role('Regionsgeschäftsführerin', 'Regionsgeschäftsführer', { head: true }),
        role('Jugendbildungsreferentin', 'Jugendbildungsreferent', topic('die Gewerkschaftsjugend', 'union youth work')),
      ],
    },
  ];
}

/** Optional partners: a random selection joins each directory. */
function optional(p: Place): Draft[] {
  const ort = p.name;
  const traeger = (key: string, name: string, alias: string, genus: Genus): Draft => ({
    key,
    name,
    aliases: [alias],
    genus,
    kind: 'partner',
    description: `Freier Träger der Jugendhilfe; bietet Jugendberufshilfe und Begleitung am Übergang in ${ort}.`,
    tags: ['jbh', 'uebergang'],
    roles: [
      role('Bereichsleiterin Jugendberufshilfe', 'Bereichsleiter Jugendberufshilfe', { head: true }),
      role('Sozialpädagogin Übergangsbegleitung', 'Sozialpädagoge Übergangsbegleitung', topic('die Übergangsbegleitung', 'transition support')),
    ],
  });
  return [
    {
      key: 'khs',
      name: `Kreishandwerkerschaft ${ort}`,
      aliases: ['Kreishandwerkerschaft', 'KH'],
      genus: 'f',
      kind: 'partner',
      en: 'crafts association',
      description: 'Zusammenschluss der Handwerksinnungen vor Ort; wirbt für Ausbildung im Handwerk.',
      tags: ['dual'],
      roles: [role('Geschäftsführerin der Kreishandwerkerschaft', 'Geschäftsführer der Kreishandwerkerschaft', { head: true })],
    },
    {
      key: 'dezernat',
      name: `Dezernat für Bildung, Jugend und Soziales ${genitive(p)}`,
      aliases: ['Bildungsdezernat', 'Dezernat IV'],
      genus: 'n',
      kind: 'city',
      en: 'education department',
      description: 'Verantwortet in der Verwaltungsspitze Schule, Jugend und Soziales.',
      tags: ['koord'],
      roles: [role('Dezernentin für Bildung', 'Dezernent für Bildung', { head: true })],
    },
    {
      key: 'rbb',
      name: `Regionales Bildungsbüro ${ort}`,
      aliases: ['RBB', 'Bildungsbüro'],
      genus: 'n',
      kind: 'city',
      en: 'regional education office',
      description: 'Steuert das regionale Bildungsnetzwerk und arbeitet eng mit der Koordinierungsstelle zusammen.',
      tags: ['bo', 'koord'],
      roles: [role('Leiterin des Regionalen Bildungsbüros', 'Leiter des Regionalen Bildungsbüros', { head: true })],
    },
    {
      key: 'hochschule',
      name: `Hochschule ${p.region}`,
      aliases: ['Hochschule', 'HS'],
      genus: 'f',
      kind: 'network',
      en: 'university of applied sciences',
      description: 'Bringt Studienorientierung und duale Studiengänge in KAoA ein.',
      tags: ['bo'],
      roles: [role('Leiterin der Zentralen Studienberatung', 'Leiter der Zentralen Studienberatung', { head: true })],
    },
    {
      key: 'regionalagentur',
      name: `Regionalagentur ${p.region}`,
      aliases: ['Regionalagentur'],
      genus: 'f',
      kind: 'external',
      description: 'Koordiniert die regionale Arbeitsmarkt- und Ausbildungspolitik.',
      tags: ['dual'],
      roles: [role('Leiterin der Regionalagentur', 'Leiter der Regionalagentur', { head: true })],
    },
    {
      key: 'unternehmerverband',
      name: `Unternehmerverband ${p.region}`,
      aliases: ['Arbeitgeberverband', 'AGV'],
      genus: 'm',
      kind: 'partner',
      en: 'employers association',
      description: 'Vertritt als Sozialpartner die Arbeitgeber und gewinnt Betriebe für Praktika.',
      tags: ['dual'],
      roles: [role('Geschäftsführerin Bildung', 'Geschäftsführer Bildung', { head: true })],
    },
    traeger('awo', `AWO Kreisverband ${ort} e. V.`, 'AWO', 'm'),
    traeger('caritas', `Caritasverband ${ort} e. V.`, 'Caritas', 'm'),
    traeger('diakonie', `Diakonie ${ort}`, 'Diakonie', 'f'),
    traeger('invia', `IN VIA ${ort} e. V.`, 'IN VIA', 'pl'),
  ];
}

const SCHOOL_KINDS: [prefix: string, genus: Genus][] = [
  ['Gesamtschule', 'f'],
  ['Realschule', 'f'],
  ['Sekundarschule', 'f'],
  ['Gymnasium', 'n'],
  ['Hauptschule', 'f'],
];
const PATRONS = ['Anne Frank', 'Geschwister Scholl', 'Gustav Heinemann', 'Marie Curie', 'Erich Kästner', 'Hannah Arendt', 'Willy Brandt', 'Lise Meitner'];

function school(r: Random, p: Place, town: string, index: number, vocational: boolean): Draft {
  const [prefix, genus]: [string, Genus] = vocational ? ['Berufskolleg', 'n'] : r.pick(SCHOOL_KINDS);
  const patron = r.pick(PATRONS);
  const name = vocational
    ? r.pick([`Berufskolleg ${town}`, `${patron}-Berufskolleg ${town}`, `Hansa-Berufskolleg ${town}`])
    : r.pick([`${prefix} ${town}`, `${patron}-${prefix} ${town}`, `${prefix} ${town}-${['Nord', 'Süd', 'Ost', 'West'][index % 4]}`]);
  const short = vocational ? 'BK' : prefix === 'Gesamtschule' ? 'GE' : prefix.slice(0, 2).toUpperCase();
  return {
    key: `${vocational ? 'bk' : 'schule'}-${index}`,
    name,
    aliases: [`${short} ${town}`],
    genus,
    kind: 'partner',
    description: `${vocational ? 'Berufskolleg' : prefix} in ${town} ${p.kind === 'kreis' ? `(Kreis ${p.name})` : ''}; setzt die Standardelemente von KAoA um.`.replace(' ;', ';'),
    tags: vocational ? ['uebergang', 'dual'] : ['bo'],
    roles: [
      role('Schulleiterin', 'Schulleiter', { head: true }),
      role('Studien- und Berufswahlkoordinatorin', 'Studien- und Berufswahlkoordinator', { stubo: true, ...topic('die Studien- und Berufswahlkoordination', 'study and career coordination') }),
    ],
  };
}

/** 10–40 institutions for a place: the core, a random part of the others, and schools. */
export function institutionsFor(r: Random, place: Place, towns: string[]): Institution[] {
  const target = r.int(10, 40);
  const drafts = [...core(place), ...r.sample(optional(place), r.int(2, 10))];
  const schools = Math.max(2, target - drafts.length);
  const vocational = Math.max(1, Math.round(schools / 4));
  const usedNames = new Set(drafts.map((draft) => draft.name));
  for (let index = 0; drafts.length < Math.max(target, 13) && index < 60; index += 1) {
    const draft = school(r, place, towns[index % towns.length]!, index, index < vocational);
    if (usedNames.has(draft.name)) continue;
    usedNames.add(draft.name);
    drafts.push(draft);
  }
  const domain = asciiSlug(place.name).replace(/\./g, '-');
  return drafts.map((draft, index) => ({
    ...draft,
    id: draft.key,
    description: `${draft.description} Telefon: 0${2300 + ((index * 37) % 700)} ${r.int(10000, 99999)}.`,
    phone: '',
    partners: [],
    domain: draft.key === 'aa' ? 'arbeitsagentur.example.org' : `${asciiSlug(draft.key)}.${domain}.example.org`,
  })).map((institution) => ({
    ...institution,
    phone: /Telefon: ([0-9 ]+)\./.exec(institution.description)![1]!,
  }));
}
