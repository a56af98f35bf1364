/** Every question kind, and how its subject and expected answer follow from the world. */
import { BODY_KINDS } from './kinds-bodies';
import { GOAL_KINDS } from './kinds-goals';
import { MEETING_KINDS } from './kinds-meetings';
import { PEOPLE_KINDS, type Build } from './kinds-people';

export const KINDS: Record<string, Build> = {
  ...PEOPLE_KINDS,
  ...BODY_KINDS,
  ...MEETING_KINDS,
  ...GOAL_KINDS,
};
