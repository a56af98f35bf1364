/**
 * The Excel layout of the directory: one sheet per section, a header row of German column titles,
 * each title mapped to a field of the YAML model. The same tables write and read the workbook, and
 * the „Hinweise“ sheet is written from their hints, so layout, reader and help cannot drift apart.
 */

/** How a cell carries its field: the reader accepts more than the writer writes. */
export type CellKind =
  | 'text'
  /** Items separated by `;` (a `;` inside an item doubled: `;;`); an empty cell is no item. */
  | 'list'
  /** A list whose empty cell means the default: „keine“ writes and reads the empty list. */
  | 'listOrNone'
  | 'date'
  | 'dateTime'
  | 'time'
  | 'boolean';

export interface ColumnSpec {
  title: string;
  /** The field in the record, `statusRound.opens` for a nested object. */
  field: string;
  kind: CellKind;
  hint: string;
  width: number;
}

/** Where the rows of a sheet go in the model. */
export type SheetTarget =
  | { kind: 'single'; section: 'organisation' }
  | { kind: 'records'; section: 'actors' | 'people' | 'bodies' | 'fields' | 'goals' | 'meetings' }
  /** Rows hung onto a body named in the `body` column: a list (chairs) or one object (schedule). */
  | { kind: 'ofBody'; key: 'chairs' | 'schedule'; many: boolean };

export interface SheetSpec {
  name: string;
  hint: string;
  target: SheetTarget;
  columns: ColumnSpec[];
}

export const HINTS_SHEET = 'Hinweise';

/** The column of a body-attached sheet that names the body; not a field of the nested record. */
export const BODY_FIELD = 'body';

const column = (
  title: string,
  field: string,
  kind: CellKind,
  hint: string,
  width = 16,
): ColumnSpec => ({ title, field, kind, hint, width });

const idColumn = (what: string) =>
  column('ID', 'id', 'text', `Kurze eindeutige Kennung ${what} (Buchstaben, Ziffern, . _ -)`, 14);
const aliasColumn = column(
  'Kurznamen',
  'aliases',
  'list',
  'Weitere Namen und Abkürzungen, mit ; getrennt',
  30,
);

