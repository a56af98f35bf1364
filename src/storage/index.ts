/**
 * Storage: the one table store (`table-store.ts`: Azure Table Storage through
 * `@azure/data-tables`, Azurite embedded for trying out, an in-memory store for tests), the row
 * schemas every read is checked against (`row-schemas.ts`), and one `table-*.ts` per feature
 * repository, implementing the interface the feature declares. Only the `table-*.ts` files may
 * import a feature folder (for its interface and value lists); nothing outside `storage/`, the
 * composition root and the CLI imports from here.
 */
export {};
