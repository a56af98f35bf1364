import { fold, stem, STOP_WORDS, tokens } from './text';

/**
 * Role words as searchable terms, both languages: a role ("Sachgebietsleiterin Jugendberufshilfe")
 * and a question ("Wer leitet …", "who handles career guidance") are both turned into stems,
 * compound parts and concepts (`#head`, `#coord`, …), so that leitet / Leitung / Leiterin / head
 * / runs meet, and "Berufsberaterin" meets "career guidance". General vocabulary, no names.
 */

/** Concepts: what a word says about a role, whatever its form or language. */
const CONCEPTS: [RegExp, string][] = [
  [
    /^(leit\w*|geleitet|chef\w*|heads?|headed|heading|lead|leads|leader\w*|leading|runs?|running|director\w*|direktor\w*|geschaeftsfuehr\w*|boss\w*|vorsitz\w*|vorstand\w*|manag\w*|principal|charge|headmaster|headmistress|headteacher)$/,
    '#head',
  ],
  [/^(koordin\w*|coordinat\w*)$/, '#coord'],
  [/^(berat\w*|berater\w*|advis\w*|advice|counsel\w*|guidance|consult\w*)$/, '#advice'],
  [
    /^(dezernent\w*|dezernat\w*|referent\w*|referat\w*|officer\w*|sachbearbeit\w*|clerk)$/,
    '#officer',
  ],
  [/^(lehrer\w*|lehrkraft\w*|teacher\w*)$/, '#teach'],
  [/^(sozialpaedagog\w*|sozialarbeit\w*|social)$/, '#social'],
  [/^(begleit\w*|support\w*|coach\w*|mentor\w*)$/, '#support'],
  [/^(generalist\w*)$/, '#generalist'],
  // "Studienberatung" is the adviser "für akademische Berufe", at a university or not.
  [
    /^(studi\w*|akadem\w*|hochschul\w*|universit\w*|academic|university|universities)$/,
    '#academic',
  ],
  [/^(stellvertret\w*|deputy|vice|stv)$/, '#deputy'],
];

/** Word parts a German compound may end in: "Bereichsleiterin" = Bereich + Leiterin. */
const HEADS = [
  'leiterin',
  'leiter',
  'leitung',
  'direktorin',
  'direktor',
  'geschaeftsfuehrerin',
  'geschaeftsfuehrer',
  'geschaeftsfuehrung',
  'beraterin',
  'berater',
  'beratung',
  'koordinatorin',
  'koordinator',
  'koordination',
  'koordinierung',
  'referentin',
  'referent',
  'begleitung',
  'begleiterin',
  'begleiter',
  'planung',
  'orientierung',
  'hilfe',
  'entwicklung',
  'management',
  'bildung',
  'lehrerin',
  'lehrer',
];

/** English topic words to the German stems a role uses (roles are written in German). */
const ENGLISH: Record<string, string[]> = {
  career: ['beruf'],
  careers: ['beruf'],
  vocational: ['beruf', 'berufskolleg'],
  occupational: ['beruf'],
  job: ['beruf', 'arbeit'],
  jobs: ['beruf', 'arbeit'],
  orientation: ['orientier'],
  transition: ['ubergang', 'uebergang'],
  transitions: ['ubergang', 'uebergang'],
  school: ['schul'],
  headmaster: ['schul'],
  headmistress: ['schul'],
  headteacher: ['schul'],
  principal: ['schul'],
  schools: ['schul'],
  college: ['kolleg', 'berufskolleg'],
  colleges: ['kolleg', 'berufskolleg'],
  youth: ['jugend'],
  young: ['jugend'],
  apprenticeship: ['ausbild'],
  apprenticeships: ['ausbild'],
  training: ['ausbild', 'weiterbild'],
  education: ['bildung', 'bild'],
  university: ['hochschul', 'studi', 'studienberat'],
  study: ['studi'],
  studies: ['studi'],
  union: ['gewerkschaft'],
  development: ['entwickl'],
  planning: ['planung', 'plan'],
  integration: ['integration'],
  management: ['management'],
  employment: ['arbeit'],
  work: ['arbeit'],
  department: ['abteil'],
  team: ['team'],
  area: ['bereich'],
  region: ['region'],
  regional: ['region'],
  district: ['kreis'],
  office: ['amt', 'buro', 'bureau'],
  'under-25s': ['u25'],
  '25s': ['u25'],
};

/** The words roles are told by (concept patterns, compound heads, English topics): cue words too. */
export const ROLE_VOCABULARY = {
  patterns: CONCEPTS.map(([pattern]) => pattern),
  words: [...HEADS, ...Object.keys(ENGLISH)],
};

