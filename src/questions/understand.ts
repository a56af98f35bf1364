/*
 * Understanding a question: from what was typed to what is asked. understand/kind.ts chooses the
 * kind of question from the cues, understand/subjects.ts finds the record it names (or the
 * candidates to ask back about), understand/interpret.ts puts both together with the conversation
 * context. Pure: imports only the question core's language helpers and the directory index.
 */
import type { DirectoryIndex } from '../language/directory-index';
import { withoutAsides } from './understand/asides';
import { interpretText, type Interpretation, type UnderstandInput } from './understand/interpret';

export {
  type ConversationContext,
  type Interpretation,
  type UnderstandInput,
} from './understand/interpret';
export { kindFor, QUESTION_KINDS, type QuestionKind, type StatusValue } from './understand/kind';
export { pickSubject } from './understand/subjects';

/**
 * `understand`, and whether the conversation context decided the outcome. The question without the
 * writer's asides first (understand/asides.ts); the whole text when that finds nothing to answer.
 */
export function interpret(
  index: DirectoryIndex,
  input: UnderstandInput,
): ReturnType<typeof interpretText> {
  const main = withoutAsides(input.text);
  const first = main === undefined ? undefined : interpretText(index, { ...input, text: main });
  return first?.interpretation.type === 'answer' ? first : interpretText(index, input);
}

/**
 * From what was typed to what is asked: language, kind, subject (or candidates to ask back
 * about). Pure: the index, today's date and the conversation context come in as data.
 */
export function understand(index: DirectoryIndex, input: UnderstandInput): Interpretation {
  return interpret(index, input).interpretation;
}
