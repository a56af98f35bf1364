/**
 * Conversations: the stored reference of each chat with the bot (`model.ts`), how a Teams user is
 * linked to a directory person (`link.ts`: AAD id, then e-mail within the allowed tenants), and the
 * recent conversations kept in memory. Imports only `directory/` types; the table implementation
 * lives in `src/storage/`.
 */
export {};
