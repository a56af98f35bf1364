/**
 * Text from Teams that kokobot shows to other people (display names, forwarded questions,
 * replies, typed status texts), made safe to show: Unicode NFC; C0 and C1 control characters,
 * bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069, the marks U+200E,
 * U+200F, U+061C) and zero-width or invisible format characters removed, so that a name cannot
 * reorder the text around it („Anna‮nimaj“) or hide letters. Line breaks are kept where the text
 * may have several lines; everything else is folded to single spaces. Used where activities and
 * card values are parsed; the cards then show the result literally (TextRun, plain text).
 */
export function cleanDisplayText(value: string, options: { multiline: boolean }): string {
  const cleaned = value
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(CONTROL, (char) => (char === '\n' && options.multiline ? '\n' : ' '));
  if (!options.multiline) return cleaned.replace(/\s+/g, ' ').trim();
  return cleaned
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Invisible format characters: soft hyphen, Arabic letter mark, Mongolian vowel separator,
 * zero-width space/non-joiner/joiner, LRM/RLM, bidi embeddings and overrides, word joiner and
 * invisible operators, bidi isolates, deprecated format controls, BOM, interlinear annotation.
 */
const INVISIBLE =
  /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;

/** C0 (tab and line feed included: they become a space or stay a line break) and C1 controls. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
