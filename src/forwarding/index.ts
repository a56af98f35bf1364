/**
 * Forwarding: a question the bot could not answer goes, on the asker's press, as a card with a
 * reply field to every coordinator (`forwarding.ts`, the message handler); the first reply
 * reaches the asker and every coordinator's card shows who answered (`forward-delivery.ts`, through
 * the outbox). The repository interface is `forward-repository.ts`; its table lives in
 * `src/storage/`. May import `directory/`, `conversations/`, `i18n/`, the outbox of `reminders/` and kokobot's turn
 * and card types from `teams/`; never `questions/` or the table store.
 */
export {};
