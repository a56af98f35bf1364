import type { PersonPreferences } from './plan';

/**
 * Each person's own controls against notification fatigue: reminders off, away until a date. The
 * table implementation is `src/storage/table-preferences-repository.ts`.
 */
export interface PreferencesRepository {
  /** Nothing set reads as `{}`. */
  get(personId: string): Promise<PersonPreferences>;
  all(): Promise<Map<string, PersonPreferences>>;
  /** Merges `change` into what is stored and returns the result. */
  update(personId: string, change: PersonPreferences): Promise<PersonPreferences>;
}
