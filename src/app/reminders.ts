import type { Config } from '../config';
import type { RecentConversations } from '../conversations/recent-conversations';
import type { DirectoryService } from '../directory/directory-service';
import type { Logger } from '../logging';
import { FORWARD_KINDS, type ForwardDelivery } from '../forwarding/forward-delivery';
import { ProactiveSender } from '../reminders/proactive-sender';
import { ReminderService } from '../reminders/reminder-service';
import { ReminderScheduler, type Deliver } from '../reminders/scheduler';
import { ReminderSender } from '../reminders/sender';
import { SendRateLimiter, TEAMS_LIMITS } from '../reminders/throttle';
import { WaitingCards } from '../reminders/waiting-cards';
import type { TeamsEdge } from '../teams';
import type { Links } from './links';
import type { AppOverrides } from './overrides';
import type { Repositories } from './storage';
import type { StatusWiring } from './status';

/** Every proactive message goes through this one sender, from an outbox row. */
export function wireProactive(options: {
  config: Config;
  overrides: AppOverrides;
  repositories: Repositories;
  messenger: TeamsEdge['messenger'];
}): ProactiveSender {
  const { overrides, repositories } = options;
  return new ProactiveSender({
    messenger: options.messenger,
    limiter: new SendRateLimiter({
      limits: overrides.reminders?.limits ?? {
        ...TEAMS_LIMITS,
        perTenantPerSecond: options.config.sendRatePerSecond,
      },
      // Teams' per-tenant budget is shared with every other instance on this storage.
      slots: repositories.sendSlots,
    }),
    pause: repositories.pause,
    clock: overrides.clock,
    timeoutMs: overrides.reminders?.timeoutMs,
  });
}

export interface ReminderWiring {
  service: ReminderService;
  /** Status cards waiting for a person kokobot cannot reach yet. */
  waitingCards: WaitingCards;
}

/** The outbox engine: plans reminders, and delivers every queued row (reminders and forwards). */
export function wireReminders(options: {
  config: Config;
  overrides: AppOverrides;
  logger: Logger;
  repositories: Repositories;
  directory: DirectoryService;
  conversations: RecentConversations;
  proactive: ProactiveSender;
  forwardDelivery: ForwardDelivery;
  status: StatusWiring;
  links: Links;
}): ReminderWiring {
  const { overrides, repositories, directory, conversations, logger } = options;
  const { outbox, preferences, channels } = repositories;
  const clock = overrides.clock;
  const changes = () => repositories.meetingChanges.list();
  const sender = new ReminderSender({
    directory,
    conversations,
    proactive: options.proactive,
    rsvps: repositories.rsvps,
    preferences,
    outbox,
    channels,
    statuses: repositories.statuses,
    reports: options.status.reports,
    reportLinks: options.links.reportDownloads,
    allowedTenants: options.config.allowedTenants,
    aadObjectIdsOf: async (personIds) =>
      (
        await Promise.all(
          personIds.map((id) => conversations.personalChatOfPerson(id).catch(() => undefined)),
        )
      ).flatMap((chat) => (chat?.aadObjectId ? [chat.aadObjectId] : [])),
    changes,
    calendarUrl: (id) => options.links.calendar.urlFor(id),
  });
  const { forwardDelivery } = options;
  const deliver: Deliver = (entry, flags) =>
    FORWARD_KINDS.has(entry.kind) ? forwardDelivery.deliver(entry) : sender.deliver(entry, flags);
  const scheduler = new ReminderScheduler({
    outbox,
    deliver,
    pause: repositories.pause,
    logger,
    clock,
    instanceId: overrides.reminders?.instanceId,
    leaseMs: overrides.reminders?.leaseMs,
    retry: overrides.reminders?.retry,
    concurrency: overrides.reminders?.concurrency,
  });
  const service = new ReminderService({
    directory,
    outbox,
    scheduler,
    preferences,
    channels,
    changes,
    logger,
    clock,
  });
  const waitingCards = new WaitingCards({
    outbox,
    instanceId: scheduler.instanceId,
    clock,
    onDue: () => service.wake(),
  });
  return { service, waitingCards };
}
