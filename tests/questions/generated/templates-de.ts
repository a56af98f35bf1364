/** German question templates per kind (polite, plain, terse). Slots: {body:dat}, {inst:bei}, {person} … */
export const DE: Record<string, string[]> = {
  'contact-email': [
    'Wie lautet die E-Mail-Adresse von {person}?',
    'Können Sie mir bitte die Mailadresse von {person} geben?',
    'E-Mail {person}?',
    'Wie erreiche ich {person} per Mail?',
    'Ich bräuchte die E-Mail von {person}, danke!',
    'Wie kann ich {person} anschreiben?',
  ],
  'contact-phone': [
    'Welche Telefonnummer hat {inst:nom}?',
    'Wie kann ich {inst:akk} telefonisch erreichen?',
    'Telefon {inst:bare}?',
    'Haben Sie die Telefonnummer {inst:gen}?',
    'Unter welcher Nummer erreiche ich {inst:akk}?',
    'Ich möchte {inst:akk} anrufen, wie ist die Nummer?',
  ],
  'who-is': [
    'Wer ist {person}?',
    'Was macht {person} beruflich?',
    'Können Sie mir sagen, wer {person} ist?',
    '{person}?',
    'Bei welcher Institution arbeitet {person} und in welcher Funktion?',
  ],
  'person-by-role/head': [
    'Wer leitet {inst:akk}?',
    'Wer ist die Leitung {inst:gen}?',
    'Wer hat die Leitung {inst:gen}?',
    'Chef {inst:gen}?',
    'Können Sie mir sagen, wer {inst:akk} leitet?',
    'Wer ist Chefin oder Chef {inst:gen}?',
  ],
  'person-by-role/topic': [
    'Wer ist {inst:bei} für {topic} zuständig?',
    'Wer kümmert sich {inst:bei} um {topic}?',
    'Zuständig für {topic} {inst:bei}?',
  ],
  'person-by-role/title': [
    'Wer ist {title} {inst:bei}?',
    'Wie heißt {title:art} {inst:gen}?',
    '{title} {inst:bare}?',
  ],
  coordinators: [
    'Wer sind die Koordinatorinnen und Koordinatoren?',
    'Welche Personen sind als Koordinatoren eingetragen?',
    'Wer koordiniert bei uns?',
    'Liste der Koordinatoren bitte',
  ],
  'chair-now': [
    'Wer leitet {body:akk}?',
    'Wer hat derzeit den Vorsitz {body:in}?',
    'Vorsitz {body:bare}?',
    'Wer ist gerade Vorsitzende oder Vorsitzender {body:gen}?',
    'Wer steht {body:dat} vor?',
  ],
  'chair-year': [
    'Wer hat {year} den Vorsitz {body:in}?',
    'Wer leitet {body:akk} im Jahr {year}?',
    'Vorsitz {body:bare} {year}?',
  ],
  'chair-schoolyear': [
    'Wer hat im Schuljahr {schoolyear} den Vorsitz {body:in}?',
    'Wer leitet {body:akk} im Schuljahr {schoolyear}?',
  ],
  'chair-date': ['Wer hat am {date} den Vorsitz {body:in}?', 'Wer leitet {body:akk} am {date}?'],
  members: [
    'Wer sitzt {body:in}?',
    'Wer sind die Mitglieder {body:gen}?',
    'Mitglieder {body:bare}?',
    'Können Sie mir bitte alle Mitglieder {body:gen} nennen?',
  ],
  'institutions-of-body': [
    'Welche Institutionen sind {body:in} vertreten?',
    'Welche Einrichtungen arbeiten {body:in} mit?',
  ],
  'bodies-in-person': [
    'In welchen Gremien sitzt {person} persönlich?',
    'In welchen Gremien ist {person} selbst Mitglied?',
    'In welchen Gremien ist {person} namentlich Mitglied?',
  ],
  'bodies-via-institution': [
    'In welchen Gremien ist {person} vertreten, auch über die eigene Institution?',
    'Wo ist {person} überall dabei, persönlich oder über die Institution?',
  ],
  'next-meeting': [
    'Wann tagt {body:nom} das nächste Mal?',
    'Wann ist die nächste Sitzung {body:gen}?',
    'Nächster Termin {body:bare}?',
    'nächste {body:bare}?',
    'Können Sie mir sagen, wann {body:nom} wieder zusammenkommt?',
  ],
  'meeting-in-month': [
    'Wann tagt {body:nom} im {month} {year}?',
    'Gibt es im {month} {year} eine Sitzung {body:gen}? Wann?',
    'Termin {body:bare} {month} {year}?',
  ],
  'meeting-ordinal': [
    'Wann ist die übernächste Sitzung {body:gen}?',
    'Wann tagt {body:nom} übernächstes Mal?',
    'übernächster Termin {body:bare}?',
  ],
  'last-meeting': [
    'Wann hat {body:nom} zuletzt getagt?',
    'Wann war die letzte Sitzung {body:gen}?',
    'Letzter Termin {body:bare}?',
  ],
  'meeting-where/next': [
    'Wo tagt {body:nom} das nächste Mal?',
    'Wo findet die nächste Sitzung {body:gen} statt?',
    'Ort nächste {body:bare}?',
  ],
  'meeting-where/date': [
    'Wo findet die Sitzung {body:gen} am {date} statt?',
    'Wo tagt {body:nom} am {date}?',
  ],
  'meeting-online/next': [
    'Gibt es einen Online-Link für die nächste Sitzung {body:gen}?',
    'Wie kann ich mich online in die nächste Sitzung {body:gen} einwählen?',
    'Teams-Link nächste {body:bare}?',
  ],
  'meeting-online/date': ['Wie lautet der Online-Link für die Sitzung {body:gen} am {date}?'],
  'meeting-agenda/next': [
    'Was steht auf der Tagesordnung der nächsten Sitzung {body:gen}?',
    'Tagesordnung nächste {body:bare}?',
    'Worum geht es bei der nächsten Sitzung {body:gen}?',
  ],
  'meeting-agenda/date': [
    'Was steht am {date} auf der Tagesordnung {body:gen}?',
    'Tagesordnung {body:bare} am {date}?',
  ],
  'yes-inst-in-body': [
    'Ist {inst:nom} {body:in} vertreten?',
    'Sitzt {inst:nom} {body:in}?',
    'Ist {inst:nom} Mitglied {body:gen}?',
  ],
  'yes-person-in-body': [
    'Ist {person} Mitglied {body:gen}?',
    'Sitzt {person} {body:in}?',
    'Gehört {person} zu {body:dat}?',
  ],
  'yes-goal-at-risk': [
    'Ist das Ziel {goal} gefährdet?',
    'Ist {goal} gefährdet?',
    'Steht Ziel {goal} auf der Kippe, also gefährdet?',
  ],
  'goal-owner': [
    'Wer ist für das Ziel {goal} verantwortlich?',
    'Wer kümmert sich um {goal}?',
    'Verantwortlich für {goal}?',
  ],
  'goal-partners': [
    'Wer arbeitet am Ziel {goal} mit?',
    'Mit wem wird das Ziel {goal} umgesetzt?',
    'Partner {goal}?',
  ],
  'goal-why': [
    'Warum gibt es das Ziel {goal}?',
    'Wozu dient das Ziel {goal}?',
    'Begründung für {goal}?',
  ],
  'goal-due': [
    'Bis wann soll das Ziel {goal} erreicht sein?',
    'Wann ist {goal} fällig?',
    'Frist {goal}?',
  ],
  'field-goals': [
    'Welche Ziele hat das Handlungsfeld {field}?',
    'Welche Ziele gibt es im Handlungsfeld {field}?',
    'Ziele {field}?',
  ],
  deputy: [
    'Wer vertritt {person}?',
    'Wer ist die Vertretung von {person}?',
    'Vertretung {person}?',
    'Wer springt für {person} ein?',
    'Wer übernimmt, wenn {person} im Urlaub ist?',
  ],
  deputises: [
    'Wen vertritt {person}?',
    'Für wen ist {person} die Vertretung?',
    'Wessen Vertretung ist {person}?',
    'Für wen springt {person} ein?',
  ],
  'people-of-inst-in-body': [
    'Wer {inst:von} sitzt {body:in}?',
    'Welche Personen {inst:gen} sind {body:in}?',
    'Wer ist {inst:von} {body:in} dabei?',
  ],
  // issue 16 (people): phrasings and subjects nobody tuned for.
  'deputy-by-role': [
    'Wer vertritt {title:akk} {inst:bei}?',
    'Wer ist die Vertretung {title:gen} {inst:gen}?',
  ],
  'my-bodies': ['In welchen Gremien bin ich?', 'Wo bin ich überall Mitglied?'],
  'my-deputy': ['Wer vertritt mich?', 'Wer übernimmt für mich, wenn ich im Urlaub bin?'],
  'not-in-directory/body': ['Wer leitet den {de}?', 'Wann tagt der {de}?', 'Wer sitzt im {de}?'],
  'not-in-directory/town': [
    'Wer ist Ansprechpartner der KoKo {town}?',
    'Wie erreiche ich die KoKo {town}?',
  ],
};
