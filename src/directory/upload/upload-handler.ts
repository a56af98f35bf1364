import { fold } from '../../language/text';
import type { MessageHandler, MessageInput } from '../../teams/message-handler';
import type { Reply } from '../../teams/reply';
import type { DirectoryHistory } from './history';
import type { DirectoryUploads } from './upload-service';

const HISTORY = /^(verzeichnis )?(verlauf|historie|versionen)$|^(directory )?(history|versions)$/;
const RESTORE = /^(version wiederherstellen|wiederherstellen|restore version|restore) (\d{1,2})$/;
const DOWNLOAD =
  /^(verzeichnis (herunterladen|exportieren|als (excel|yaml))|verzeichnis herunterladen als (excel|yaml)|download (the )?directory( as (excel|yaml))?|export (the )?directory)$/;

/**
 * The directory in coordinators' hands, in Teams: a file sent to the bot (a preview to confirm),
 * „Verlauf“, „Version wiederherstellen N“, „Verzeichnis herunterladen“.
 */
export class DirectoryUploadHandler implements MessageHandler {
  constructor(private readonly options: { uploads: DirectoryUploads; history: DirectoryHistory }) {}

  async handle(input: MessageInput): Promise<Reply | undefined> {
    const file = input.files?.[0];
    if (file) return this.options.uploads.receive(file, input.personId, input.language);
    const text = fold(input.text).trim();
    if (HISTORY.test(text)) return this.options.history.history(input.personId, input.language);
    const restore = text.match(RESTORE);
    if (restore)
      return this.options.history.restore(Number(restore[2]), input.personId, input.language);
    if (DOWNLOAD.test(text))
      return this.options.history.download(input.personId, input.language, {
        personal: input.reference.conversation.conversationType === 'personal',
      });
    return undefined;
  }
}
