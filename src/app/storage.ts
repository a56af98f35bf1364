import type { Config } from '../config';
import type { MeetingChangeRepository } from '../meetings/meeting-changes';
import type { ChannelRepository } from '../reminders/channels';
import type { PreferencesRepository } from '../reminders/preferences';
import type { RsvpRepository } from '../reminders/rsvp';
import { TableChannelRepository } from '../storage/table-channel-repository';
import { TableMeetingChangeRepository } from '../storage/table-meeting-change-repository';
import { TablePauseGate } from '../storage/table-pause-gate';
import { TablePreferencesRepository } from '../storage/table-preferences-repository';
import { TableRsvpRepository } from '../storage/table-rsvp-repository';
import { AzureTableStore } from '../storage/azure-table-store';
import {
  acquireEmbeddedTables,
  type EmbeddedStorageEvent,
  type EmbeddedTables,
} from '../storage/embedded/embedded-tables';
import { TableContextRepository } from '../storage/table-context-repository';
import { TableConversationRepository } from '../storage/table-conversation-repository';
import { TableDirectoryAudit } from '../storage/table-directory-audit';
import { TableDirectoryPreviews } from '../storage/table-directory-previews';
import { TableDirectoryRepository } from '../storage/table-directory-repository';
import { TableForwardRepository } from '../storage/table-forward-repository';
import { TableOutboxRepository } from '../storage/table-outbox-repository';
import { TableSendSlots } from '../storage/table-send-slots';
import { TableSettingsRepository } from '../storage/table-settings-repository';
import { TableStatusRepository } from '../storage/table-status-repository';
import type { TableStore } from '../storage/table-store';
import { TABLES } from '../storage/tables';

/** The table store the configuration names; the embedded Azurite is started for the default. */
export async function resolveStore(
  config: Config,
  options: { onEmbeddedStorage?: (event: EmbeddedStorageEvent) => void } = {},
): Promise<{ store: TableStore; embedded?: EmbeddedTables }> {
  if (config.storage.kind === 'connection-string') {
    return {
      store: new AzureTableStore({
        kind: 'connection-string',
        connectionString: config.storage.connectionString,
      }),
    };
  }
  if (config.storage.kind === 'account-url') {
    return {
      store: new AzureTableStore({ kind: 'account-url', accountUrl: config.storage.accountUrl }),
    };
  }
  const embedded = await acquireEmbeddedTables(config.storage.dataDir, {
    onEvent: options.onEmbeddedStorage,
  });
  return {
    store: new AzureTableStore({
      kind: 'connection-string',
      connectionString: embedded.connectionString,
    }),
    embedded,
  };
}

/** Every repository kokobot has, each built once over the one store. */
export interface Repositories {
  directory: TableDirectoryRepository;
  conversations: TableConversationRepository;
  contexts: TableContextRepository;
  settings: TableSettingsRepository;
  outbox: TableOutboxRepository;
  forwards: TableForwardRepository;
  rsvps: RsvpRepository;
  preferences: PreferencesRepository;
  meetingChanges: MeetingChangeRepository;
  channels: ChannelRepository;
  statuses: TableStatusRepository;
  pause: TablePauseGate;
  sendSlots: TableSendSlots;
  directoryAudit: TableDirectoryAudit;
  directoryPreviews: TableDirectoryPreviews;
}

/** Creates the tables that are missing, then the repositories over them. */
export async function openRepositories(options: {
  store: TableStore;
  clock?: () => Date;
}): Promise<Repositories> {
  const { store, clock } = options;
  for (const table of Object.values(TABLES)) await store.ensureTable(table);
  return {
    directory: new TableDirectoryRepository({ store, clock }),
    conversations: new TableConversationRepository({ store, clock }),
    contexts: new TableContextRepository({ store, clock }),
    settings: new TableSettingsRepository(store),
    outbox: new TableOutboxRepository(store),
    forwards: new TableForwardRepository(store),
    rsvps: new TableRsvpRepository(store),
    preferences: new TablePreferencesRepository(store, clock),
    meetingChanges: new TableMeetingChangeRepository(store, clock),
    channels: new TableChannelRepository(store, clock),
    statuses: new TableStatusRepository(store),
    pause: new TablePauseGate(store),
    sendSlots: new TableSendSlots(store),
    directoryAudit: new TableDirectoryAudit(store),
    directoryPreviews: new TableDirectoryPreviews(store),
  };
}
