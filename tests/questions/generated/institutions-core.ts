/** The institutions every KoKo works with, as drafts (ids, phones and domains come later). */
import { forPlace, genitive, type Place } from './names';
import type { Institution, RoleSpec } from './world';

export type Draft = Omit<Institution, 'id' | 'phone' | 'partners' | 'domain'> & { key: string };

export const role = (f: string, m: string, extra: Omit<RoleSpec, 'title'> = {}): RoleSpec => ({
  title: { f, m },
  ...extra,
});
export const topic = (de: string, en: string) => ({ topic: { de, en } });

export function core(p: Place): Draft[] {
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
        role(
          'Leiterin der Kommunalen Koordinierungsstelle',
          'Leiter der Kommunalen Koordinierungsstelle',
          { head: true, coordinator: true },
        ),
        role('Koordinatorin Berufliche Orientierung', 'Koordinator Berufliche Orientierung', {
          coordinator: true,
          ...topic('die Berufliche Orientierung', 'career orientation'),
        }),
        role('Koordinatorin Übergangsmanagement', 'Koordinator Übergangsmanagement', {
          coordinator: true,
          ...topic('das Übergangsmanagement', 'transition management'),
        }),
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
        role('Vorsitzende der Geschäftsführung', 'Vorsitzender der Geschäftsführung', {
          head: true,
        }),
        role(
          'Teamleiterin Berufsberatung',
          'Teamleiter Berufsberatung',
          topic('die Berufsberatung', 'career guidance'),
        ),
        role(
          'Berufsberaterin für akademische Berufe',
          'Berufsberater für akademische Berufe',
          topic('die Studienberatung', 'university guidance'),
        ),
      ],
    },
    {
      key: 'jobcenter',
      name: `Jobcenter ${city ? ort : `Kreis ${ort}`}`,
      aliases: ['Jobcenter', 'JC'],
      genus: 'n',
      kind: 'partner',
      en: 'job centre',
      description:
        'Grundsicherung für Arbeitsuchende; begleitet junge Menschen unter 25 in Ausbildung und Arbeit.',
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
        role(
          'Generalistin Berufsorientierung',
          'Generalist Berufsorientierung',
          topic('die Berufsorientierung an Schulen', 'career orientation in schools'),
        ),
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
      roles: [
        role(
          'Dezernentin für Berufskollegs',
          'Dezernent für Berufskollegs',
          topic('die Berufskollegs', 'vocational colleges'),
        ),
      ],
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
        role(
          'Sachgebietsleiterin Schulentwicklungsplanung',
          'Sachgebietsleiter Schulentwicklungsplanung',
          topic('die Schulentwicklungsplanung', 'school development planning'),
        ),
      ],
    },
    {
      key: 'jugendamt',
      name: `Jugendamt ${genitive(p)}`,
      aliases: ['Jugendamt'],
      genus: 'n',
      kind: 'city',
      en: 'youth office',
      description:
        'Jugendhilfe und Jugendberufshilfe; unterstützt junge Menschen am Übergang Schule – Beruf.',
      tags: ['uebergang', 'jbh'],
      roles: [
        role('Leiterin des Jugendamts', 'Leiter des Jugendamts', { head: true }),
        role(
          'Sachgebietsleiterin Jugendberufshilfe',
          'Sachgebietsleiter Jugendberufshilfe',
          topic('die Jugendberufshilfe', 'youth vocational support'),
        ),
      ],
    },
    {
      key: 'ki',
      name: `Kommunales Integrationszentrum ${city ? ort : `Kreis ${ort}`}`,
      aliases: ['KI', 'Integrationszentrum'],
      genus: 'n',
      kind: 'city',
      en: 'integration centre',
      description:
        'Fördert Bildung und Integration von Kindern und Jugendlichen mit Einwanderungsgeschichte.',
      tags: ['uebergang', 'bo'],
      roles: [
        role(
          'Leiterin des Kommunalen Integrationszentrums',
          'Leiter des Kommunalen Integrationszentrums',
          { head: true },
        ),
      ],
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
        role('Geschäftsführerin Aus- und Weiterbildung', 'Geschäftsführer Aus- und Weiterbildung', {
          head: true,
        }),
        role(
          'Ausbildungsberaterin',
          'Ausbildungsberater',
          topic('die Ausbildungsberatung', 'apprenticeship advice'),
        ),
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
      roles: [
        role('Abteilungsleiterin Berufsbildung', 'Abteilungsleiter Berufsbildung', { head: true }),
      ],
    },
    {
      key: 'dgb',
      name: `DGB-Region ${p.region}`,
      aliases: ['DGB', 'Gewerkschaften'],
      genus: 'f',
      kind: 'partner',
      en: 'trade union confederation',
      description:
        'Vertritt als Sozialpartner die Gewerkschaften und achtet auf gute Ausbildungsqualität.',
      tags: ['dual', 'koord'],
      roles: [
        role('Regionsgeschäftsführerin', 'Regionsgeschäftsführer', { head: true }),
        role(
          'Jugendbildungsreferentin',
          'Jugendbildungsreferent',
          topic('die Gewerkschaftsjugend', 'union youth work'),
        ),
      ],
    },
  ];
}
