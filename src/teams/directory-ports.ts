import { z } from 'zod';
import type { Language } from '../i18n';
import type { Reply } from './reply';

/*
 * What the bot asks of the directory feature (issue 17) for the two things that do not arrive as
 * messages: a press on a preview card, and Teams' file consent answer.
 */

/** The data of „Übernehmen“ / „Verwerfen“ on a directory preview card. */
export const previewPressSchema = z.object({ previewId: z.string().regex(/^[0-9a-f]{24}$/) });

export interface DirectoryPresses {
  press(
    verb: 'directory-confirm' | 'directory-discard',
    previewId: string,
    personId: string | undefined,
    language: Language,
  ): Promise<{ kind: 'card'; reply: Reply } | { kind: 'message'; text: string }>;
}

export interface FileConsentAnswers {
  accept(input: {
    context: unknown;
    uploadInfo: unknown;
    personId: string | undefined;
    language: Language;
  }): Promise<Reply>;
  decline(language: Language): Reply;
}
