import { distance } from 'fastest-levenshtein';
import { parseRef, type DirectoryIndex, type RefKey } from '../../language/directory-index';
import { germanStemsOf } from '../../language/roles';
import { fold, stem, STOP_WORDS, tokens } from '../../language/text';
import { CUE_WORDS } from '../cues';

/**
 * Questions that name something the directory does not have (issue 16): a committee it does not
 * list ("Wer leitet den Jugendhilfeausschuss?"), the same kind of office in another town ("KoKo
 * Dortmund" in Bochum's directory, "the mayor of Dortmund"). Wrong is worse than unsure: such a
 * question gets "nothing found", not the facts of a neighbour the other words happen to match.
 */

/**
 * A body or an office the directory does not have, in the words as typed (German compounds) or
 * after the glossary (English: its German for "university" may name nothing here, and is no
 * unknown committee).
 */
export function namesUnknown(index: DirectoryIndex, text: string, words: string[]): boolean {
  return namesUnknownBody(index, tokens(fold(text))) || namesUnknownEnglishBody(index, words);
}

/** How German names of bodies and institutions end ("Jugendhilfe|ausschuss", "Sport|amt"). */
const ORGANISATION_NOUN =
  /(ausschuss|ausschusses|ausschuesse|konferenz|konferenzen|arbeitsgruppe|gruppe|arbeitskreis|arbeitskreises|forum|beirat|beirats|gremium|gremiums|runde|amt|amtes|amts|buero|bueros|kammer|agentur|zentrum|zentrums|verband|verbandes|verein|vereins|netzwerk|netzwerks|dezernat|referat|behoerde|ministerium|meister|meisterin|meisters|rat|rates|rats)$/;

/** Words that end like one and name none („insgesamt“). */
const NO_ORGANISATION = /(gesamt|samt)$/;

/** English words for such an office, and the German words the directory would have for it. */
const ENGLISH_OFFICE: Record<string, string[]> = {
  mayor: ['oberbuergermeister', 'buergermeister', 'oberbuergermeisterin', 'buergermeisterin'],
  mayors: ['oberbuergermeister', 'buergermeister'],
};

/**
 * A word that names a body or an institution by a German compound ("Jugendhilfeausschuss") no
 * record's name has: no name term covers the word (a typo of a name still does; a shared part like
 * "Jugend" does not), and it is nobody's role.
 */
export function namesUnknownBody(index: DirectoryIndex, words: string[]): boolean {
  return words.some((word, position) => {
    const german = ENGLISH_OFFICE[word];
    if (german) return !german.some((term) => index.knowsTerm(term));
    // A bare „Ausschuss“ or „Konferenz“ names no body of its own („im Ausschuss erläutern“).
    const noun = word.match(ORGANISATION_NOUN);
    if (word.length < 9 || !noun || noun[0] === word || NO_ORGANISATION.test(word)) return false;
    if (index.knowsTerm(word)) return false;
    for (const [term, weight] of index.termMatches(word))
      if (weight >= 0.6 && term.length >= word.length * 0.75) return false;
    const roles = index.findByRole([{ folded: word, position }]);
    return !roles.some((candidate) => candidate.score >= 1);
  });
}

/** English words for a body or an institution, named by the word before ("the finance committee"). */
const ENGLISH_BODY =
  /^(committee|committees|council|board|forum|conference|agency|office|department)$/;

/**
 * "When does the finance committee meet?": an English body whose first word the directory does
 * not know (read after the glossary, which turns "steering committee" into the German name).
 */
export function namesUnknownEnglishBody(index: DirectoryIndex, words: string[]): boolean {
  return words.some((word, position) => {
    if (position === 0 || !ENGLISH_BODY.test(word)) return false;
    const before = words[position - 1]!;
    if (STOP_WORDS.has(before) || CUE_WORDS.has(before) || before.length < 4 || /\d/.test(before))
      return false;
    // Known: a name's word, a typo of one, or the German of an English topic word ("school").
    const near = (word: string) =>
      index.knowsTerm(word) ||
      [...index.termMatches(word)].some(
        ([term, weight]) => weight >= 0.6 && Math.abs(term.length - word.length) <= 2,
      );
    if (near(before) || germanStemsOf(before)?.some(near)) return false;
    return !index.findByRole([{ folded: before, position }]).some((role) => role.score >= 1);
  });
}

