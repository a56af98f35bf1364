/** The institutions a KoKo works with: realistic German names, aliases and the roles of their staff. */
import { core, role, topic, type Draft } from './institutions-core';
import { asciiSlug, genitive, type Place } from './names';
import type { Random } from './prng';
import type { Genus, Institution } from './world';

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
      role('Bereichsleiterin Jugendberufshilfe', 'Bereichsleiter Jugendberufshilfe', {
        head: true,
      }),
      role(
        'Sozialpädagogin Übergangsbegleitung',
        'Sozialpädagoge Übergangsbegleitung',
        topic('die Übergangsbegleitung', 'transition support'),
      ),
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
      description:
        'Zusammenschluss der Handwerksinnungen vor Ort; wirbt für Ausbildung im Handwerk.',
      tags: ['dual'],
      roles: [
        role(
          'Geschäftsführerin der Kreishandwerkerschaft',
          'Geschäftsführer der Kreishandwerkerschaft',
          { head: true },
        ),
      ],
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
      description:
        'Steuert das regionale Bildungsnetzwerk und arbeitet eng mit der Koordinierungsstelle zusammen.',
      tags: ['bo', 'koord'],
      roles: [
        role('Leiterin des Regionalen Bildungsbüros', 'Leiter des Regionalen Bildungsbüros', {
          head: true,
        }),
      ],
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
      roles: [
        role('Leiterin der Zentralen Studienberatung', 'Leiter der Zentralen Studienberatung', {
          head: true,
        }),
      ],
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
    traeger('invia', `IN VIA ${ort} e. V.`, 'IN VIA', 'f'),
  ];
}

const SCHOOL_KINDS: [prefix: string, genus: Genus][] = [
  ['Gesamtschule', 'f'],
  ['Realschule', 'f'],
  ['Sekundarschule', 'f'],
  ['Gymnasium', 'n'],
  ['Hauptschule', 'f'],
];
const PATRONS = [
  'Anne Frank',
  'Geschwister Scholl',
  'Gustav Heinemann',
  'Marie Curie',
  'Erich Kästner',
  'Hannah Arendt',
  'Willy Brandt',
  'Lise Meitner',
];

function school(r: Random, p: Place, town: string, index: number, vocational: boolean): Draft {
  const [prefix, genus]: [string, Genus] = vocational
    ? ['Berufskolleg', 'n']
    : r.pick(SCHOOL_KINDS);
  const patron = r.pick(PATRONS);
  const name = vocational
    ? r.pick([
        `Berufskolleg ${town}`,
        `${patron.replace(/ /g, '-')}-Berufskolleg ${town}`,
        `Hansa-Berufskolleg ${town}`,
      ])
    : r.pick([
        `${prefix} ${town}`,
        `${patron.replace(/ /g, '-')}-${prefix} ${town}`,
        `${prefix} ${town}-${['Nord', 'Süd', 'Ost', 'West'][index % 4]}`,
      ]);
  const short = vocational
    ? 'BK'
    : prefix === 'Gesamtschule'
      ? 'GE'
      : prefix.slice(0, 2).toUpperCase();
  return {
    key: `${vocational ? 'bk' : 'schule'}-${index}`,
    name,
    aliases: [`${short} ${town}`],
    genus,
    kind: 'partner',
    description:
      `${vocational ? 'Berufskolleg' : prefix} in ${town} ${p.kind === 'kreis' ? `(Kreis ${p.name})` : ''}; setzt die Standardelemente von KAoA um.`.replace(
        ' ;',
        ';',
      ),
    tags: vocational ? ['uebergang', 'dual'] : ['bo'],
    roles: [
      role('Schulleiterin', 'Schulleiter', { head: true }),
      role('Studien- und Berufswahlkoordinatorin', 'Studien- und Berufswahlkoordinator', {
        stubo: true,
        ...topic('die Studien- und Berufswahlkoordination', 'study and career coordination'),
      }),
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
  return drafts
    .map((draft, index) => ({
      ...draft,
      id: draft.key,
      description: `${draft.description} Telefon: 0${2300 + ((index * 37) % 700)} ${r.int(10000, 99999)}.`,
      phone: '',
      partners: [],
      domain:
        draft.key === 'aa'
          ? 'arbeitsagentur.example.org'
          : `${asciiSlug(draft.key)}.${domain}.example.org`,
    }))
    .map((institution) => ({
      ...institution,
      phone: /Telefon: ([0-9 ]+)\./.exec(institution.description)![1]!,
    }));
}
