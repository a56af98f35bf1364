/**
 * Goal status and the Zwischenbilanz: the round of each meeting (`rounds.ts`), the status card and
 * its submission (`status-card.ts`, `status-handler.ts`, `status-submit.ts`), chat commands (one
 * file each in `commands/`), status questions, reports as Word/Excel/CSV with signed download
 * links (`report*.ts`). The repository interface is `status-repository.ts`; its table lives in
 * `src/storage/`. May import `directory/`, `meetings/`, `language/`, `i18n/`, kokobot's turn
 * and card types from `teams/`, and `reminders/` for the round's schedule; never `http/`,
 * `questions/` or the table store.
 */
export {};
