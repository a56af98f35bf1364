import { AppError, ErrorCodes } from '../errors';
import { TableMeetingChangeRepository } from '../storage/table-meeting-change-repository';
import { meetingById } from '../meetings/occurrences';
import { planAhead } from '../reminders/reminder-service';
import { TableConversationRepository } from '../storage/table-conversation-repository';
import { TableDirectoryRepository } from '../storage/table-directory-repository';
import { TableOutboxRepository } from '../storage/table-outbox-repository';
import { parseCommandArgs, usageError, withStore, type CliContext } from './context';
import { formatPlan, planLines } from './reminders-plan';

/** `kokobot reminders plan [--meeting ID] [--json]`: what is planned, and where each row stands. */
export async function remindersCommand(args: string[], context: CliContext): Promise<number> {
  const { t } = context;
  const { positionals, values } = parseCommandArgs('reminders', args, context, {
    options: { meeting: { type: 'string' }, json: { type: 'boolean', default: false } },
    positionals: 1,
  });
  if (positionals[0] !== 'plan') throw usageError(t, 'usage.remindersSubcommand');
  const now = new Date();
  const lines = await withStore(context, async (store) => {
    const snapshot = await new TableDirectoryRepository({ store }).current();
    if (!snapshot) throw new AppError(ErrorCodes.DIRECTORY_MISSING, t('error.noDirectory'));
    const { directory } = snapshot;
    const changes = await new TableMeetingChangeRepository(store).list();
    // A named meeting is planned however far ahead it is, not only within the service's horizon.
    if (values.meeting && !meetingById(directory, values.meeting, changes))
      throw usageError(t, 'error.unknownMeeting', { id: values.meeting });
    const { planned } = planAhead({ directory, now, changes, meetingId: values.meeting });
    return planLines({
      directory,
      planned,
      outbox: await new TableOutboxRepository(store).all(),
      conversations: new TableConversationRepository({ store }),
      now,
    });
  });
  context.out(values.json ? JSON.stringify(lines, null, 2) : formatPlan(lines, context));
  return 0;
}
