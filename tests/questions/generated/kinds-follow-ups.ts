/**
 * Follow-ups: a question about a subject, then one that does not name it ("und die Frist?",
 * "who chairs it?", „E-Mail?“), asked in the same conversation. The expectation is the plain
 * kind's (kinds-*.ts) for the same subject, checked on the second answer only. Templates hold both
 * turns, split at " | " (templates-follow-ups.ts).
 */
import { GOAL_KINDS } from './kinds-goals';
import { BODY_KINDS } from './kinds-bodies';
import { MEETING_KINDS } from './kinds-meetings';
import { instEntity, PEOPLE_KINDS, type Build, type Fact } from './kinds-people';
import type { Facts } from './facts';
import type { Random } from './prng';
import type { Genus } from './world';

/** "er", "sie", "es" for a body ("Wann tagt sie?"), by its grammatical gender. */
const PRONOUN: Record<Genus, string> = { m: 'er', f: 'sie', n: 'es', pl: 'sie' };

/** The plain kind's fact, with the body's pronoun ({pron}) and, for a person, theirs ({poss}). */
function following(
  plain: Build,
  extra?: (f: Facts, r: Random, fact: Fact) => Fact['slots'],
): Build {
  return (f, r, lang) => {
    const fact = plain(f, r, lang);
    if (!fact || fact.sub === 'date') return undefined;
    const slots = { ...fact.slots };
    const body = slots.body;
    if (body && typeof body !== 'string') slots.pron = PRONOUN[body.genus];
    const person = typeof slots.person === 'string' ? slots.person : undefined;
    const gender = person && f.world.people.find((p) => p.name === person)?.gender;
    if (gender) {
      slots.poss = gender === 'f' ? 'ihre' : 'seine';
      slots.pers = gender === 'f' ? 'sie' : 'er';
      slots.his = gender === 'f' ? 'her' : 'his';
      slots.he = gender === 'f' ? 'she' : 'he';
      slots.him = gender === 'f' ? 'her' : 'him';
    }
    return { ...fact, sub: undefined, slots: { ...slots, ...extra?.(f, r, fact) } };
  };
}

export const FOLLOW_UP_KINDS: Record<string, Build> = {
  'follow-goal-due': following(GOAL_KINDS['goal-due']!),
  'follow-goal-owner': following(GOAL_KINDS['goal-owner']!),
  'follow-goal-partners': following(GOAL_KINDS['goal-partners']!),
  'follow-deputy': following(PEOPLE_KINDS.deputy!),
  'follow-email': following(PEOPLE_KINDS['contact-email']!),
  'follow-bodies-of': following(PEOPLE_KINDS['bodies-in-person']!),
  'follow-next-meeting': following(MEETING_KINDS['next-meeting']!),
  'follow-chair': following(BODY_KINDS['chair-now']!),
  'follow-agenda': following(MEETING_KINDS['meeting-agenda']!),
  // After a yes/no question about an institution in the body: the body carries on.
  'follow-after-yes-no': following(MEETING_KINDS['next-meeting']!, (f, r) => ({
    inst: instEntity(r.pick(f.world.institutions)),
  })),
};
