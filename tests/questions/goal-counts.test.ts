import assert from 'node:assert/strict';
import { DirectoryIndex } from '../../src/language/directory-index';
import { demoDirectory } from '../support/demo';
import { askEngine } from '../support/ask-engine';

const directory = demoDirectory();
const index = new DirectoryIndex('demo', directory);

const ask = (text: string, askerId?: string) => askEngine(text, { directory: index, askerId });

describe('count questions and whole sections', () => {
  const goals = directory.goals.length;
  const bodies = directory.bodies.length;
  const cases: [string, RegExp][] = [
    ['Wie viele Ziele gibt es insgesamt?', new RegExp(`^${goals} Ziele insgesamt: Z1\\.1 `)],
    ['wieviele ziele gibts insgesamt', new RegExp(`^${goals} Ziele insgesamt`)],
    ['Könnten Sie mir sagen, wie viele Ziele es insgesamt gibt?', new RegExp(`^${goals} Ziele`)],
    ['how many goals are there?', new RegExp(`^${goals} goals in all: Z1\\.1 `)],
    ['wieviele gremien gibt es', new RegExp(`^${bodies} Gremien insgesamt: `)],
    ['Welche Gremien gibt es?', new RegExp(`^${bodies} Gremien insgesamt: `)],
    ['Which bodies are there?', new RegExp(`^${bodies} bodies in all: `)],
  ];
  for (const [question, expected] of cases)
    it(`when asked „${question}“, then the answer starts with how many and lists them`, () => {
      assert.match(ask(question).text, expected);
    });

  it('when a count is asked of a list that already says how many, then nothing is put before it', () => {
    const { text } = ask('Wie viele Mitglieder hat die Steuerungsgruppe?');
    assert.doesNotMatch(text, /Einträge/);
    assert.match(text, /\d+ Mitglieder/);
  });

  it('when a count is asked of a list of people, then the number comes first', () => {
    const { interpretation, text } = ask(
      'Wie viele Koordinatorinnen hat die Koordinierungsstelle?',
    );
    assert.equal(interpretation.type === 'answer' && interpretation.count, true);
    assert.match(text, /^\d+ (Eintrag|Einträge): /);
  });

  it('when the asker only asks politely („Könnten Sie mir sagen …“), then not the asker’s own goals are listed', () => {
    const owner = directory.goals[0]!.owner;
    const { text } = ask('Könnten Sie mir sagen, welche Ziele es insgesamt gibt?', owner);
    assert.doesNotMatch(text, /Sie sind für/);
    assert.match(ask('Für welche Ziele bin ich verantwortlich?', owner).text, /^Sie sind für/);
  });
});