export const SHEETS: readonly SheetSpec[] = [
  {
    name: 'Organisation',
    hint: 'Die Koordinierungsstelle selbst: genau eine Zeile unter der Kopfzeile.',
    target: { kind: 'single', section: 'organisation' },
    columns: [
      column('Name', 'name', 'text', 'Name der Koordinierungsstelle', 50),
      column('Zeitzone', 'timezone', 'text', 'IANA-Zeitzone, z. B. Europe/Berlin', 16),
      column('Sprache', 'locale', 'text', 'de-DE oder en-GB', 10),
      column('Bundesland', 'state', 'text', 'Kürzel für die Feiertage, z. B. NW (leer: NW)', 12),
    ],
  },
  {
    name: 'Institutionen',
    hint: 'Eine Zeile je Institution (Ämter, Schulaufsicht, Partner, Netzwerke).',
    target: { kind: 'records', section: 'actors' },
    columns: [
      idColumn('der Institution'),
      column('Name', 'name', 'text', 'Voller Name', 40),
      aliasColumn,
      column('Art', 'kind', 'text', 'city, school-authority, partner, network oder external', 16),
      column('Beschreibung', 'description', 'text', 'Was die Institution tut', 60),
      column('Partner', 'partners', 'list', 'IDs der Partner-Institutionen, mit ; getrennt', 30),
    ],
  },
  {
    name: 'Personen',
    hint: 'Eine Zeile je Person.',
    target: { kind: 'records', section: 'people' },
    columns: [
      idColumn('der Person'),
      column('Name', 'name', 'text', 'Vor- und Nachname', 24),
      column('Institution', 'actor', 'text', 'ID der Institution (Blatt Institutionen)', 16),
      column('E-Mail', 'email', 'text', 'Dienstliche E-Mail-Adresse', 32),
      column('Rolle', 'role', 'text', 'Funktion in der Institution', 40),
      column('Vertretung', 'deputy', 'text', 'ID der vertretenden Person (leer: keine)', 14),
      column('Koordination', 'coordinator', 'boolean', '„ja“, wenn die Person koordiniert', 12),
      column('AAD-Objekt-ID', 'aadObjectId', 'text', 'Objekt-ID in Entra ID (leer: keine)', 38),
    ],
  },
  {
    name: 'Gremien',
    hint: 'Eine Zeile je Gremium (Steuerungsgruppe, Arbeitsgruppen, Ausschüsse).',
    target: { kind: 'records', section: 'bodies' },
    columns: [
      idColumn('des Gremiums'),
      column('Name', 'name', 'text', 'Voller Name', 40),
      aliasColumn,
      column('Zweck', 'purpose', 'text', 'Wozu das Gremium da ist', 60),
      column('Handlungsfeld', 'field', 'text', 'ID des Handlungsfelds (leer: keins)', 14),
      column('Mitglieder', 'members', 'list', 'IDs von Institutionen und Personen, mit ;', 40),
      column(
        'Erinnerungen',
        'reminders',
        'listOrNone',
        'Wie lange vor einer Sitzung erinnert wird, ISO-8601-Dauern mit ; (P7D; P1D); leer: P7D; P1D; „keine“: nie',
        14,
      ),
      column(
        'Status-Runde öffnet',
        'statusRound.opens',
        'text',
        'Nur für steuernde Gremien: so lange vor der Sitzung öffnet die Status-Runde (P10D)',
        12,
      ),
      column(
        'Status-Runde erinnert',
        'statusRound.reminder',
        'text',
        'So lange vor der Sitzung wird nachgefragt (P3D)',
        12,
      ),
      column(
        'Status-Runde berichtet',
        'statusRound.report',
        'text',
        'So lange vor der Sitzung kommt die Zwischenbilanz (P1D)',
        12,
      ),
    ],
  },
  {
    name: 'Vorsitze',
    hint: 'Eine Zeile je Amtszeit eines Vorsitzes; ein Gremium kann mehrere Zeilen haben.',
    target: { kind: 'ofBody', key: 'chairs', many: true },
    columns: [
      column('Gremium', BODY_FIELD, 'text', 'ID des Gremiums (Blatt Gremien)', 16),
      column('Person', 'person', 'text', 'ID der vorsitzenden Person', 14),
      column('von', 'from', 'date', 'Erster Tag der Amtszeit (Datum)', 12),
      column('bis', 'to', 'date', 'Letzter Tag der Amtszeit (Datum)', 12),
    ],
  },
  {
    name: 'Handlungsfelder',
    hint: 'Eine Zeile je Handlungsfeld.',
    target: { kind: 'records', section: 'fields' },
    columns: [
      idColumn('des Handlungsfelds'),
      column('Name', 'name', 'text', 'Name des Handlungsfelds', 36),
      aliasColumn,
      column('Beschreibung', 'description', 'text', 'Worum es in dem Feld geht', 60),
    ],
  },
  {
    name: 'Ziele',
    hint: 'Eine Zeile je Ziel.',
    target: { kind: 'records', section: 'goals' },
    columns: [
      idColumn('des Ziels'),
      column('Handlungsfeld', 'field', 'text', 'ID des Handlungsfelds', 14),
      column('Titel', 'title', 'text', 'Kurzer Titel', 36),
      column('Was', 'what', 'text', 'Was erreicht werden soll', 50),
      column('Warum', 'why', 'text', 'Warum es wichtig ist', 50),
      column('Verantwortlich', 'owner', 'text', 'ID der verantwortlichen Person', 14),
      column('Partner', 'partners', 'list', 'IDs von Institutionen und Personen, mit ;', 30),
      column('Fällig', 'due', 'date', 'Bis wann (Datum)', 12),
      column('Gremium', 'body', 'text', 'ID des steuernden Gremiums', 14),
    ],
  },
  {
    name: 'Sitzungen',
    hint: 'Eine Zeile je einzelner Sitzung (Serien stehen im Blatt Serien).',
    target: { kind: 'records', section: 'meetings' },
    columns: [
      idColumn('der Sitzung'),
      column('Gremium', 'body', 'text', 'ID des Gremiums', 14),
      column('Beginn', 'start', 'dateTime', 'Datum und Uhrzeit in Ortszeit', 17),
      column('Ende', 'end', 'dateTime', 'Datum und Uhrzeit in Ortszeit', 17),
      column('Ort', 'location', 'text', 'Raum und Adresse', 36),
      column('Online', 'online', 'text', 'Weblink zur Online-Teilnahme (leer: keiner)', 30),
      column('Tagesordnung', 'agenda', 'list', 'Tagesordnungspunkte, mit ; getrennt', 50),
    ],
  },
  {
    name: 'Serien',
    hint: 'Regelmäßige Sitzungen eines Gremiums: höchstens eine Zeile je Gremium.',
    target: { kind: 'ofBody', key: 'schedule', many: false },
    columns: [
      column('Gremium', BODY_FIELD, 'text', 'ID des Gremiums (Blatt Gremien)', 16),
      column('Regel', 'rrule', 'text', 'RRULE nach RFC 5545, z. B. FREQ=MONTHLY;BYDAY=2WE', 30),
      column('ab', 'from', 'date', 'Erster Tag der Serie (Datum)', 12),
      column('bis', 'until', 'date', 'Letzter Tag der Serie (Datum; leer: offen)', 12),
      column('Beginn', 'start', 'time', 'Uhrzeit HH:MM', 8),
      column('Ende', 'end', 'time', 'Uhrzeit HH:MM', 8),
      column('Ort', 'location', 'text', 'Raum und Adresse', 36),
      column('Online', 'online', 'text', 'Weblink zur Online-Teilnahme (leer: keiner)', 30),
      column('Tagesordnung', 'agenda', 'list', 'Ständige Tagesordnungspunkte, mit ; getrennt', 50),
    ],
  },
];

