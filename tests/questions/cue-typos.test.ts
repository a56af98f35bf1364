import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { DirectoryIndex } from '../../src/language/directory-index';
import { directoryLexicon } from '../../src/language/directory-lexicon';
import { editDistance } from '../../src/language/edit-distance';
import { fold } from '../../src/language/text';
import { understand, type Interpretation } from '../../src/questions/understand';
import { mendCueTypos } from '../../src/questions/understand/cue-typos';
import { CUE_VOCABULARY } from '../../src/questions/understand/cue-vocabulary';
import { demoDirectory } from '../support/demo';

const index = new DirectoryIndex('demo', demoDirectory());
const lexicon = directoryLexicon(index);
const ask = (text: string): Interpretation =>
  understand(index, { text, fallbackLanguage: 'de', today: '2026-11-24' });
const reading = (interpretation: Interpretation) =>
  interpretation.type === 'answer'
    ? `${interpretation.kind} ${interpretation.subject ?? ''}`
    : interpretation.type;

/** Every slip the generator of typos makes in one word: a swap, a drop, a double of one letter. */
function slipsOf(word: string): string[] {
  const slips = new Set<string>();
  for (let at = 1; at <= word.length - 3; at += 1) {
    slips.add(word.slice(0, at) + word[at + 1]! + word[at]! + word.slice(at + 2));
    slips.add(word.slice(0, at) + word.slice(at + 1));
    slips.add(word.slice(0, at) + word[at]! + word.slice(at));
  }
  slips.delete(word);
  return [...slips];
}

const isCue = (word: string) =>
  CUE_VOCABULARY.words.has(word) || CUE_VOCABULARY.stems.some((stem) => word.startsWith(stem));

/** Correctly spelled questions of many kinds, both languages, over the demo directory. */
const QUESTIONS = [
  'Wer leitet die Steuerungsgruppe?',
  'Wer ist Vorsitzender der Steuerungsgruppe?',
  'Wann ist die nächste Sitzung der Steuerungsgruppe?',
  'Welche Themen stehen auf der Tagesordnung der Steuerungsgruppe?',
  'Wer ist verantwortlich für Ziel Z1.1?',
  'Bis wann ist die Deadline von Ziel Z1.1?',
  'Warum gibt es Ziel Z1.1?',
  'Mit welchen Partnern arbeitet das Jugendamt zusammen?',
  'In welchen Gremien ist das Jugendamt Mitglied?',
  'Wer ist Ansprechpartner beim Jugendamt?',
  'Who chairs the steering group?',
  'Who are the members of the steering group?',
  'What is the deadline of goal Z1.1?',
  'What is the reason for goal Z1.1?',
  'Who is responsible for goal Z1.1?',
  'Which committees is the youth office a member of?',
  'When is the next meeting of the steering group?',
  'What is on the agenda of the steering group?',
];

describe('cue words typed with a slip', () => {
  it('when the edit distance is asked, then a swap of neighbours is one edit and the limit holds', () => {
    assert.equal(editDistance('koodriniert', 'koordiniert', 2), 1);
    assert.equal(editDistance('deaddline', 'deadline', 1), 1);
    assert.equal(editDistance('kitten', 'sitting', 3), 3);
    assert.equal(editDistance('kitten', 'sitting', 1), 2);
    assert.equal(editDistance('same', 'same', 0), 0);
  });

  // Systematic: each cue word of each question, every swap, drop and double of one inner letter.
  const variants = QUESTIONS.flatMap((question) => {
    const words = question.match(/\p{L}{6,}/gu) ?? [];
    return words
      .filter((word) => isCue(fold(word)))
      .flatMap((word) =>
        slipsOf(word).map((slipped) => ({ question, typed: question.replace(word, slipped) })),
      );
  });

  it('when a cue word of a question has one slip, then almost every variant is read as the plain question, and none as another answer', () => {
    assert.ok(variants.length > 300, `${variants.length} variants`);
    const differing = variants.filter(
      ({ question, typed }) => reading(ask(typed)) !== reading(ask(question)),
    );
    const otherAnswers = differing.filter(({ typed }) => ask(typed).type === 'answer');
    const share = differing.length / variants.length;
    assert.ok(
      share <= 0.03,
      `${(100 * share).toFixed(1)} % differ: ${differing
        .slice(0, 5)
        .map((v) => v.typed)
        .join(' | ')}`,
    );
    assert.ok(
      otherAnswers.length / variants.length <= 0.01,
      otherAnswers
        .slice(0, 5)
        .map((v) => v.typed)
        .join(' | '),
    );
  });

  it('when a question is spelled right, then none of its words is mended', () => {
    const corpus = YAML.parse(fs.readFileSync(path.join(__dirname, 'corpus.yaml'), 'utf8')) as {
      q: string;
    }[];
    const mended = corpus
      .map((item) => fold(item.q))
      .filter((folded) => !/arbietsagentur/.test(folded))
      .filter((folded) => mendCueTypos(folded, lexicon) !== folded);
    assert.deepEqual(mended, []);
  });

  const typedOnPurpose: [string, string][] = [
    ['an everyday word one letter from a cue word', 'was passiert im jugendamt'],
    ['a word with another first letter', 'ist die schule geschlossen'],
    ['an inflected form of a cue word', 'die offices der stadt'],
    ['a word of the directory', 'was macht das jugendamt'],
    ['a short word', 'wann tgat sie'],
  ];
  for (const [what, folded] of typedOnPurpose)
    it(`when a question has ${what}, then it is left as typed`, () => {
      assert.equal(mendCueTypos(folded, lexicon), folded);
    });

  const slips: [string, string, string][] = [
    ['a doubled letter', 'deaddline z1.1', 'deadline z1.1'],
    ['a swap', 'wer koodriniert bei uns', 'wer koordiniert bei uns'],
    ['a dropped letter', 'wessen vetretung ist sie', 'wessen vertretung ist sie'],
    ['a role word', 'tansition support', 'transition support'],
    ['a word of a two-word cue', 'in persson', 'in person'],
    ['a doubled umlaut', fold('bei der näächsten sitzung'), 'bei der naechsten sitzung'],
    ['a moved umlaut', fold('geöhrt sie dazu'), 'gehoert sie dazu'],
  ];
  for (const [what, typed, meant] of slips)
    it(`when a cue word has ${what}, then it is mended`, () => {
      assert.equal(mendCueTypos(typed, lexicon), meant);
    });
});
