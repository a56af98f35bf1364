import type { Directory } from './model';

/**
 * The people of a body: those it lists and the people of the institutions it lists. Answers
 * ("Wer kommt zur nächsten SG?") and reminders both ask it, so it lives with the directory.
 */
export function membersOf(directory: Directory, bodyId: string): string[] {
  const body = directory.bodies.find((candidate) => candidate.id === bodyId);
  if (!body) return [];
  const people = new Set<string>();
  for (const member of body.members) {
    if (directory.people.some((person) => person.id === member)) people.add(member);
    for (const person of directory.people) if (person.actor === member) people.add(person.id);
  }
  return [...people];
}
