/**
 * Language tools shared by every feature: folding, tokens and stems (`text.ts`), dates named in
 * text (`dates-in-text.ts`), German articles (`articles.ts`) and the index that finds directory
 * records named in text (`directory-index.ts`; names in `name-index.ts`, `term-match.ts`), with
 * people found by their role (`roles.ts`, `role-index.ts`). Pure; imports only `directory/` types,
 * `i18n/` types and `memo.ts`, never a feature folder.
 */
export {};
