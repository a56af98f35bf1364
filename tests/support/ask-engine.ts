import { DateTime } from 'luxon';
import type { Directory } from '../../src/directory/model';
import { translator } from '../../src/i18n';
import { DirectoryIndex, type RefKey } from '../../src/language/directory-index';
import { compose } from '../../src/questions/compose';
import { understand, type Interpretation } from '../../src/questions/understand';
import { demoDirectory } from './demo';

/**
 * One question through the pure core (understand, then compose), as the question handler asks it
 * without a conversation: the interpretation and the text answer. On the demo directory unless
 * another is given; "now" in Berlin.
 */
export function askEngine(
  text: string,
  options: {
    directory?: Directory | DirectoryIndex;
    now?: string;
    askerId?: string;
    forcedSubject?: RefKey;
  } = {},
): { interpretation: Interpretation; text: string } {
  const index =
    options.directory instanceof DirectoryIndex
      ? options.directory
      : new DirectoryIndex('v', options.directory ?? demoDirectory());
  const now = DateTime.fromISO(options.now ?? '2026-11-24T10:00', { zone: 'Europe/Berlin' });
  const interpretation = understand(index, {
    text,
    fallbackLanguage: 'de',
    today: now.toISODate()!,
    askerId: options.askerId,
    forcedSubject: options.forcedSubject,
  });
  const { language } = interpretation;
  const { reply } = compose(interpretation, {
    index,
    t: translator(language),
    language,
    now,
    question: text,
    askerId: options.askerId,
  });
  return { interpretation, text: reply.text ?? '' };
}
