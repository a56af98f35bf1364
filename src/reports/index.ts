/**
 * Reports: the Zwischenbilanz of a round, a body or a field (`zwischenbilanz.ts`, built from the
 * stored status answers by `report.ts`), its card (`report-card.ts`), its files as Word, Excel and
 * CSV (`report-export.ts`) and the signed, expiring download links the HTTP edge checks
 * (`report-links.ts`). Builds on `status/` (rounds, answers, goal states), `directory/`,
 * `i18n/` and kokobot's card types from `teams/`; never `http/` or `questions/`.
 */
export {};
