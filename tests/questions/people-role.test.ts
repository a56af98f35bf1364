import assert from 'node:assert/strict';
import { DirectoryIndex } from '../../src/language/directory-index';
import { understand, type Interpretation } from '../../src/questions/understand';
import { demoDirectory } from '../support/demo';

const index = new DirectoryIndex('demo', demoDirectory());
const ask = (text: string): Interpretation =>
  understand(index, { text, fallbackLanguage: 'de', today: '2026-11-24' });
const reading = (interpretation: Interpretation) =>
  interpretation.type === 'answer'
    ? `${interpretation.kind} ${interpretation.subject ?? ''}`
    : interpretation.type;

describe('a person asked by the words of their role (issue 16)', () => {
  const byRole: [string, string][] = [
    [
      'Ich suche die Dezernentin für Berufskollegs bei der Bezirksregierung. Wie heißt sie?',
      'lschmidt',
    ],
    [
      'Wer ist die Gewerkschaftssekretärin vom DGB? Ich möchte sie zur nächsten Sitzung einladen.',
      'ubrandt',
    ],
    ['wer ist die dezernetin', 'lschmidt'],
    ['Wer ist StuBo-Sprecherin?', 'kmoeller'],
    ['Könnten Sie mir sagen, wer der Generalist im Schulamt ist?', 'jmueller'],
  ];
  for (const [question, person] of byRole)
    it(`when asked „${question}“, then the person with that role is the answer`, () => {
      assert.equal(reading(ask(question)), `by-role people/${person}`);
    });

  it('when a role is asked in the plural, then everyone with it is named, not a choice', () => {
    const interpretation = ask('Welche Abteilungsleitungen gibt es?');
    assert.equal(interpretation.type, 'answer');
    assert.deepEqual(interpretation.type === 'answer' && interpretation.people, [
      'people/mlange',
      'people/dhartmann',
    ]);
  });

  it('when a detail of a person named by role is asked, then it is that person’s detail', () => {
    assert.equal(reading(ask('mail der stubo sprecherin')), 'email people/kmoeller');
  });

  it('when a role word is only a slip beside a body’s name, or a name, then no role is guessed', () => {
    assert.equal(reading(ask('Wer leitet die Steuerungsgruppe?')), 'chair bodies/sg');
    assert.notEqual(reading(ask('Wer ist im Schulamt?')).split(' ')[0], 'by-role');
  });
});

describe('whom a person deputises for, and how to reach them, in free words (issue 16)', () => {
  it('when asked whom someone deputises for, with words between, then it is the other way round', () => {
    assert.equal(
      reading(ask('Könnten Sie mir sagen, wen Claudia Neumann vertritt?')),
      'deputises people/cneumann',
    );
    assert.equal(
      reading(ask('Could you tell me whom Claudia Neumann deputises for at the Schulamt?')),
      'deputises people/cneumann',
    );
  });

  it('when asked "who is X the deputy of", then it is whom X deputises for; "the deputy of X" stays X’s deputy', () => {
    assert.equal(
      reading(ask('Who is Ms Claudia Neumann the deputy of?')),
      'deputises people/cneumann',
    );
    assert.equal(reading(ask('Who is the deputy of Claudia Neumann?')), 'deputy people/cneumann');
  });

  it('when asked who is on a body or to list everyone in it, then its members are meant', () => {
    assert.equal(reading(ask('Who is on the steering group?')), 'members bodies/sg');
    assert.equal(reading(ask('Please list everyone in the FAG BO.')), 'members bodies/fag-bo');
  });

  it('when asked how to reach a person, then their contact is the answer', () => {
    assert.equal(reading(ask('wie erreich ich frau demir')), 'email people/sdemir');
  });
});

describe('where an institution is everywhere (issue 16)', () => {
  it('when asked where an institution is everywhere in, then its bodies are the answer', () => {
    assert.equal(reading(ask('wo ist das jugendamt überall drin')), 'bodies-of actors/jugendamt');
    assert.equal(reading(ask('where is the Jugendamt represented')), 'bodies-of actors/jugendamt');
  });
});

describe('the people of one institution in a body, asked loosely (issue 16)', () => {
  it('when asked who is from an institution in a body, then only its people there are meant', () => {
    const reading2 = (text: string) => {
      const interpretation = ask(text);
      return interpretation.type === 'answer'
        ? `${interpretation.kind} ${interpretation.subject} ${interpretation.scope}`
        : interpretation.type;
    };
    assert.equal(
      reading2('wer ist vom jugendamt in der steuerungsgruppe'),
      'members-from bodies/sg actors/jugendamt',
    );
    // „wer kommt“ here asks who is there from the institution, not who has said yes.
    assert.equal(
      reading2('steuerungsgruppe wer kommt von der agentur für arbeit'),
      'members-from bodies/sg actors/aa',
    );
  });
});
