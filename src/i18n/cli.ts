import { format, type Language } from './index';

/** Messages of the `kokobot` command line and `npm run package`, for operators. */
const de = {
  usage: `kokobot – Wer macht wann was mit wem warum?

Aufruf:
  kokobot validate DATEI            eine Verzeichnisdatei (.yaml oder .xlsx) prüfen; jeder
                                    Fehler mit seiner Zeile oder Zelle
  kokobot import DATEI              prüfen, dann das Verzeichnis im Tabellenspeicher ersetzen
  kokobot export [--format yaml|xlsx] [--out DATEI]
                                    das gespeicherte Verzeichnis als YAML (ohne --out auf stdout)
                                    oder als Excel-Arbeitsmappe
  kokobot ask "FRAGE" [--json] [--directory DATEI] [--locale en-US] [--as PERSON]
                                    den Bot fragen wie in Teams und seine Antwort zeigen
                                    (--as: als diese Person des Verzeichnisses, mit ID,
                                    E-Mail oder vollem Namen)
  kokobot reminders plan [--meeting ID] [--json]
                                    die geplanten Erinnerungen: Sitzung, Empfänger, Weg, Zeit, Stand
  kokobot report [--meeting ID] [--body ID] [--field ID] [--format md|csv|xlsx] [--out DATEI]
                                    die Zwischenbilanz der Status-Runde einer Sitzung (ohne
                                    Sitzung: die laufenden Runden; sonst Markdown auf stdout)
  kokobot help                      dieser Text (auch --help, -h)

Gespeichert wird dort, wo die Konfiguration es sagt (TABLES_CONNECTION_STRING,
TABLES_ACCOUNT_URL), sonst im eingebetteten Azurite unter KOKOBOT_DATA_DIR (mit einem laufenden
Dienst geteilt). Sprache: Deutsch, Englisch wenn LC_ALL, LC_MESSAGES oder LANG es sagen.`,
  'usage.hint': 'Alle Befehle: kokobot --help',
  'usage.unknownCommand': 'Unbekannter Befehl „{command}“.',
  'usage.unknownOption': 'Unbekannte Option „{option}“ für „kokobot {command}“.',
  'usage.unknownGlobalOption': 'Unbekannte Option „{option}“.',
  'usage.missingValue': 'Die Option „{option}“ braucht einen Wert.',
  'usage.unexpectedArgument': 'Unerwartetes Argument „{argument}“ für „kokobot {command}“.',
  'usage.needsFile': '„kokobot {command}“ braucht eine Datei: kokobot {command} DATEI',
  'usage.needsQuestion': '„kokobot ask“ braucht eine Frage: kokobot ask "FRAGE"',
  'usage.remindersSubcommand':
    '„kokobot reminders“ kennt nur „plan“: kokobot reminders plan [--meeting ID] [--json]',
  'usage.format': '--format muss md, csv oder xlsx sein, nicht „{format}“.',
  'usage.xlsxNeedsOut': 'Eine Excel-Datei braucht --out DATEI (oder eine Umleitung).',
  'usage.exportFormat': '--format muss yaml oder xlsx sein, nicht „{format}“.',
  'error.noDirectory': 'Es wurde noch kein Verzeichnis importiert (kokobot import DATEI).',
  'error.unknownMeeting': 'Im Verzeichnis gibt es keine Sitzung „{id}“.',
  'error.unknownBody': 'Im Verzeichnis gibt es kein Gremium „{id}“.',
  'error.unknownField': 'Im Verzeichnis gibt es kein Handlungsfeld „{id}“.',
  'error.unknownAsker':
    'Im Verzeichnis gibt es keine Person „{who}“ (--as nimmt die ID, die E-Mail oder den vollen Namen).',
  'error.ambiguousAsker': '„{who}“ passt auf mehrere Personen: {ids}. Bitte mit --as ID fragen.',
  'error.botStatus': 'Der Bot hat mit HTTP {status} geantwortet.',
  'error.unexpected':
    'kokobot ist auf einen unerwarteten Fehler gestoßen ({name}); bitte mit LOG_LEVEL=debug wiederholen.',
  'validate.ok': '{file} ist gültig ({counts}).',
  'import.ok': '{file} ist als Version {version} importiert ({counts}).',
  'export.wrote': 'Version {version} des Verzeichnisses nach {file} geschrieben ({counts}).',
  'report.wrote': '{file} geschrieben ({bytes:Byte|Bytes}).',
  'package.written': 'Teams-App-Paket geschrieben: {file}',
  'package.appIdMissing':
    'MicrosoftAppId ist nicht gesetzt; das Teams-App-Paket braucht die App-ID der Bot-Registrierung (MicrosoftAppId=… npm run package).',
  'package.invalid': '{variable} {problem}',
  'package.guid': 'ist keine GUID (8-4-4-4-12 Hexadezimalziffern): „{value}“.',
  'plan.none': 'Keine Erinnerungen geplant.',
  'plan.header.kind': 'ART',
  'plan.header.meeting': 'SITZUNG',
  'plan.header.offset': 'WANN',
  'plan.header.recipient': 'EMPFÄNGER',
  'plan.header.channel': 'WEG',
  'plan.header.due': 'ZEITPUNKT',
  'plan.header.state': 'STAND',
  'plan.kind.reminder': 'Erinnerung',
  'plan.kind.status': 'Status-Runde: Karte an {owner}',
  'plan.kind.status-reminder': 'Status-Runde: Nachfrage an {owner}',
  'plan.kind.status-report': 'Zwischenbilanz',
  'plan.before.days': '{count:Tag|Tage} vorher',
  'plan.before.hours': '{count:Stunde|Stunden} vorher',
  'plan.before.minutes': '{count:Minute|Minuten} vorher',
  'plan.channel.personal': 'persönlicher Chat',
  'plan.channel.team': 'Team-Kanal',
  'plan.channel.unreachable': 'nicht erreichbar (noch kein Chat mit dem Bot)',
  'plan.due': '{date}, {time} Uhr',
  'plan.state.planned': 'geplant',
  'plan.state.missed': 'verpasst – wird nicht mehr gesendet',
  'plan.state.waitingForChat': 'wartet auf einen Chat',
  'plan.state.pending': 'wartet auf den Versand',
  'plan.state.sending': 'wird gerade gesendet',
  'plan.state.sent': 'gesendet',
  'plan.state.failed': 'fehlgeschlagen',
  'plan.state.skipped': 'übersprungen',
  'plan.reason': '{state} ({reason})',
} as const;

