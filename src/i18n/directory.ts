import { format, type Language } from './index';

/**
 * Messages about a directory file, for the people who edit it: `kokobot validate`/`import` now,
 * the directory upload in Teams later. Places count from 1 and name the record's id.
 */
const de = {
  'section.organisation': 'Organisation',
  'section.actors': 'Institutionen',
  'section.people': 'Personen',
  'section.bodies': 'Gremien',
  'section.fields': 'Handlungsfelder',
  'section.goals': 'Ziele',
  'section.meetings': 'Sitzungen',
  'count.actors': '{count:Institution|Institutionen}',
  'count.people': '{count:Person|Personen}',
  'count.bodies': '{count:Gremium|Gremien}',
  'count.fields': '{count:Handlungsfeld|Handlungsfelder}',
  'count.goals': '{count:Ziel|Ziele}',
  'count.meetings': '{count:Sitzung|Sitzungen}',
  'place.line': 'Zeile {line}',
  'place.column': 'Zeile {line}, Spalte {column}',
  'place.number': 'Nr. {number}',
  'place.file': 'Datei',
  'place.row': '{sheet}, Zeile {row}',
  'key.quoted': '„{key}“',
  suggestion: 'meinten Sie „{suggestion}“?',
  'refusal.validate': '{file} hat {count:Fehler|Fehler}:',
  'refusal.import': '{file} hat {count:Fehler|Fehler}; nichts wurde importiert:',
  'file.missing': 'Die Datei {file} gibt es nicht.',
  'file.unreadable': 'Die Datei {file} kann nicht gelesen werden ({code}).',
  'file.tooLarge':
    'Die Datei {file} ist {size} MB groß; kokobot liest Verzeichnisdateien bis {limit} MB.',
  'file.notUtf8':
    'Die Datei {file} ist nicht als UTF-8 gespeichert (Zeile {line} enthält ungültige Zeichen); bitte als UTF-8 speichern.',
  'file.notMapping':
    'muss eine Zuordnung mit organisation, actors, people, bodies, fields, goals und meetings sein',
  'file.notWorkbook': 'Die Datei {file} lässt sich nicht als Excel-Arbeitsmappe (.xlsx) lesen.',
  'file.unzippedTooLarge':
    'Die Arbeitsmappe {file} ist entpackt {size} MB groß; kokobot liest Arbeitsmappen bis {limit} MB entpackt.',
  'workbook.unknownSheet': 'unbekanntes Tabellenblatt (die Blätter heißen {sheets})',
  'workbook.unknownColumn': 'unbekannte Spalte „{column}“',
  'workbook.columnTwice': 'die Spalte „{column}“ steht zweimal in der Kopfzeile',
  'workbook.cellError': 'enthält den Excel-Fehler {error}',
  'workbook.boolean': 'muss „ja“ oder „nein“ sein',
  'workbook.date': 'ist kein Datum (erwartet ein Excel-Datum oder TT.MM.JJJJ, z. B. 31.03.2027)',
  'workbook.dateTime':
    'ist kein Zeitpunkt (erwartet ein Excel-Datum mit Uhrzeit oder TT.MM.JJJJ HH:MM, z. B. 31.03.2027 10:00)',
  'workbook.chair.order': '„bis“ liegt vor „von“',
  'workbook.statusRound.order':
    '„Status-Runde erinnert“ und „Status-Runde berichtet“ müssen kürzer sein als „Status-Runde öffnet“',
  'workbook.reminders': 'muss eine Liste von Dauern sein wie P7D; P1D (oder „keine“)',
  'workbook.scheduleTwice': 'das Gremium „{id}“ hat schon eine Serie (Zeile {row})',
  'workbook.oneRow': 'das Blatt Organisation hat genau eine Zeile unter der Kopfzeile',
  'yaml.BAD_INDENT':
    'die Einrückung stimmt nicht (Einträge einer Ebene müssen gleich weit eingerückt sein)',
  'yaml.TAB_AS_INDENT': 'mit Tabulator eingerückt; bitte Leerzeichen verwenden',
  'yaml.DUPLICATE_KEY': 'dieser Schlüssel steht hier zweimal',
  'yaml.MISSING_CHAR':
    'hier fehlt ein schließendes Zeichen (etwa „]“, „}“ oder ein Anführungszeichen)',
  'yaml.IMPLICIT_KEY': 'hier fehlt vermutlich ein „:“, oder die Einrückung stimmt nicht',
  'yaml.other': 'die YAML-Schreibweise stimmt hier nicht ({detail})',
  'yaml.aliases':
    'zu viele YAML-Verweise („*name“) – so groß wird kein Verzeichnis; die Datei wird nicht gelesen',
  'schema.unknownKey': 'unbekannter Schlüssel „{key}“',
  'schema.missing': 'fehlt',
  'schema.mapping': 'muss eine Zuordnung („schlüssel: wert“) sein',
  'schema.invalid': 'ist ungültig',
  'schema.oneOf': 'muss einer dieser Werte sein: {values}',
  'schema.id': 'muss eine ID sein (Text)',
  'schema.id.format':
    'muss eine kurze ID sein: Buchstaben, Ziffern, „.“, „_“ oder „-“, höchstens 40 Zeichen',
  'schema.text': 'muss Text sein',
  'schema.text.empty': 'darf nicht leer sein',
  'schema.text.long': 'darf höchstens {max:Zeichen|Zeichen} lang sein',
  'schema.list': 'muss eine Liste sein',
  'schema.idList': 'muss eine Liste von IDs sein',
  'schema.names': 'muss eine Liste von Namen sein',
  'schema.agenda': 'muss eine Liste von Tagesordnungspunkten sein',
  'schema.date': 'muss ein Datum sein wie 2027-03-31',
  'schema.date.invalid': 'ist kein Datum (erwartet JJJJ-MM-TT, z. B. 2027-03-31)',
  'schema.dateTime': 'muss ein Zeitpunkt sein wie 2027-03-31T10:00',
  'schema.dateTime.invalid':
    'ist kein Zeitpunkt (erwartet Ortszeit JJJJ-MM-TTTHH:MM ohne Zeitzone, z. B. 2027-03-31T10:00)',
  'schema.duration': 'muss eine ISO-8601-Dauer sein wie P7D oder PT2H',
  'schema.duration.invalid': 'ist keine positive ISO-8601-Dauer (z. B. P7D, P1D, PT2H)',
  'schema.timezone': 'muss eine IANA-Zeitzone sein wie Europe/Berlin',
  'schema.timezone.unknown': 'ist keine bekannte IANA-Zeitzone (z. B. Europe/Berlin)',
  'schema.locale': 'muss eine Sprache sein wie de-DE',
  'schema.locale.invalid': 'muss Deutsch oder Englisch sein, etwa de-DE oder en-GB',
  'schema.state': 'muss ein Bundesland-Kürzel sein wie NW, BY oder BE',
  'schema.time': 'muss eine Uhrzeit sein wie 10:00',
  'schema.time.invalid': 'ist keine Uhrzeit (erwartet HH:MM, z. B. 10:00)',
  'schema.rrule': 'muss eine RRULE sein wie FREQ=MONTHLY;BYDAY=2WE',
  'schema.rrule.invalid':
    'ist keine gültige RRULE (z. B. FREQ=MONTHLY;BYDAY=2WE oder FREQ=WEEKLY;INTERVAL=6;BYDAY=TU), ohne DTSTART',
  'schema.url': 'ist kein Weblink (https://…)',
  'schema.email': 'ist keine E-Mail-Adresse',
  'schema.guid': 'ist keine AAD-Objekt-ID (eine GUID)',
  'schema.boolean': 'muss true oder false sein',
  'schema.chairs': 'muss eine Liste von { person, from, to } sein',
  'schema.chair.order': '„to“ liegt vor „from“',
  'schema.reminders': 'muss eine Liste von Dauern sein wie [P7D, P1D]',
  'schema.endBeforeStart': 'muss nach dem Beginn liegen',
  'schema.statusRound.order':
    'reminder und report müssen nach dem Öffnen der Runde liegen (kürzer als „opens“)',
  'ref.duplicate': 'doppelte ID „{id}“ (auch Nr. {number})',
  'ref.actorAndPerson':
    '„{id}“ ist auch die ID einer Institution; Listen mit Institutionen und Personen brauchen verschiedene IDs',
  'ref.ownDeputy': 'niemand kann sich selbst vertreten',
  'ref.actor': 'keine Institution „{value}“',
  'ref.person': 'keine Person „{value}“',
  'ref.body': 'kein Gremium „{value}“',
  'ref.field': 'kein Handlungsfeld „{value}“',
  'ref.actorOrPerson': 'keine Institution und keine Person „{value}“',
} as const;

