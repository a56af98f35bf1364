import type { Directory, Goal, Person } from '../directory/model';

/**
 * Who may report a goal's status: its owner, the owner's deputy, and every coordinator. The person
 * comes from the sender's identity (the activity), never from card data.
 */
export function mayAnswerFor(
  directory: Directory,
  person: Person | undefined,
  goal: Goal,
): boolean {
  if (!person) return false;
  if (person.coordinator || person.id === goal.owner) return true;
  return directory.people.find((candidate) => candidate.id === goal.owner)?.deputy === person.id;
}
