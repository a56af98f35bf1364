/**
 * The command line (`bin/kokobot.js` → `main.ts`): one file per command (ask, validate, import, export,
 * reminders plan, report, package), German or English by locale, exit codes 0/1/2. Like `src/app/`
 * it is a composition root for one run: it may import every folder, and builds storage itself.
 */
export {};
