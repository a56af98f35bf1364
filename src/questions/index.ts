/*
 * Questions in chat. The pure core — text in, interpretation out (understand.ts, understand/),
 * interpretation in, answer out (compose.ts, answers/), over a DirectoryIndex built once per
 * directory version (directory-index.ts, term-match.ts, facts.ts) — may import the directory
 * model, the language helpers, i18n and the card data and Reply types it returns; no storage, no
 * botbuilder, no clock of its own (today comes in as data). Today it also takes the GoalStatus type
 * from status/submission. The I/O around the core (question-handler.ts, the context and forwarding
 * repositories) is injected.
 */
export {
  compose,
  describeRef,
  exampleQuestions,
  type Answer,
  type ComposeContext,
} from './compose';
export { DirectoryIndex, parseRef, refKey, type RefKey } from '../language/directory-index';
export { QuestionHandler, type QuestionHandlerOptions } from './question-handler';
export {
  interpret,
  understand,
  type ConversationContext,
  type Interpretation,
  type UnderstandInput,
} from './understand';
