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

/**
 * Whose e-mail may link them to a directory person: users of the tenants kokobot serves. An
 * e-mail is only what another tenant's admin typed into that tenant, so a user of a foreign tenant
 * whose record carries a coordinator's address must not become the coordinator. 'any' only in
 * local mode (no tenant is authenticated there); with no tenant named, nobody is linked by e-mail
 * (people with an `aadObjectId` in the directory still are).
 */
export type EmailLinkTenants = 'any' | readonly string[];

export function mayLinkByEmail(tenantId: string, tenants: EmailLinkTenants): boolean {
  return tenants === 'any' || (tenantId !== '' && tenants.includes(tenantId.toLowerCase()));
}
