import type { Logger } from '../logging';
import type { RateLimits } from '../reminders/throttle';
import type { EmbeddedStorageEvent } from '../storage/embedded/embedded-tables';
import type { TableStore } from '../storage/table-store';
import type { AuthSettings, CredentialsFactory } from '../teams';
import type { ConversationCapture } from '../teams/conversation-capture';

/** What a caller may put in place of the configured parts (tests, `kokobot ask`, benchmarks). */
export interface AppOverrides {
  logger?: Logger;
  /** A ready store (tests: Azurite with its own tables; `ask --directory`: in memory). */
  store?: TableStore;
  /** Extra authentication settings (tests point the OpenID metadata at a local server). */
  authOptions?: AuthSettings;
  /** The bot's outgoing credentials (tests: a local token instead of Microsoft Entra). */
  credentialsFactory?: CredentialsFactory;
  /** Force local mode regardless of credentials (the `ask` CLI talks to its own in-process server). */
  forceLocalMode?: boolean;
  /** Skip loading the directory file when storage is empty. */
  skipDirectoryBootstrap?: boolean;
  /**
   * The directory person `kokobot ask --as` speaks as: only its own in-process server sets it, and
   * only activities of the CLI's channel take it (never anything that came over the network).
   */
  cliAsker?: () => string | undefined;
  lookupMember?: ConstructorParameters<typeof ConversationCapture>[0]['lookupMember'];
  clock?: () => Date;
  /** Told when the embedded Azurite had to be restarted, or could not be (`npm start` exits then). */
  onEmbeddedStorage?: (event: EmbeddedStorageEvent) => void;
  /** Reminder engine settings (tests: short leases, fast retries, an instance name). */
  reminders?: {
    instanceId?: string;
    leaseMs?: number;
    limits?: RateLimits;
    retry?: { maxAttempts?: number; baseMs?: number; maxMs?: number };
    timeoutMs?: number;
    concurrency?: number;
  };
}
