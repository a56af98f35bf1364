/**
 * The directory: the model (`model.ts`), the YAML schema and parser with located problems in the
 * user's language (`schema.ts`, `parse.ts`, `problems.ts`, `references.ts`), the same directory as
 * an Excel workbook (`workbook/`, read and written with exceljs) and as YAML again
 * (`yaml-write.ts`), both read by `import.ts` by the file's extension, chairs by date, the
 * repository interface and the service that serves the current version (`directory-service.ts`)
 * and imports a new one. Imports only `i18n/`, `errors.ts` and `guid.ts`: every feature builds on
 * it, it builds on no feature.
 */
export {};
