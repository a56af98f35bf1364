import type { DirectoryService } from '../directory/directory-service';
import { translator } from '../i18n';
import type { DirectoryIndex } from '../language/directory-index';
import { fold } from '../language/text';
import type { MessageHandler, MessageInput } from '../teams/message-handler';
import type { Reply } from '../teams/reply';
import type { ChannelRepository } from './channels';

const REGISTER = /^(kanal registrieren|register channel)\b\s*(fuer|for)?\s*(.*)$/;

/**
 * "kanal registrieren für SG" / "register channel for SG", typed by a coordinator in a team channel
 * where the bot is installed: that body's reminders go to this channel as well.
 */
export class ChannelHandler implements MessageHandler {
  constructor(
    private readonly options: {
      directory: DirectoryService;
      channels: ChannelRepository;
      /** The question engine's index, so a body is found by name as questions find it. */
      index: () => Promise<DirectoryIndex | undefined>;
    },
  ) {}

  async handle(input: MessageInput): Promise<Reply | undefined> {
    const match = fold(input.text).match(REGISTER);
    if (!match || input.action) return undefined;
    const t = translator(input.language);
    const snapshot = await this.options.directory.current();
    const person = snapshot?.directory.people.find((candidate) => candidate.id === input.personId);
    if (!snapshot || !person?.coordinator) return { kind: 'text', text: t('chan.notCoordinator') };
    if (input.reference.conversation.conversationType !== 'channel')
      return { kind: 'text', text: t('chan.notChannel') };
    const name = (match[3] ?? '').trim();
    if (!name) return { kind: 'text', text: t('chan.which') };
    const index = await this.options.index();
    if (!index) return { kind: 'text', text: t('error.noDirectory') };
    const body = index
      .findByName(name.split(' ').map((word, position) => ({ position, folded: word })))
      .find((candidate) => candidate.ref.startsWith('bodies/') && candidate.score >= 0.5);
    if (!body) return { kind: 'text', text: t('chan.unknown', { name }) };
    const bodyId = body.ref.slice('bodies/'.length);
    // Posts go to the channel itself, not to the thread the command was typed in.
    const reference = {
      ...input.reference,
      conversation: {
        ...input.reference.conversation,
        id: input.reference.conversation.id.split(';')[0]!,
      },
    };
    await this.options.channels.register(bodyId, reference, person.id);
    return { kind: 'text', text: t('chan.registered', { body: index.bodies.get(bodyId)!.name }) };
  }
}
