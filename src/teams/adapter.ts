import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';

/**
 * botbuilder's CloudAdapter, with its turn entry point open to kokobot's HTTP edge. The edge reads
 * and checks the body itself (src/http/activity-body.ts) and then hands the activity to
 * processActivity — the method CloudAdapter.process calls after its own checks, which parsed the
 * whole activity with zod twice and built new schemas on every message.
 */
export class KokoAdapter extends CloudAdapter {
  /** Runs one authenticated turn; an invoke's answer comes back, refusals throw AuthenticationError. */
  handle(
    authorization: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization, activity, logic);
  }
}