/** The German stems an English topic word stands for ("school" → "schul"), if any. */
export function germanStemsOf(word: string): readonly string[] | undefined {
  return ENGLISH[word];
}

const BY_LENGTH = [...HEADS].sort((a, b) => b.length - a.length);

/** "Leiterin" -> "Leiter": both forms meet in one stem. */
const masculine = (word: string) =>
  word
    .replace(/(er|or|ent|ant)in(nen)?$/, '$1')
    // "Schulrätin" -> "Schulrat", "Ärztin" -> "Arzt" (folded: ae, oe, ue).
    .replace(/(a|o|u)e([^aeiou]{1,3})in(nen)?$/, '$1$2');

function conceptsOf(word: string): string[] {
  return CONCEPTS.filter(([pattern]) => pattern.test(word)).map(([, concept]) => concept);
}

/** One folded word as a role word: its stem, its concepts, its compound parts. */
function roleWord(word: string): RoleWord {
  const english = ENGLISH[word];
  const terms = new Set<string>(english ?? [stem(word), stem(masculine(word))]);
  for (const concept of conceptsOf(word)) terms.add(concept);
  let prefix: string | undefined;
  for (const head of BY_LENGTH) {
    const at = word.length > head.length + 2 ? word.indexOf(head, 3) : -1;
    if (at < 0 || at + head.length !== word.length) continue;
    prefix = word.slice(0, at).replace(/s$/, '');
    if (prefix.length >= 2) terms.add(stem(prefix));
    if (prefix.length >= 4) for (const concept of conceptsOf(prefix)) terms.add(concept);
    terms.add(stem(masculine(head)));
    for (const concept of conceptsOf(head)) terms.add(concept);
    break;
  }
  return { word, terms: [...terms], prefix };
}

/** One word of a role: the word as written (folded) and its terms. */
export interface RoleWord {
  word: string;
  terms: string[];
  /** The part of a compound before its head word: "bereich" in "Bereichsleiterin". */
  prefix?: string;
  /** The word follows "der", "des": whom the role serves ("Referent der Dezernentin"). */
  object?: boolean;
}

/** A role's words as role terms, in order. */
export function roleWords(text: string): RoleWord[] {
  const all = tokens(fold(text));
  return all.flatMap((word, position) => {
    if (STOP_WORDS.has(word) || ROLE_FILLER.has(word)) return [];
    const written = roleWord(word);
    // "Referent der Dezernentin": whose, not what the person is.
    return [OF_WORD.test(all[position - 1] ?? '') ? { ...written, object: true } : written];
  });
}

const OF_WORD = /^(der|des|dem|den)$/;

/**
 * How well a question word (its terms) meets a role word: 1 for a shared stem or concept, 0.8 for
 * a part of a compound ("Jugend" in "Gewerkschaftsjugend", "Berufsorientierung" for "Orientierung").
 */
export function roleWordMatch(query: RoleWord, role: RoleWord): number {
  // A word that meets a role word in more than one way ("headmaster": school and head, in
  // "Schulleiter") fits it a little better than one that meets it in one ("Abteilungsleiter").
  const shared = query.terms.filter((term) => role.terms.includes(term)).length;
  if (shared > 0) return Math.min(1 + 0.05 * (shared - 1), 1.15);
  const part = (a: string, b: string) => a.length >= 5 && !a.startsWith('#') && b.includes(a);
  if (query.terms.some((term) => part(term, role.word))) return 0.8;
  if (role.terms.some((term) => part(term, query.word))) return 0.8;
  return 0;
}

/** One folded question word as a role word (undefined for words that never tell roles apart). */
export function queryRoleWord(word: string): RoleWord | undefined {
  return STOP_WORDS.has(word) || ROLE_FILLER.has(word) ? undefined : roleWord(word);
}

/** Words that never tell roles apart. */
const ROLE_FILLER = new Set([
  'fuer',
  'zustaendig',
  'zustaendige',
  'zustaendigen',
  'verantwortlich',
  'responsible',
  'kuemmert',
  'handles',
  'handle',
  'person',
  'personen',
  'people',
  'heisst',
  'named',
  'name',
  'sich',
  'um',
  'bei',
  'at',
  'frau',
  'herr',
  'ist',
  // Asking for someone's details says nothing about their role ("kontakt dezernentin").
  'kontakt',
  'kontaktdaten',
  'contact',
  'details',
  'mail',
  'email',
  'adresse',
  'telefon',
  'telefonnummer',
  'nummer',
  'phone',
  'number',
  'erreiche',
  'erreichen',
  'reach',
]);

export const HEAD_CONCEPT = '#head';
export const COORDINATOR_CONCEPT = '#coord';
export const DEPUTY_CONCEPT = '#deputy';
