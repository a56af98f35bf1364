/**
 * Reminders and the durable outbox: the plan of what is due for each meeting (`plan.ts`), the
 * scheduler that runs it once across instances, the outbox every proactive message goes through
 * (`outbox.ts`, `reminder-service.ts`, `sender.ts`, `proactive-sender.ts`), the per-tenant send
 * budget (`throttle.ts`), RSVPs, preferences, channels and the pause switch (interfaces here,
 * tables in `src/storage/`). May import `directory/`, `meetings/`, `language/`, `i18n/`,
 * `conversations/` and kokobot's own turn and card types from `teams/`; the status round's cards
 * come from `status/` (the outbox sends them). Never botbuilder, never the table store.
 */
export {};