export type DirectoryMessageKey = keyof typeof de;

const en: Record<DirectoryMessageKey, string> = {
  'section.organisation': 'organisation',
  'section.actors': 'actors',
  'section.people': 'people',
  'section.bodies': 'bodies',
  'section.fields': 'fields',
  'section.goals': 'goals',
  'section.meetings': 'meetings',
  'count.actors': '{count:actor|actors}',
  'count.people': '{count:person|people}',
  'count.bodies': '{count:body|bodies}',
  'count.fields': '{count:field|fields}',
  'count.goals': '{count:goal|goals}',
  'count.meetings': '{count:meeting|meetings}',
  'place.line': 'line {line}',
  'place.column': 'line {line}, column {column}',
  'place.number': 'no. {number}',
  'place.file': 'file',
  'place.row': '{sheet}, row {row}',
  'key.quoted': '"{key}"',
  suggestion: 'did you mean "{suggestion}"?',
  'refusal.validate': '{file} has {count:problem|problems}:',
  'refusal.import': '{file} has {count:problem|problems}; nothing was imported:',
  'file.missing': 'There is no file {file}.',
  'file.unreadable': 'The file {file} cannot be read ({code}).',
  'file.tooLarge':
    'The file {file} is {size} MB; kokobot reads directory files of up to {limit} MB.',
  'file.notUtf8':
    'The file {file} is not saved as UTF-8 (line {line} holds invalid characters); please save it as UTF-8.',
  'file.notMapping':
    'must be a mapping with organisation, actors, people, bodies, fields, goals and meetings',
  'file.notWorkbook': 'The file {file} cannot be read as an Excel workbook (.xlsx).',
  'file.unzippedTooLarge':
    'The workbook {file} unpacks to {size} MB; kokobot reads workbooks of up to {limit} MB unpacked.',
  'workbook.unknownSheet': 'unknown sheet (the sheets are {sheets})',
  'workbook.unknownColumn': 'unknown column "{column}"',
  'workbook.columnTwice': 'the column "{column}" appears twice in the header row',
  'workbook.cellError': 'holds the Excel error {error}',
  'workbook.boolean': 'must be "ja" (yes) or "nein" (no)',
  'workbook.date': 'not a date (expected an Excel date or DD.MM.YYYY, e.g. 31.03.2027)',
  'workbook.dateTime':
    'not a date-time (expected an Excel date with time or DD.MM.YYYY HH:MM, e.g. 31.03.2027 10:00)',
  'workbook.chair.order': '"bis" (to) is before "von" (from)',
  'workbook.statusRound.order':
    '"Status-Runde erinnert" and "Status-Runde berichtet" must be shorter than "Status-Runde öffnet"',
  'workbook.reminders': 'must be a list of durations such as P7D; P1D (or "keine")',
  'workbook.scheduleTwice': 'the body "{id}" already has a series (row {row})',
  'workbook.oneRow': 'the Organisation sheet has exactly one row below the header',
  'yaml.BAD_INDENT': 'the indentation is wrong (entries of one level must be indented alike)',
  'yaml.TAB_AS_INDENT': 'indented with a tab; please use spaces',
  'yaml.DUPLICATE_KEY': 'this key appears twice here',
  'yaml.MISSING_CHAR': 'a closing character is missing here (such as "]", "}" or a quote)',
  'yaml.IMPLICIT_KEY': 'a ":" is probably missing here, or the indentation is wrong',
  'yaml.other': 'the YAML is not written correctly here ({detail})',
  'yaml.aliases':
    'too many YAML references ("*name") – no directory is that large; the file is not read',
  'schema.unknownKey': 'unknown key "{key}"',
  'schema.missing': 'is missing',
  'schema.mapping': 'must be a mapping ("key: value")',
  'schema.invalid': 'is not valid',
  'schema.oneOf': 'must be one of {values}',
  'schema.id': 'must be an id (text)',
  'schema.id.format': 'must be a short id: letters, digits, ".", "_" or "-", at most 40 characters',
  'schema.text': 'must be text',
  'schema.text.empty': 'must not be empty',
  'schema.text.long': 'must be at most {max:character|characters}',
  'schema.list': 'must be a list',
  'schema.idList': 'must be a list of ids',
  'schema.names': 'must be a list of names',
  'schema.agenda': 'must be a list of agenda items',
  'schema.date': 'must be a date such as 2027-03-31',
  'schema.date.invalid': 'not a date (expected YYYY-MM-DD, e.g. 2027-03-31)',
  'schema.dateTime': 'must be a local date-time such as 2027-03-31T10:00',
  'schema.dateTime.invalid':
    'not a date-time (expected local time YYYY-MM-DDTHH:MM without offset, e.g. 2027-03-31T10:00)',
  'schema.duration': 'must be an ISO-8601 duration such as P7D or PT2H',
  'schema.duration.invalid': 'not a positive ISO-8601 duration (e.g. P7D, P1D, PT2H)',
  'schema.timezone': 'must be an IANA time zone such as Europe/Berlin',
  'schema.timezone.unknown': 'not a known IANA time zone (e.g. Europe/Berlin)',
  'schema.locale': 'must be a locale such as de-DE',
  'schema.locale.invalid': 'must be a German or English locale such as de-DE or en-GB',
  'schema.state': 'must be a German state code such as NW, BY or BE',
  'schema.time': 'must be a time such as 10:00',
  'schema.time.invalid': 'not a time (expected HH:MM, e.g. 10:00)',
  'schema.rrule': 'must be an RRULE such as FREQ=MONTHLY;BYDAY=2WE',
  'schema.rrule.invalid':
    'not a valid RRULE (e.g. FREQ=MONTHLY;BYDAY=2WE or FREQ=WEEKLY;INTERVAL=6;BYDAY=TU), without DTSTART',
  'schema.url': 'not a web link (https://…)',
  'schema.email': 'not an e-mail address',
  'schema.guid': 'not an AAD object id (a GUID)',
  'schema.boolean': 'must be true or false',
  'schema.chairs': 'must be a list of { person, from, to }',
  'schema.chair.order': '"to" is before "from"',
  'schema.reminders': 'must be a list of durations such as [P7D, P1D]',
  'schema.endBeforeStart': 'must be after start',
  'schema.statusRound.order':
    'reminder and report must come after the round opens (shorter than "opens")',
  'ref.duplicate': 'duplicate id "{id}" (also no. {number})',
  'ref.actorAndPerson':
    '"{id}" is also an actor id; lists that mix actors and people need distinct ids',
  'ref.ownDeputy': 'a person cannot be their own deputy',
  'ref.actor': 'no actor "{value}"',
  'ref.person': 'no person "{value}"',
  'ref.body': 'no body "{value}"',
  'ref.field': 'no field "{value}"',
  'ref.actorOrPerson': 'no actor or person "{value}"',
};

/** The directory messages' catalogues (exported for the test that renders every counted word). */
export const DIRECTORY_CATALOGUES: Record<Language, Record<DirectoryMessageKey, string>> = {
  de,
  en,
};
const catalogues = DIRECTORY_CATALOGUES;

export function isDirectoryMessageKey(key: string): key is DirectoryMessageKey {
  return key in de;
}

export function directoryText(
  language: Language,
  key: DirectoryMessageKey,
  params: Record<string, string | number> = {},
): string {
  return format(catalogues[language][key], params, { language });
}
