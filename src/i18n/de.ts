/**
 * German message catalogue (the users' first language). Every user-facing sentence lives here or in
 * en.ts; placeholders are written {name} and filled by format().
 */
export const de = {
  'welcome.title': 'Willkommen bei kokobot',
  'welcome.text':
    'Hallo! Ich bin kokobot, Ihr Assistent für „{organisation}“. Ich beantworte die Frage „Wer macht wann was mit wem warum?“ – fragen Sie mich einfach in eigenen Worten.',
  'help.title': 'Was kokobot kann',
  'help.intro':
    'Fragen Sie in eigenen Worten, auf Deutsch oder Englisch. Ich antworte aus dem Verzeichnis von „{organisation}“.',
  'help.capability.who': 'Wer',
  'help.capability.who.text':
    'Wer leitet ein Gremium, wer sitzt darin, wer ist Ansprechperson, wer vertritt wen?',
  'help.capability.what': 'Was',
  'help.capability.what.text':
    'Was macht eine Institution, worum geht es bei einem Ziel, was steht auf der Tagesordnung?',
  'help.capability.when': 'Wann / Wo',
  'help.capability.when.text': 'Wann und wo tagt ein Gremium, bis wann ist ein Ziel zu erreichen?',
  'help.capability.with': 'Mit wem',
  'help.capability.with.text':
    'Mit wem arbeitet eine Institution oder Person zusammen, wer sind Partner eines Ziels?',
  'help.capability.why': 'Warum',
  'help.capability.why.text': 'Warum gibt es ein Ziel oder ein Gremium?',
  'help.examples.title': 'Zum Beispiel',
  'help.example.1': 'Wer leitet die Steuerungsgruppe?',
  'help.example.2': 'Wann tagt die SG das nächste Mal?',
  'help.example.3': 'Was macht das Kommunale Integrationszentrum?',
  'help.footer': 'Mit „hilfe“ sehen Sie diese Übersicht jederzeit wieder.',
  'help.fallback':
    'kokobot beantwortet Fragen zu Wer, Was, Wann, Wo, Mit wem und Warum aus dem Verzeichnis von „{organisation}“. Beispiel: „Wer leitet die Steuerungsgruppe?“',
  'answer.notYet':
    'Diese Frage kann ich noch nicht beantworten. Schreiben Sie „hilfe“, um zu sehen, was ich kann.',
  'error.generic':
    'Entschuldigung, da ist bei mir etwas schiefgegangen. Bitte versuchen Sie es gleich noch einmal.',
  'error.storageUnavailable':
    'Der Speicher ist gerade nicht erreichbar. Bitte versuchen Sie es in einer Minute noch einmal.',
  'error.noDirectory':
    'Es ist noch kein Verzeichnis geladen. Bitte wenden Sie sich an die Koordinierungsstelle.',
  'organisation.unknown': 'Koordinierungsstelle',
} as const;

export type MessageKey = keyof typeof de;
