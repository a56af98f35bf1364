import { distance } from 'fastest-levenshtein';
import type { Section } from '../../directory/model';
import type { Cue } from '../cues';
import type { QuestionKind } from './kind';

/**
 * Lists asked for by what they list: „Welche Institutionen sind in der SG vertreten?“ asks for the
 * body's institutions (members and the institutions of its person members), not its purpose;
 * „In welchen Gremien ist X vertreten?“ asks for bodies, not for a deputy.
 */
const INSTITUTIONS =
  /\b(institution\w*|einrichtung\w*|organi[sz]ation\w*|akteur\w*|traeger\w*|behoerde\w*|agencies|bodies represented)\b/;
/** Deputy words other than "vertreten" (which also means "represented"). */
const DEPUTY_PROPER =
  /\b(vertritt|vertretung|stellvertret\w*|stellv|deputy|deputi\w*|substitut\w*|stands? in|urlaubsvertretung|covers? for|abwesen\w*)\b/;
/** Kinds a question about a body's institutions can be read as without the word "Institutionen". */
const INSTITUTIONS_INSTEAD_OF: QuestionKind[] = ['what', 'why', 'partners'];

/** The same words as typed with a slip ("Instittionen", "Eirichtungen"). */
const INSTITUTION_WORDS = [
  'institutionen',
  'einrichtungen',
  'organisationen',
  'institutions',
  'organisations',
  'organizations',
];

export function asksForInstitutions(folded: string): boolean {
  return (
    INSTITUTIONS.test(folded) ||
    folded
      .split(/\s+/)
      .some(
        (word) => word.length >= 9 && INSTITUTION_WORDS.some((known) => distance(word, known) <= 2),
      )
  );
}

export function listKind(
  section: Section,
  kind: QuestionKind,
  question: { folded: string; cues: Set<Cue>; institutions: boolean },
): QuestionKind {
  if (section === 'bodies' && question.institutions && INSTITUTIONS_INSTEAD_OF.includes(kind))
    return 'members';
  if (
    section === 'people' &&
    kind === 'deputy' &&
    question.cues.has('bodiesOf') &&
    !DEPUTY_PROPER.test(question.folded)
  )
    return 'bodies-of';
  // "Wer arbeitet an der Zwischenbilanz mit?": a status word in a goal's title, partners asked.
  if (
    section === 'goals' &&
    kind === 'status' &&
    question.cues.has('partners') &&
    question.cues.has('who')
  )
    return 'partners';
  return kind;
}

/**
 * "In welchen Gremien sitzt X persönlich?": only where the person is listed in person;
 * "persönlich oder über die Institution" asks for both.
 */
export function inPersonAsked(
  kind: QuestionKind,
  cues: Set<Cue>,
  folded: string,
): true | undefined {
  if (kind !== 'bodies-of' || !cues.has('inPerson')) return undefined;
  const both =
    /\b(institution|einrichtung|organisation|organization|through|including|auch ueber|oder ueber)\b/;
  return both.test(folded) ? undefined : true;
}
