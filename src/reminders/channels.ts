import type { StoredReference } from '../conversations/model';

/**
 * The team channel of each body, where its reminders go besides the members' chats. The table
 * implementation is `src/storage/table-channel-repository.ts`.
 */
export interface ChannelRepository {
  register(bodyId: string, reference: StoredReference, by: string): Promise<void>;
  /** Undefined when none is registered (or the stored one no longer reads). */
  get(bodyId: string): Promise<StoredReference | undefined>;
  /** The bodies that have a channel. */
  bodies(): Promise<Set<string>>;
}
