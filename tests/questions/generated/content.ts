/** Texts of fields, goals, purposes and agendas (pools the generator draws from). */
export const FIELDS = [
  {
    name: 'Berufliche Orientierung',
    short: 'BO',
    alias: 'Berufsorientierung',
    description:
      'Verbindliche Standardelemente ab Klasse 8: Potenzialanalyse, Berufsfelderkundungen, Praxisphasen und Beratung.',
    tag: 'bo',
  },
  {
    name: 'Systematisierung des Übergangs',
    short: 'Übergang',
    alias: 'Übergangssystem',
    description:
      'Ein abgestimmtes Angebot am Übergang Schule – Beruf, damit niemand verloren geht.',
    tag: 'uebergang',
  },
  {
    name: 'Attraktivität des dualen Systems',
    short: 'Duales System',
    alias: 'duale Ausbildung',
    description:
      'Duale Ausbildung für Jugendliche und Betriebe attraktiv machen und passgenau vermitteln.',
    tag: 'dual',
  },
  {
    name: 'Kommunale Koordinierung',
    short: 'Koordinierung',
    alias: 'Steuerung',
    description: 'Klare Strukturen, Rollenklarheit und gemeinsame Ziele aller Partner vor Ort.',
    tag: 'koord',
  },
] as const;

/** Goal titles per field (index = field number - 1), with what and why. */
export const GOALS: [title: string, what: string, why: string][][] = [
  [
    [
      'Potenzialanalyse an allen Schulen',
      'Alle Schülerinnen und Schüler der Klasse 8 nehmen an einer Potenzialanalyse teil.',
      'Nur wer die eigenen Stärken kennt, kann eine begründete Berufswahl treffen.',
    ],
    [
      'Berufsfelderkundungen mit Betrieben vor Ort',
      'Jede Schule bietet drei Berufsfelderkundungstage in Betrieben der Region an.',
      'Jugendliche lernen Berufe am besten in der Praxis kennen.',
    ],
    [
      'Elternarbeit in der Berufsorientierung',
      'Eltern werden an jeder Schule zweimal im Jahr zur Berufswahl informiert.',
      'Eltern sind die wichtigsten Berater ihrer Kinder bei der Berufswahl.',
    ],
    [
      'Studienorientierung in der Oberstufe',
      'Gemeinsames Angebot von Hochschule und Berufsberatung für die gymnasiale Oberstufe.',
      'Viele brechen ihr Studium ab, weil sie Alternativen nicht kennen.',
    ],
    [
      'Berufsorientierung inklusiv gestalten',
      'Angepasste Standardelemente für Schülerinnen und Schüler mit Förderbedarf.',
      'Berufliche Orientierung muss alle Jugendlichen erreichen.',
    ],
  ],
  [
    [
      'Anschlussvereinbarung für alle Abgängerinnen und Abgänger',
      'Jede Schülerin und jeder Schüler verlässt die Sekundarstufe I mit einer Anschlussvereinbarung.',
      'Ohne verbindliche Übergabe gehen Jugendliche nach der Schule verloren.',
    ],
    [
      'Gemeinsames Übergangsmonitoring',
      'Eine gemeinsame, nur aggregierte Auswertung der Übergänge nach der Schule.',
      'Ohne belastbare Zahlen lässt sich nicht steuern.',
    ],
    [
      'Jugendliche ohne Anschluss aktiv erreichen',
      'Aufsuchende Ansprache von Jugendlichen ohne Anschluss durch Jugendamt und Jobcenter.',
      'Gerade diese Jugendlichen melden sich nicht von selbst.',
    ],
    [
      'Neu zugewanderte Jugendliche einbinden',
      'Berufliche Orientierung in angepasster Form für neu zugewanderte Jugendliche.',
      'Sie kommen spät ins Schulsystem und fallen sonst durch die Standardabläufe.',
    ],
    [
      'Angebote der Berufskollegs abstimmen',
      'Bildungsgänge der Ausbildungsvorbereitung werden mit Agentur und Jugendhilfe abgestimmt.',
      'Warteschleifen kosten Jugendliche Zeit und Motivation.',
    ],
  ],
  [
    [
      'Gemeinsame Praktikumsbörse',
      'Eine Praktikumsbörse von Kammern, Arbeitgebern und Agentur für Arbeit.',
      'Eine gemeinsame Börse macht das Angebot sichtbar.',
    ],
    [
      'Tag der Ausbildung',
      'Ein jährlicher Tag der Ausbildung der Sozialpartner und der Stadt.',
      'Viele Ausbildungsplätze bleiben unbesetzt.',
    ],
    [
      'Azubi-Speed-Dating',
      'Regelmäßige Begegnungsformate von Betrieben und Bewerberinnen und Bewerbern.',
      'Direkte Begegnung verringert das Passungsproblem.',
    ],
    [
      'Ausbildungsbotschafterinnen und -botschafter',
      'Auszubildende berichten in Schulklassen von ihrer Ausbildung.',
      'Gleichaltrige überzeugen Jugendliche am besten.',
    ],
    [
      'Kleine Betriebe für Ausbildung gewinnen',
      'Beratung kleiner und mittlerer Betriebe, die noch nicht ausbilden.',
      'Jeder neue Ausbildungsbetrieb schafft Chancen.',
    ],
  ],
  [
    [
      'Jahresbericht KAoA',
      'Ein jährlicher Bericht über Stand und Wirkung von KAoA für den Ausschuss.',
      'Politische Rückendeckung braucht Transparenz.',
    ],
    [
      'Rollenklarheit in den Gremien',
      'Eine abgestimmte Übersicht, wer in welchem Gremium welche Aufgabe hat.',
      'Klare Strukturen sind ein Erfolgsfaktor der Zusammenarbeit.',
    ],
    [
      'Zwischenbilanz der Strategieklausur',
      'Eine Zwischenbilanz aller Ziele zwei Jahre nach der Strategieklausur.',
      'Ziele wirken nur, wenn alle Partner sie in ihre Institutionen tragen.',
    ],
  ],
];

export const AGENDA = [
  'Bericht der Kommunalen Koordinierungsstelle',
  'Stand der Ziele',
  'Praktikumsbörse: Auswertung',
  'Übergangsmonitoring: Datengrundlage',
  'Sitzungsplanung',
  'Anschlussvereinbarungen zum Schuljahresende',
  'Berufsfelderkundungstage im Frühjahr',
  'Tag der Ausbildung: Vorbereitung',
  'Rückmeldungen aus den Schulen',
  'Neu zugewanderte Jugendliche',
  'Verschiedenes',
  'Haushalt und Förderung',
  'Fortbildung der StuBos',
  'Elternabende zur Berufswahl',
];

export const PURPOSES: Record<string, string> = {
  sg: 'Strategische Zielplanung und Steuerung von KAoA; hier vereinbaren alle Partner gemeinsame Ziele.',
  fag: 'Setzt die Ziele des Handlungsfeldes um und bereitet Entscheidungen der Steuerungsgruppe vor.',
  stubo:
    'Austausch und Fortbildung der Studien- und Berufswahlkoordinatorinnen und -koordinatoren der Schulen.',
  jbh: 'Abstimmung der Angebote der Jugendberufshilfe von Jugendamt, Jobcenter und freien Trägern.',
  sl: 'Informiert die Schulleitungen über die Vorhaben von KAoA, ohne festen Vorsitz.',
  konsens: 'Bündnis der Partner am Ausbildungsmarkt für mehr betriebliche Ausbildungsplätze.',
};
