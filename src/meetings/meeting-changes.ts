import type { MeetingChange } from './occurrences';

/**
 * Coordinators' moves and cancellations, applied on top of the directory (the latest change of a
 * meeting wins). A change this instance made is in the next `list()`. The table implementation is
 * `src/storage/table-meeting-change-repository.ts`.
 */
export interface MeetingChangeRepository {
  list(): Promise<MeetingChange[]>;
  set(change: MeetingChange, by: string): Promise<void>;
}