export type CliMessageKey = keyof typeof de;

const en: Record<CliMessageKey, string> = {
  usage: `kokobot – who does what, when, with whom, why?

Usage:
  kokobot validate FILE             check a directory file (.yaml or .xlsx); every problem
                                    with its line or cell
  kokobot import FILE               validate, then replace the directory in table storage
  kokobot export [--format yaml|xlsx] [--out FILE]
                                    the stored directory as YAML (to stdout without --out)
                                    or as an Excel workbook
  kokobot ask "QUESTION" [--json] [--directory FILE] [--locale en-US] [--as PERSON]
                                    ask the bot as a Teams user would, print its answer
                                    (--as: as this person of the directory, by id, e-mail
                                    or full name)
  kokobot reminders plan [--meeting ID] [--json]
                                    the planned reminders: meeting, recipient, channel, time, state
  kokobot report [--meeting ID] [--body ID] [--field ID] [--format md|csv|xlsx] [--out FILE]
                                    the Zwischenbilanz of a meeting's status round (without a
                                    meeting: the current rounds; else Markdown to stdout)
  kokobot help                      this text (also --help, -h)

Storage is the one the configuration names (TABLES_CONNECTION_STRING, TABLES_ACCOUNT_URL),
else the embedded Azurite under KOKOBOT_DATA_DIR (shared with a running service). Language:
German, English when LC_ALL, LC_MESSAGES or LANG say so.`,
  'usage.hint': 'All commands: kokobot --help',
  'usage.unknownCommand': 'Unknown command "{command}".',
  'usage.unknownOption': 'Unknown option "{option}" for "kokobot {command}".',
  'usage.unknownGlobalOption': 'Unknown option "{option}".',
  'usage.missingValue': 'The option "{option}" needs a value.',
  'usage.unexpectedArgument': 'Unexpected argument "{argument}" for "kokobot {command}".',
  'usage.needsFile': '"kokobot {command}" needs a file: kokobot {command} FILE',
  'usage.needsQuestion': '"kokobot ask" needs a question: kokobot ask "QUESTION"',
  'usage.remindersSubcommand':
    '"kokobot reminders" only knows "plan": kokobot reminders plan [--meeting ID] [--json]',
  'usage.format': '--format must be md, csv or xlsx, not "{format}".',
  'usage.xlsxNeedsOut': 'An Excel file needs --out FILE (or a redirect).',
  'usage.exportFormat': '--format must be yaml or xlsx, not "{format}".',
  'error.noDirectory': 'No directory has been imported yet (kokobot import FILE).',
  'error.unknownMeeting': 'There is no meeting "{id}" in the directory.',
  'error.unknownBody': 'There is no body "{id}" in the directory.',
  'error.unknownField': 'There is no field "{id}" in the directory.',
  'error.unknownAsker':
    'There is no person "{who}" in the directory (--as takes the id, the e-mail or the full name).',
  'error.ambiguousAsker': '"{who}" fits several people: {ids}. Please ask with --as ID.',
  'error.botStatus': 'The bot answered HTTP {status}.',
  'error.unexpected':
    'kokobot met an unexpected error ({name}); please retry with LOG_LEVEL=debug.',
  'validate.ok': '{file} is valid ({counts}).',
  'import.ok': 'Imported {file} as version {version} ({counts}).',
  'export.wrote': 'Wrote version {version} of the directory to {file} ({counts}).',
  'report.wrote': 'Wrote {file} ({bytes:byte|bytes}).',
  'package.written': 'Teams app package written: {file}',
  'package.appIdMissing':
    "MicrosoftAppId is not set; the Teams app package needs the bot registration's app id (MicrosoftAppId=… npm run package).",
  'package.invalid': '{variable} {problem}',
  'package.guid': 'is not a GUID (8-4-4-4-12 hex digits): "{value}".',
  'plan.none': 'No reminders planned.',
  'plan.header.kind': 'KIND',
  'plan.header.meeting': 'MEETING',
  'plan.header.offset': 'WHEN',
  'plan.header.recipient': 'RECIPIENT',
  'plan.header.channel': 'CHANNEL',
  'plan.header.due': 'DUE',
  'plan.header.state': 'STATE',
  'plan.kind.reminder': 'reminder',
  'plan.kind.status': 'status round: card to {owner}',
  'plan.kind.status-reminder': 'status round: follow-up to {owner}',
  'plan.kind.status-report': 'Zwischenbilanz',
  'plan.before.days': '{count:day|days} before',
  'plan.before.hours': '{count:hour|hours} before',
  'plan.before.minutes': '{count:minute|minutes} before',
  'plan.channel.personal': 'personal chat',
  'plan.channel.team': 'team channel',
  'plan.channel.unreachable': 'unreachable (no chat with the bot yet)',
  'plan.due': '{date}, {time}',
  'plan.state.planned': 'planned',
  'plan.state.missed': 'missed – will not be sent',
  'plan.state.waitingForChat': 'waiting for a chat',
  'plan.state.pending': 'waiting to be sent',
  'plan.state.sending': 'being sent',
  'plan.state.sent': 'sent',
  'plan.state.failed': 'failed',
  'plan.state.skipped': 'skipped',
  'plan.reason': '{state} ({reason})',
};

/** The command line's catalogues (exported for the test that renders every counted word). */
export const CLI_CATALOGUES: Record<Language, Record<CliMessageKey, string>> = { de, en };
const catalogues = CLI_CATALOGUES;

export type CliTranslate = (key: CliMessageKey, params?: Record<string, string | number>) => string;

export function cliTranslator(language: Language): CliTranslate {
  return (key, params) => format(catalogues[language][key], params, { language });
}
