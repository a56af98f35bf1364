import type { Config } from '../config';
import { RecentConversations } from '../conversations/recent-conversations';
import { DirectoryService } from '../directory/directory-service';
import { ensureDirectory } from '../directory/import';
import type { ImportSummary } from '../directory/repository';
import type { Repositories } from './storage';

export interface DirectoryWiring {
  directory: DirectoryService;
  /** What was imported from KOKOBOT_DIRECTORY_FILE because the storage held no directory yet. */
  bootstrap?: ImportSummary;
  /** Where each person is reached (kept in memory for a while, stored in the table). */
  conversations: RecentConversations;
}

export async function wireDirectory(options: {
  config: Config;
  repositories: Repositories;
  skipBootstrap?: boolean;
  clock?: () => Date;
}): Promise<DirectoryWiring> {
  const { repositories } = options;
  const bootstrap = options.skipBootstrap
    ? undefined
    : await ensureDirectory(
        options.config.directoryFile,
        repositories.directory,
        repositories.directoryAudit,
        options.clock,
      );
  return {
    directory: new DirectoryService({ repository: repositories.directory }),
    bootstrap,
    conversations: new RecentConversations(repositories.conversations),
  };
}
