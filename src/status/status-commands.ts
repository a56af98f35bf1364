import { fold } from '../language/text';
import type { MessageHandler, MessageInput } from '../teams/message-handler';
import type { Reply } from '../teams/reply';
import { missing } from './commands/missing';
import { nudge } from './commands/nudge';
import { report } from './commands/report';
import type { StatusCommandOptions } from './commands/shared';
import { typedStatus } from './commands/typed-status';
import { parseStatusCommand } from './submission';

export type { StatusCommandOptions } from './commands/shared';

/** "Stand der Ziele", "Zwischenbilanz [für SG] [als CSV]", "status report [for …] [as xlsx]". */
const REPORT =
  /^(?:wie ist der )?(stand der ziele|zwischenbilanz|status ?report|goal status|goals status|status of the goals)\b\s*(.*)$/;
/** "Wer hat noch nicht geantwortet?", "who has not answered yet?" */
const MISSING =
  /^(wer (hat|fehlt) (noch )?(nicht|keine)( \w+)? ?(geantwortet|gemeldet|rueckgemeldet|meldung)?|wer fehlt noch|who (has not|hasn ?t|did not|didn ?t) (yet )?(answered|replied|responded|reported))\b(.*)$/;

/**
 * The status commands typed in chat: the Zwischenbilanz (card or file), a status typed as text for
 * clients that cannot show the card, and — for coordinators — who has not answered, with a button
 * that reminds them through the shared outbox.
 */
export class StatusCommandHandler implements MessageHandler {
  constructor(private readonly options: StatusCommandOptions) {}

  async handle(input: MessageInput): Promise<Reply | undefined> {
    if (input.action?.kokobot === 'status-nudge') return nudge(this.options, input, input.action);
    if (input.action) return undefined;
    const folded = fold(input.text)
      .replace(/[?!.:]+$/, '')
      .replace(/\s+/g, ' ')
      .trim();
    const typed = parseStatusCommand(input.text);
    if (typed) return typedStatus(this.options, input, typed);
    const reportMatch = folded.match(REPORT);
    if (reportMatch) return report(this.options, input, reportMatch[2] ?? '');
    const missingMatch = folded.match(MISSING);
    if (missingMatch)
      return missing(this.options, input, missingMatch[missingMatch.length - 1] ?? '');
    return undefined;
  }
}
