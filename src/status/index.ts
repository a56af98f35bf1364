/**
 * Goal status: the round of each meeting (`rounds.ts`), the status card and its submission
 * (`status-card.ts`, `status-handler.ts`, `status-submit.ts`), chat commands for coordinators (one
 * file each in `commands/`, the Zwischenbilanz command among them) and status questions. The
 * repository interface is `status-repository.ts`; its table lives in `src/storage/`. May import
 * `directory/`, `meetings/`, `language/`, `i18n/`, kokobot's turn and card types from `teams/`,
 * `reminders/` for the round's schedule, and `reports/` in the commands and status questions that
 * show a Zwischenbilanz; never `http/`, `questions/` or the table store.
 */
export {};
