import { directoryLexicon } from '../../language/directory-lexicon';
import { refKey, type DirectoryIndex, type RefKey } from '../../language/directory-index';
import { fold, tokens } from '../../language/text';
import { applyGlossary } from '../glossary';
import { mendCueTypos } from './cue-typos';
import { agendaAbbreviation } from './meeting-reading';

/**
 * The text as the interpretation reads it: folded, „TO“ as Tagesordnung, cue typos mended, the
 * glossary's everyday words replaced; its words; and the goal its id names („Ziel 2.1“, "goal
 * 2.1", „Z 2.1“), unless the subject is forced already (a button pressed).
 */
export function prepared(
  index: DirectoryIndex,
  text: string,
  forcedSubject: RefKey | undefined,
): { folded: string; words: string[]; goalId: boolean; forced: RefKey | undefined } {
  const folded = applyGlossary(
    mendCueTypos(agendaAbbreviation(fold(text)), directoryLexicon(index)),
  );
  const goalId = folded.match(/\b(?:z|ziel|goal)\s?(\d+\.\d+)\b/);
  let forced = forcedSubject;
  if (!forced && goalId) {
    const id = index.goalIds.get(`z${goalId[1]}`);
    if (id) forced = refKey('goals', id);
  }
  return { folded, words: tokens(folded), goalId: !!goalId, forced };
}
