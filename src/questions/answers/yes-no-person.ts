import type { Person } from '../../directory/model';
import { fold } from '../../language/text';
import { nameOf } from '../facts';
import type { ComposeContext } from './shared';

/** A coordinator's role, not someone's they deputise for or support ("Stellvertretung der …"). */
const COORDINATING = /^(koordinator\w*|koordination|koordinierung\w*)\b/;

/** „Ist X Koordinatorin?“: Ja when the directory marks them so or their role begins with it. */
export function coordinatorAnswer(ctx: ComposeContext, person: Person): string {
  const params = {
    person: person.name,
    role: person.role,
    actor: nameOf(ctx.index, person.actor),
  };
  const yes = person.coordinator || COORDINATING.test(fold(person.role));
  return ctx.t(yes ? 'yesno.coordinator.yes' : 'yesno.coordinator.no', params);
}