/** The general notes at the top of the „Hinweise“ sheet. */
export const GENERAL_HINTS: readonly string[] = [
  'Dieses Verzeichnis enthält dasselbe wie die YAML-Verzeichnisdatei: wer macht wann was mit wem warum.',
  'Prüfen: kokobot validate DATEI.xlsx – einspielen: kokobot import DATEI.xlsx (alles oder nichts).',
  'Die erste Zeile jedes Blatts ist die Kopfzeile; ihre Spaltentitel müssen so bleiben, die Reihenfolge ist frei.',
  'Listen stehen in einer Zelle, mit ; getrennt (ein ; innerhalb eines Eintrags wird verdoppelt: ;;).',
  'Datumsangaben als Excel-Datum oder als Text TT.MM.JJJJ; Zeitpunkte als Excel-Datum mit Uhrzeit oder TT.MM.JJJJ HH:MM.',
  'Ja/Nein-Spalten: „ja“ oder „nein“ (auch x, true, false); leer heißt nein.',
  'IDs verweisen auf Zeilen anderer Blätter; ein Tippfehler wird mit Blatt und Zelle gemeldet.',
  'Dieses Blatt „Hinweise“ wird beim Einlesen nicht gelesen.',
];

const normalised = (name: string) => name.trim().toLowerCase();

/** The sheet of this name (case and surrounding spaces aside). */
export function sheetNamed(name: string): SheetSpec | undefined {
  return SHEETS.find((sheet) => normalised(sheet.name) === normalised(name));
}

/** The column of this title, or of this field name (so `email` reads too). */
export function columnTitled(sheet: SheetSpec, title: string): ColumnSpec | undefined {
  const wanted = normalised(title);
  return (
    sheet.columns.find((spec) => normalised(spec.title) === wanted) ??
    sheet.columns.find((spec) => normalised(spec.field) === wanted)
  );
}
