/**
 * What a question asks, without the asides around it. People who write politely add sentences and
 * clauses about themselves — „Ich möchte den Termin in meinen Kalender eintragen.“, „…, da ich
 * nächste Woche meine Planung mache“, "I will be working from home." — whose words (a week, a
 * meeting, "ich", another institution) would otherwise be read as part of what is asked.
 *
 * Pure text in, text out: undefined when there is nothing to take away. The caller interprets the
 * question without its asides first and falls back to the whole text when that finds nothing (an
 * aside may carry the subject: „Ich bin neu in der AG BO. Wer leitet sie?“).
 */

/** Words with a full stop that do not end a sentence („Dr. Meier“, „Fr. Weiß“, "Mr. Smith"). */
const ABBREVIATIONS = new Set(
  'dr prof hr fr frau herr st nr str bzw ca evtl ggf vgl zb usw mr mrs ms jr sr no tel'.split(' '),
);

/** The sentences of a text: each ends at ? or !, or at a full stop after a word (before a capital). */
function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/([?!]|(\p{L}{2,})\.)\s+(?=\S)/gu)) {
    const word = match[2];
    const next = text[match.index + match[0].length] ?? '';
    if (word && (ABBREVIATIONS.has(word.toLowerCase()) || !/\p{Lu}/u.test(next))) continue;
    sentences.push(text.slice(start, match.index + match[1]!.length));
    start = match.index + match[0].length;
  }
  sentences.push(text.slice(start));
  return sentences.map((sentence) => sentence.trim()).filter(Boolean);
}

/** A clause that gives a reason or purpose, up to the end of its sentence. */
const REASON_CLAUSE =
  /,\s*(?:da|weil|denn|damit|sodass|so dass|zumal|because|as|since|so that)\s+(?:ich|wir|i|we|mir|uns)\b[^?!.]*/giu;

/** "… einladen. Ich möchte …": a statement about the writer, not a question of its own. */
const ABOUT_THE_WRITER =
  /^(?:ich|wir|i|we|mein|meine|my|our|das|dies|this|that|da|leider|unfortunately|danke|vielen dank|thanks|thank you)\b/iu;

/** A lead-in before what is asked: „kurze Frage:“, „sorry,“, „hallo,“, "quick question:". */
const LEAD_IN =
  /^\s*(?:(?:hallo|hi|hey|moin|servus|guten (?:morgen|tag|abend)|hello|sorry|entschuldigung|sorry (?:für|fuer) die (?:störung|stoerung)|kurze frage|eine kurze frage|noch eine frage|frage|quick question|a quick question|one more question|question)\s*[:,!.–-]\s*)+/iu;

export function withoutAsides(text: string): string | undefined {
  const sentences = sentencesOf(text.replace(LEAD_IN, ''));
  const asked = sentences.filter((sentence) => /\?\s*$/.test(sentence));
  let kept = sentences;
  if (sentences.length > 1) {
    kept = asked.length
      ? asked
      : [sentences[0]!, ...sentences.slice(1).filter((s) => !ABOUT_THE_WRITER.test(s.trim()))];
  }
  const main = kept
    .map((sentence) => sentence.replace(REASON_CLAUSE, ''))
    .join(' ')
    .trim();
  if (!main || main === text.trim()) return undefined;
  return main.split(/\s+/).length >= 2 ? main : undefined;
}
