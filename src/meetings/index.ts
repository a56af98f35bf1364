/**
 * Meetings: one model for every feature — the occurrences that take place (explicit meetings and
 * recurring series), coordinators' moves and cancellations on top (`meeting-changes.ts`, the
 * repository interface; its table implementation lives in `src/storage/`), wall-clock date-times,
 * and the card handler that records a move or cancellation. May import `directory/`, `language/`,
 * `i18n/` and the `teams/` card and handler types; never another feature folder or `storage/`.
 */
export {};
