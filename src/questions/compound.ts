/**
 * Two questions in one sentence: „Wer leitet die AG Übergang und wann tagt sie das nächste Mal?“,
 * "Who chairs the Lenkungskreis and when does it meet next?". Split where „und“/„and“ opens a
 * second question (a question word or a verb that opens one); each part is answered in turn, the
 * second as a follow-up on the first (its „sie“ is the AG). Pure text in, parts out.
 */
const SECOND_QUESTION =
  /\s*,?\s+(?:und|and)\s+(?=(?:wer|wen|wem|wann|wo|wohin|was|wie|welche[rsmn]?|warum|wieso|weshalb|bis wann|seit wann|ab wann|ist|sind|gibt|gibts|hat|haben|kann|who|whom|when|where|what|how|which|why|is|are|does|do|did|can|until when|since when)\b)/iu;

/** At least this many words in each part: „Wann und wo tagt die SG?“ stays one question. */
const MIN_WORDS = 3;

export function questionParts(text: string): string[] {
  const match = SECOND_QUESTION.exec(text);
  if (!match) return [text];
  const first = text.slice(0, match.index).trim();
  const second = text.slice(match.index + match[0].length).trim();
  const words = (part: string) => part.split(/\s+/).filter(Boolean).length;
  if (words(first) < MIN_WORDS || words(second) < 2) return [text];
  // A question mark ends the first part too: both are asked as questions.
  return [/[?!.]$/.test(first) ? first : `${first}?`, second];
}
