import type { MessageKey } from './de';

/** English message catalogue; it must have every key of the German one (checked by the compiler). */
export const en: Record<MessageKey, string> = {
  'welcome.title': 'Welcome to kokobot',
  'welcome.text':
    'Hello! I am kokobot, the assistant of “{organisation}”. I answer "who does what, when, with whom, and why?" — just ask in your own words.',
  'help.title': 'What kokobot can do',
  'help.intro':
    'Ask in your own words, in German or English. I answer from the directory of “{organisation}”.',
  'help.capability.who': 'Who',
  'help.capability.who.text':
    'Who chairs a body, who sits in it, who is the contact, who is whose deputy?',
  'help.capability.what': 'What',
  'help.capability.what.text':
    'What does an institution do, what is a goal about, what is on the agenda?',
  'help.capability.when': 'When / Where',
  'help.capability.when.text': 'When and where does a body meet, when is a goal due?',
  'help.capability.with': 'With whom',
  'help.capability.with.text':
    'Who does an institution or person work with, who are the partners of a goal?',
  'help.capability.why': 'Why',
  'help.capability.why.text': 'Why does a goal or a body exist?',
  'help.examples.title': 'For example',
  'help.example.1': 'Who chairs the steering group?',
  'help.example.2': 'When does the steering group meet next?',
  'help.example.3': 'What does the youth office do?',
  'help.footer': 'Type "help" to see this overview again at any time.',
  'help.fallback':
    'kokobot answers who, what, when, where, with whom and why questions from the directory of “{organisation}”. Example: "Who chairs the steering group?"',
  'answer.notYet': 'I cannot answer this question yet. Type "help" to see what I can do.',
  'error.generic': 'Sorry, something went wrong on my side. Please try again in a moment.',
  'error.storageUnavailable': 'Storage is not reachable right now. Please try again in a minute.',
  'error.noDirectory': 'No directory has been loaded yet. Please contact the coordination office.',
  'organisation.unknown': 'coordination office',
};
