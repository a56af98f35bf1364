import type { DirectoryService } from '../directory/directory-service';
import type { QuestionHandler } from '../questions/question-handler';
import { StatusCommandHandler } from '../status/status-commands';
import { StatusHandler } from '../status/status-handler';
import { StatusQuestions } from '../status/status-questions';
import { ZwischenbilanzService, type StatusSources } from '../reports/zwischenbilanz';
import type { RecentConversations } from '../conversations/recent-conversations';
import type { Links } from './links';
import type { Repositories } from './storage';

export interface StatusWiring {
  /** What the Zwischenbilanz and the status cards both read. */
  sources: StatusSources;
  reports: ZwischenbilanzService;
  /** Status-check card presses (Action.Execute, and the Action.Submit fallback). */
  cards: StatusHandler;
  /** "Stand der Ziele", "wer fehlt noch" as the question handler answers them. */
  questions: StatusQuestions;
}

export function wireStatus(options: {
  directory: DirectoryService;
  repositories: Repositories;
  links: Links;
  clock?: () => Date;
}): StatusWiring {
  const { directory, repositories, links } = options;
  const sources: StatusSources = {
    directory,
    statuses: repositories.statuses,
    changes: () => repositories.meetingChanges.list(),
    clock: options.clock,
  };
  const reports = new ZwischenbilanzService(sources);
  return {
    sources,
    reports,
    cards: new StatusHandler(sources),
    questions: new StatusQuestions({
      reports: { build: (scope, language) => reports.build(scope, language) },
      links: (scope, language) => links.reportDownloads(scope, language),
    }),
  };
}

/** The typed status commands (a coordinator's report, nudges, a typed status). */
export function wireStatusCommands(options: {
  directory: DirectoryService;
  repositories: Repositories;
  status: StatusWiring;
  links: Links;
  conversations: RecentConversations;
  questions: QuestionHandler;
  clock?: () => Date;
}): StatusCommandHandler {
  const { repositories, conversations, questions } = options;
  return new StatusCommandHandler({
    directory: options.directory,
    statuses: repositories.statuses,
    reports: options.status.reports,
    links: options.links.reports,
    outbox: repositories.outbox,
    preferences: repositories.preferences,
    changes: () => repositories.meetingChanges.list(),
    index: () => questions.currentIndex(),
    clock: options.clock,
    reachable: async (personId) => !!(await conversations.personalChatOfPerson(personId)),
  });
}
