import type { DirectoryService } from '../directory/directory-service';
import type { QuestionHandler } from '../questions/question-handler';
import { ChannelHandler } from '../reminders/channel-handler';
import { MeetingChangeHandler } from '../meetings/meeting-change-handler';
import { PreferencesHandler } from '../reminders/preferences-handler';
import { RsvpHandler } from '../reminders/rsvp-handler';
import { RsvpOfferHandler } from '../reminders/rsvp-offer-handler';
import type { Links } from './links';
import type { ReminderWiring } from './reminders';
import type { Repositories } from './storage';

/** What people say to the reminder features, and the RSVP buttons of reminder cards. */
export function wireReminderCommands(options: {
  repositories: Repositories;
  directory: DirectoryService;
  questions: QuestionHandler;
  reminders: ReminderWiring;
  links: Links;
  clock?: () => Date;
}) {
  const { repositories, directory, questions, reminders, links, clock } = options;
  const calendarUrl = (id: string) => links.calendar.urlFor(id);
  return {
    preferences: new PreferencesHandler({
      preferences: repositories.preferences,
      directory,
      clock,
    }),
    channels: new ChannelHandler({
      directory,
      channels: repositories.channels,
      index: () => questions.currentIndex(),
    }),
    meetingChanges: new MeetingChangeHandler({
      directory,
      changes: repositories.meetingChanges,
      // Called on confirmation only: notices for the moved or cancelled meeting.
      reconcile: () => reminders.service.reconcile(),
    }),
    rsvpOffer: new RsvpOfferHandler({
      directory,
      index: () => questions.currentIndex(),
      changes: () => repositories.meetingChanges.list(),
      calendarUrl,
      clock,
    }),
    rsvp: new RsvpHandler({ directory, rsvps: repositories.rsvps, clock, calendarUrl }),
  };
}
