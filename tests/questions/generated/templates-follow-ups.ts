/**
 * Two turns per template, split at " | ": the first names the subject, the second does not. Both
 * languages; pronouns ({pron}, {poss}, {pers}, {his}, {he}) and bare fragments ("Frist?").
 */
export const FOLLOW_UPS_DE: Record<string, string[]> = {
  'follow-goal-due': [
    'Worum geht es bei {goal}? | Und die Frist?',
    'Wer ist für {goal} verantwortlich? | bis wann?',
    'Was ist {goal}? | Frist?',
  ],
  'follow-goal-owner': [
    'Worum geht es bei {goal}? | Wer ist verantwortlich?',
    'Bis wann soll {goal} erreicht sein? | und wer kümmert sich darum?',
    'Was ist {goal}? | Zuständig?',
  ],
  'follow-goal-partners': [
    'Worum geht es bei {goal}? | Mit welchen Partnern?',
    'Wer ist für {goal} verantwortlich? | und wer arbeitet mit?',
  ],
  'follow-deputy': [
    'Wer ist {person}? | Und {poss} Vertretung?',
    'Wie lautet die E-Mail-Adresse von {person}? | Wer vertritt {pers}?',
    'Wer ist {person}? | Vertretung?',
  ],
  'follow-email': [
    'Wer ist {person}? | E-Mail?',
    'Wer ist {person}? | Und wie erreiche ich {pers} per Mail?',
  ],
  'follow-bodies-of': [
    'Wer ist {person}? | In welchen Gremien ist {pers} persönlich?',
    'Wer ist {person}? | Gremien persönlich?',
  ],
  'follow-next-meeting': [
    'Wer leitet {body:akk}? | Und wann tagt {pron}?',
    'Was macht {body:nom}? | Wann wieder?',
    'Wer sitzt {body:in}? | nächster Termin?',
  ],
  'follow-chair': [
    'Wann tagt {body:nom} das nächste Mal? | Und wer leitet {pron}?',
    'Was macht {body:nom}? | Wer hat dort gerade den Vorsitz?',
    'Wann tagt {body:nom}? | Vorsitz?',
  ],
  'follow-agenda': [
    'Wann tagt {body:nom} das nächste Mal? | Und was steht auf der Tagesordnung?',
    'Wer leitet {body:akk}? | Tagesordnung?',
  ],
  'follow-after-yes-no': [
    'Ist {inst:nom} {body:in}? | Und wann tagt {pron}?',
    'Sitzt {inst:nom} {body:in}? | wann ist die nächste Sitzung?',
  ],
};

export const FOLLOW_UPS_EN: Record<string, string[]> = {
  'follow-goal-due': [
    'What is {goal} about? | and the deadline?',
    'Who is responsible for {goal}? | by when?',
    'What is {goal}? | deadline?',
  ],
  'follow-goal-owner': [
    'What is {goal} about? | who is responsible?',
    'When is {goal} due? | and who owns it?',
  ],
  'follow-goal-partners': [
    'What is {goal} about? | with which partners?',
    'Who is responsible for {goal}? | and who works on it with them?',
  ],
  'follow-deputy': ['Who is {person}? | and {his} deputy?', 'Who is {person}? | deputy?'],
  'follow-email': ['Who is {person}? | email?', 'Who is {person}? | how do I reach {him} by mail?'],
  'follow-bodies-of': [
    'Who is {person}? | which bodies is {he} on in person?',
    'Who is {person}? | committees in person?',
  ],
  'follow-next-meeting': [
    'Who chairs {body}? | and when does it meet?',
    'What does {body} do? | when again?',
    'Who is in {body}? | next meeting?',
  ],
  'follow-chair': [
    'When does {body} meet next? | who chairs it right now?',
    'What does {body} do? | chair?',
  ],
  'follow-agenda': [
    'When does {body} meet next? | what will they talk about?',
    'Who chairs {body}? | agenda?',
  ],
  'follow-after-yes-no': [
    'Is {inst} a member of {body}? | when does it meet?',
    'Is {inst} in {body}? | and the next meeting?',
  ],
};
