/** German first and last names (umlauts, ß, double names) and the places of the fictional municipalities. */
export type Gender = 'f' | 'm';

export const FEMALE_NAMES = [
  'Anna',
  'Andrea',
  'Anja',
  'Birgit',
  'Bärbel',
  'Carolin',
  'Claudia',
  'Dörte',
  'Elke',
  'Emine',
  'Franziska',
  'Gülay',
  'Hanna',
  'Heike',
  'Ines',
  'Jana',
  'Jördis',
  'Julia',
  'Katharina',
  'Kerstin',
  'Lea',
  'Lena',
  'Magdalena',
  'Maren',
  'Miriam',
  'Nadine',
  'Nicole',
  'Petra',
  'Renée',
  'Sabine',
  'Sandra',
  'Silke',
  'Sophie',
  'Svenja',
  'Tanja',
  'Ulrike',
  'Ursula',
  'Vanessa',
  'Yasemin',
  'Zoë',
  'Anna-Lena',
  'Marie-Luise',
  'Eva-Maria',
  'Ann-Kathrin',
];

export const MALE_NAMES = [
  'Andreas',
  'Ahmet',
  'Bernd',
  'Björn',
  'Christian',
  'Daniel',
  'Dirk',
  'Elias',
  'Felix',
  'Frank',
  'Georg',
  'Hakan',
  'Hans-Jürgen',
  'Heiner',
  'Jörg',
  'Jürgen',
  'Kai-Uwe',
  'Karl-Heinz',
  'Klaus',
  'Lars',
  'Lukas',
  'Malte',
  'Markus',
  'Matthias',
  'Mehmet',
  'Niklas',
  'Ole',
  'Oliver',
  'Patrick',
  'Ralf',
  'René',
  'Sönke',
  'Stefan',
  'Sven',
  'Thorsten',
  'Timo',
  'Tobias',
  'Uwe',
  'Volker',
  'Wolfgang',
];

export const LAST_NAMES = [
  'Albers',
  'Bäcker',
  'Bergmann',
  'Böhm',
  'Brandt',
  'Büttner',
  'Demir',
  'Dreßler',
  'Eckhardt',
  'Engel',
  'Fischer',
  'Franke',
  'Fuchs',
  'Görtz',
  'Graf',
  'Günther',
  'Hahn',
  'Hartmann',
  'Heße',
  'Hölscher',
  'Jansen',
  'Kaiser',
  'Kaya',
  'Keller',
  'Klaßen',
  'Köhler',
  'König',
  'Kowalski',
  'Krämer',
  'Kuhn',
  'Lange',
  'Lehmann',
  'Lübke',
  'Maaß',
  'Mertens',
  'Möller',
  'Nowak',
  'Öztürk',
  'Peters',
  'Pohl',
  'Reuß',
  'Richter',
  'Röder',
  'Sauer',
  'Schäfer',
  'Scholz',
  'Schröder',
  'Schulte',
  'Schütte',
  'Sommer',
  'Strauß',
  'Thiel',
  'Vogt',
  'Voß',
  'Wagner',
  'Weiß',
  'Winkler',
  'Wüst',
  'Yıldız',
  'Zimmermann',
  'Brinkmann-Özdemir',
  'Meyer-Lüdenscheidt',
  'Hoffmann-Kraus',
  'Nguyen',
];

export interface Place {
  /** "Gelsenheim" or "Lippe-Ems" (a Kreis is "Kreis Lippe-Ems"). */
  name: string;
  kind: 'city' | 'kreis';
  /** The chamber district ("Emscher-Lippe"), shared by neighbouring places. */
  region: string;
  /** The district government (obere Schulaufsicht). */
  bezirk: 'Arnsberg' | 'Detmold' | 'Düsseldorf' | 'Köln' | 'Münster';
  /** For a Kreis: its towns (Berufskolleg sites, meeting places). */
  towns: string[];
  zip: string;
}

export const PLACES: Place[] = [
  {
    name: 'Gelsenheim',
    kind: 'city',
    region: 'Emscher-Lippe',
    bezirk: 'Münster',
    towns: [],
    zip: '45879',
  },
  {
    name: 'Hammwerden',
    kind: 'city',
    region: 'Hellweg',
    bezirk: 'Arnsberg',
    towns: [],
    zip: '59065',
  },
  {
    name: 'Mönchenrath',
    kind: 'city',
    region: 'Mittlerer Niederrhein',
    bezirk: 'Düsseldorf',
    towns: [],
    zip: '41061',
  },
  {
    name: 'Lüdenhagen',
    kind: 'city',
    region: 'Südwestfalen',
    bezirk: 'Arnsberg',
    towns: [],
    zip: '58507',
  },
  {
    name: 'Bergkirchen',
    kind: 'city',
    region: 'Bergisches Land',
    bezirk: 'Düsseldorf',
    towns: [],
    zip: '42103',
  },
  {
    name: 'Lippe-Ems',
    kind: 'kreis',
    region: 'Ostwestfalen',
    bezirk: 'Detmold',
    towns: ['Emsdorf', 'Lage-Süd', 'Brückhausen', 'Ölbach'],
    zip: '32756',
  },
  {
    name: 'Sauerland-Ruhr',
    kind: 'kreis',
    region: 'Südwestfalen',
    bezirk: 'Arnsberg',
    towns: ['Schmallenfeld', 'Winterhagen', 'Brilon-Ost', 'Möhnetal'],
    zip: '59872',
  },
  {
    name: 'Rhein-Erft-Land',
    kind: 'kreis',
    region: 'Köln-Bonn',
    bezirk: 'Köln',
    towns: ['Bergheide', 'Kerpenich', 'Hürtgen', 'Frechau'],
    zip: '50126',
  },
  {
    name: 'Steinfurth',
    kind: 'kreis',
    region: 'Münsterland',
    bezirk: 'Münster',
    towns: ['Rheinau', 'Ibbendorf', 'Grevenbrück', 'Ochtrup-Nord'],
    zip: '48565',
  },
  {
    name: 'Wesel-Niederrhein',
    kind: 'kreis',
    region: 'Niederrhein',
    bezirk: 'Düsseldorf',
    towns: ['Moersdonk', 'Dinslaken-Süd', 'Xantenburg', 'Rheinberg-Ost'],
    zip: '46483',
  },
];

export const STREETS = [
  'Rathausplatz',
  'Bahnhofstraße',
  'Schulstraße',
  'Kaiserstraße',
  'Am Markt',
  'Hauptstraße',
  'Ringstraße',
  'Europaplatz',
  'Friedrich-Ebert-Straße',
  'Königsallee',
  'Lindenweg',
  'Mühlenstraße',
];

/** "Jürgen Müller-Groß" -> "juergen.mueller-gross". */
export function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9-]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}

/** "der Stadt Gelsenheim" / "des Kreises Lippe-Ems". */
export const genitive = (place: Place) =>
  place.kind === 'city' ? `der Stadt ${place.name}` : `des Kreises ${place.name}`;
/** "für die Stadt Gelsenheim" / "für den Kreis Lippe-Ems". */
export const forPlace = (place: Place) =>
  place.kind === 'city' ? `für die Stadt ${place.name}` : `für den Kreis ${place.name}`;
/** Where meetings happen: the city itself or the Kreis town (Kreisstadt first). */
export const townsOf = (place: Place) => (place.kind === 'city' ? [place.name] : place.towns);
