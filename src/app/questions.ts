import type { RecentConversations } from '../conversations/recent-conversations';
import type { DirectoryService } from '../directory/directory-service';
import { ForwardDelivery } from '../forwarding/forward-delivery';
import { ForwardingHandler } from '../forwarding/forwarding';
import { QuestionHandler } from '../questions/question-handler';
import { SmallTalkHandler } from '../questions/small-talk';
import type { ProactiveSender } from '../reminders/proactive-sender';
import { ownGoalStates } from '../status/own-goals';
import type { Links } from './links';
import type { ReminderWiring } from './reminders';
import type { Repositories } from './storage';
import type { StatusWiring } from './status';

/** Forwarded questions and their answers, as the outbox delivers them. */
export function wireForwardDelivery(options: {
  repositories: Repositories;
  conversations: RecentConversations;
  proactive: ProactiveSender;
}): ForwardDelivery {
  return new ForwardDelivery({
    forwards: options.repositories.forwards,
    conversations: options.conversations,
    outbox: options.repositories.outbox,
    proactive: options.proactive,
  });
}

export interface QuestionWiring {
  questions: QuestionHandler;
  forwarding: ForwardingHandler;
  smallTalk: SmallTalkHandler;
}

export function wireQuestions(options: {
  repositories: Repositories;
  directory: DirectoryService;
  conversations: RecentConversations;
  status: StatusWiring;
  reminders: ReminderWiring;
  links: Links;
  clock?: () => Date;
}): QuestionWiring {
  const { repositories, directory, status, reminders, clock } = options;
  const questions = new QuestionHandler({
    directory,
    contexts: repositories.contexts,
    rsvps: repositories.rsvps,
    changes: () => repositories.meetingChanges.list(),
    clock,
    calendarUrl: (meetingId) => options.links.calendar.urlFor(meetingId),
    // "Meine Ziele" also sends a status card still waiting for this owner (once, via the outbox).
    ownGoals: async (personId) => {
      await reminders.waitingCards.reachable(personId).catch(() => 0);
      return ownGoalStates(status.sources, personId);
    },
    status: status.questions,
  });
  const forwarding = new ForwardingHandler({
    directory,
    conversations: options.conversations,
    forwards: repositories.forwards,
    outbox: repositories.outbox,
    clock,
    // Sends what was just queued without waiting.
    wake: () => reminders.service.wake(),
  });
  return { questions, forwarding, smallTalk: new SmallTalkHandler() };
}
