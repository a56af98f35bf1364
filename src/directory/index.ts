/**
 * The directory: the model (`model.ts`), the YAML schema and parser with located problems in the
 * user's language (`schema.ts`, `parse.ts`, `problems.ts`, `references.ts`), chairs by date, the
 * repository interface and the service that serves the current version (`directory-service.ts`)
 * and imports a new one. Imports only `i18n/`, `errors.ts` and `guid.ts`: every feature builds on
 * it, it builds on no feature.
 */
export {};