/**
 * The words that end names of bodies and institutions ("Handwerkskammer Dortmund"): towns among
 * them; those ending three or more: the directory's own town.
 */
const placeWords = new WeakMap<DirectoryIndex, { home: Set<string>; ends: Set<string> }>();

function placesOf(index: DirectoryIndex): { home: Set<string>; ends: Set<string> } {
  const known = placeWords.get(index);
  if (known) return known;
  const counts = new Map<string, number>();
  for (const record of [...index.directory.actors, ...index.directory.bodies]) {
    const last = new Set(
      [record.name, ...record.aliases]
        .map((name) => tokens(fold(name)).at(-1))
        .filter((word): word is string => !!word && word.length >= 4 && !/\d/.test(word)),
    );
    for (const word of last) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const places = {
    home: new Set([...counts].filter(([, count]) => count >= 3).map(([word]) => word)),
    ends: new Set(counts.keys()),
  };
  placeWords.set(index, places);
  return places;
}

/** The words of a record's names and aliases (folded). */
function nameWords(index: DirectoryIndex, subject: RefKey): Set<string> {
  const { section, id } = parseRef(subject);
  const record =
    section === 'actors'
      ? index.actors.get(id)
      : section === 'bodies'
        ? index.bodies.get(id)
        : undefined;
  if (!record) return new Set();
  return new Set([record.name, ...record.aliases].flatMap((name) => tokens(fold(name))));
}

/** A word that could name a town: neither a filler, a cue, a number nor a role. */
function placeLike(word: string): boolean {
  return word.length >= 4 && !STOP_WORDS.has(word) && !CUE_WORDS.has(word) && !/\d/.test(word);
}

/** Words of dates, never a town ("die Steuerungsgruppe Mittwoch"). */
const DATE_WORD =
  /^(frau|herr|herrn|mr|mrs|ms|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|may|june|july|october|december|heute|morgen|today|tomorrow)$/;

/** The folded words written with a capital letter, but the first: proper names among them. */
export function capitalisedWords(text: string): Set<string> {
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return new Set(
    words
      .slice(1)
      .filter((word) => /^\p{Lu}/u.test(word))
      .flatMap((word) => tokens(fold(word))),
  );
}

/**
 * The question puts the subject in another town than the directory's: one of the subject's names
 * has the home town ("KoKo Bochum") and the question follows a word of its names with another town
 * ("KoKo Dortmund": a town of another record, or a capitalised word the directory does not know),
 * or asks for it "of/von/aus" a town ("the mayor of Dortmund" when the office is Bochum's).
 */
export function placedElsewhere(
  index: DirectoryIndex,
  subject: RefKey,
  words: string[],
  capitalised: Set<string> = new Set(),
): boolean {
  const section = parseRef(subject).section;
  if (section !== 'actors' && section !== 'bodies') return false;
  const { home, ends } = placesOf(index);
  const own = nameWords(index, subject);
  if (![...own].some((word) => home.has(word))) return false;
  // (a typo of one of its words, "Hammweren", is its own)
  const near = (word: string) =>
    [...own, ...home].some((part) => part.length >= 5 && distance(part, word) <= 2);
  const notOwn = (word: string) =>
    placeLike(word) &&
    !DATE_WORD.test(word) &&
    !own.has(word) &&
    !own.has(stem(word)) &&
    !home.has(word) &&
    !near(word);
  // Another record's town ("Dortmund" of "Handwerkskammer Dortmund").
  const foreign = (word: string) => notOwn(word) && ends.has(word);
  // A word the directory does not know at all (a typo of a known one, "Hammwerdn", it knows).
  const unknown = (word: string) =>
    notOwn(word) &&
    !index.knowsTerm(word) &&
    ![...index.termMatches(word).values()].some((weight) => weight >= 0.6) &&
    // "StuBo-Sprecher": a word of someone's role, not a town.
    !index.findByRole([{ folded: word, position: 0 }]).some((role) => role.score >= 1);
  const afterName = words.some(
    (word, position) =>
      position > 0 &&
      own.has(words[position - 1]!) &&
      !STOP_WORDS.has(words[position - 1]!) &&
      (foreign(word) || (capitalised.has(word) && unknown(word))),
  );
  if (afterName) return true;
  const last = words.length - 1;
  return (
    last > 0 &&
    /^(von|aus|of|from|stadt|kreis|landkreis)$/.test(words[last - 1]!) &&
    (foreign(words[last]!) || unknown(words[last]!))
  );
}
