import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import { validateAndFixActivity } from 'botbuilder/lib/activityValidator';

/**
 * botbuilder's CloudAdapter, with its turn entry point open to kokobot's HTTP edge. The edge reads
 * and checks the body itself (src/http/activity-body.ts: a JSON object with a type) and hands it
 * here. What CloudAdapter.process does after its own checks is done the same way: botbuilder's own
 * fix-up (timestamps become Dates), then processActivity. `process` parsed the whole activity with
 * zod again, twice over, and built new schemas on every message.
 */
export class KokoAdapter extends CloudAdapter {
  /** Runs one authenticated turn; an invoke's answer comes back, refusals throw AuthenticationError. */
  handle(
    authorization: string,
    body: Record<string, unknown>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    const activity = validateAndFixActivity(body as Partial<Activity> as Activity);
    return this.processActivity(authorization, activity, logic);
  }
}
