/**
 * The Teams app package: the repository's `manifest/manifest.json` with the app id filled in,
 * zipped with its icons (`npm run package`). Imports only `paths.ts`, `guid.ts` and `errors.ts`.
 */
export {};
