import type { Directory } from '../../src/directory/model';
import type { BotHarness } from './bot-harness';

/** A directory person's Teams identity in the tests (AAD id derived from the person id). */
export function teamsUser(personId: string): { id: string; aadObjectId: string } {
  const hex = Buffer.from(personId).toString('hex').padEnd(12, '0').slice(0, 12);
  return { id: `29:${personId}`, aadObjectId: `00000000-0000-4000-9000-${hex}` };
}

export const chatOf = (personId: string) => `a:chat-${personId}`;

/** Installs the bot for these people (personal chat), linking each by e-mail through the emulator. */
export async function installFor(
  bot: BotHarness,
  directory: Directory,
  personIds: string[],
): Promise<void> {
  for (const personId of personIds) {
    const person = directory.people.find((candidate) => candidate.id === personId)!;
    const user = teamsUser(personId);
    bot.connector.addMember('*', { ...user, email: person.email, name: person.name });
    const response = await bot.install(user, chatOf(personId));
    if (response.status !== 200) throw new Error(`install failed: ${response.status}`);
  }
}
