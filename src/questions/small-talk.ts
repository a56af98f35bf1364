import { translator, type Language } from '../i18n';
import type { MessageHandler, MessageInput } from '../teams/message-handler';
import type { Reply } from '../teams/reply';
import { fold, tokens } from '../language/text';

/**
 * Greetings, thanks, "ok", "👍": not questions, so they get a short friendly answer instead of
 * "nothing found" with an offer to forward. A message counts only when every word of it is small
 * talk ("Danke!", "Guten Morgen", "thanks a lot"); one word more ("Danke, wer leitet die SG?") makes
 * it a question for the next feature.
 */
export type SmallTalk = 'greeting' | 'thanks' | 'ack' | 'bye';

interface Word {
  talk?: SmallTalk;
  language?: Language;
}

const WORDS = new Map<string, Word>();
function words(talk: SmallTalk | undefined, language: Language | undefined, list: string) {
  for (const word of list.split(' ')) WORDS.set(word, { talk, language });
}
words('greeting', 'de', 'hallo moin servus gruess gruss griass tag morgen abend mahlzeit');
words('greeting', 'en', 'hello good morning evening afternoon greetings');
words('greeting', undefined, 'hi hey');
words('thanks', 'de', 'danke dankeschoen dank vielen herzlichen besten lieben tausend merci');
words('thanks', 'en', 'thanks thank thx ty cheers');
words('ack', 'de', 'alles klar gut prima super toll passt perfekt verstanden genau jawohl ja');
words('ack', 'en', 'great cool perfect got it understood fine nice awesome yes alright');
words('ack', undefined, 'ok okay okey oki top');
words('bye', 'de', 'tschuess tschau ciao bis dann bald spaeter wiedersehen schoenen');
words('bye', 'en', 'bye goodbye see later soon');
// Words that only go with the others ("guten", "sehr", "you", "a lot").
words(
  undefined,
  'de',
  'guten gute schoen sehr dir ihnen euch nochmal noch mal fuer die info hilfe',
);
words(undefined, 'en', 'you very much so a lot for the help again all');
words(undefined, undefined, 'kokobot');

const PRIORITY: SmallTalk[] = ['thanks', 'bye', 'greeting', 'ack'];
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const THANKS_EMOJI = /[🙏💐]/u;

/** What the message is, when it is nothing but small talk; its language when its words say so. */
export function smallTalkOf(text: string): { talk: SmallTalk; language?: Language } | undefined {
  const folded = fold(text);
  if (!folded) {
    // Only emoji (and punctuation): "👍", "🙏", "😊".
    if (!PICTOGRAPH.test(text)) return undefined;
    return { talk: THANKS_EMOJI.test(text) ? 'thanks' : 'ack' };
  }
  const found = new Set<SmallTalk>();
  const languages = { de: 0, en: 0 };
  for (const token of tokens(folded)) {
    const word = WORDS.get(token);
    if (!word) return undefined;
    if (word.talk) found.add(word.talk);
    if (word.language) languages[word.language] += 1;
  }
  const talk = PRIORITY.find((candidate) => found.has(candidate));
  if (!talk) return undefined;
  const language =
    languages.de > languages.en ? 'de' : languages.en > languages.de ? 'en' : undefined;
  return { talk, language };
}

export class SmallTalkHandler implements MessageHandler {
  async handle(input: MessageInput): Promise<Reply | undefined> {
    if (input.action) return undefined;
    const talk = smallTalkOf(input.text);
    if (!talk) return undefined;
    const t = translator(talk.language ?? input.language);
    return { kind: 'text', text: t(`talk.${talk.talk}`) };
  }
}
