/*
 * Questions in chat. The pure core — text in, interpretation out (understand.ts and understand/),
 * interpretation in, answer out (compose.ts and answers/), over a DirectoryIndex built once per
 * directory version (directory-index.ts, facts.ts) — imports only the directory model, language
 * helpers, i18n and the card data and Reply types it returns: no storage, no botbuilder, no clock.
 * The I/O around it (question-handler.ts, context and forwarding repositories) is injected.
 */
export {
  compose,
  describeRef,
  exampleQuestions,
  type Answer,
  type ComposeContext,
} from './compose';
export { DirectoryIndex, parseRef, refKey, type RefKey } from './directory-index';
export { QuestionHandler, type QuestionHandlerOptions } from './question-handler';
export {
  interpret,
  understand,
  type ConversationContext,
  type Interpretation,
  type UnderstandInput,
} from './understand';
