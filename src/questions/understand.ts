/*
 * Understanding a question: from what was typed to what is asked. understand/kind.ts chooses the
 * kind of question from the cues, understand/subjects.ts finds the record it names (or the
 * candidates to ask back about), understand/interpret.ts puts both together with the conversation
 * context. Pure: imports only the question core's language helpers and the directory index.
 */
import type { DirectoryIndex } from '../language/directory-index';
import { interpret, type Interpretation, type UnderstandInput } from './understand/interpret';

export {
  interpret,
  type ConversationContext,
  type Interpretation,
  type UnderstandInput,
} from './understand/interpret';
export { kindFor, QUESTION_KINDS, type QuestionKind, type StatusValue } from './understand/kind';
export { pickSubject } from './understand/subjects';

/**
 * From what was typed to what is asked: language, kind, subject (or candidates to ask back
 * about). Pure: the index, today's date and the conversation context come in as data.
 */
export function understand(index: DirectoryIndex, input: UnderstandInput): Interpretation {
  return interpret(index, input).interpretation;
}
