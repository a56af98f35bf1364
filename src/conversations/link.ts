import type { Directory, Person } from '../directory/model';

/** The directory person a Teams user is: by AAD object id first, else by e-mail / UPN. */
export function findPerson(
  directory: Directory,
  identity: { aadObjectId?: string; emails?: (string | undefined)[] },
): Person | undefined {
  if (identity.aadObjectId) {
    const id = identity.aadObjectId.toLowerCase();
    const byAad = directory.people.find((person) => person.aadObjectId?.toLowerCase() === id);
    if (byAad) return byAad;
  }
  const emails = new Set(
    (identity.emails ?? [])
      .filter((email): email is string => !!email)
      .map((email) => email.toLowerCase()),
  );
  if (emails.size === 0) return undefined;
  return directory.people.find((person) => emails.has(person.email.toLowerCase()));
}
