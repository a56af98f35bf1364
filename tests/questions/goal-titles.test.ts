import assert from 'node:assert/strict';
import { DirectoryIndex } from '../../src/language/directory-index';
import type { Interpretation } from '../../src/questions/understand';
import { demoDirectory } from '../support/demo';
import { askEngine } from '../support/ask-engine';

/** The demo, with a body named like a goal („Jour fixe Ausbildungsmarketing“, goal Z3.2). */
function directoryWithNamesake() {
  const demo = demoDirectory();
  const sg = demo.bodies[0]!;
  return {
    ...demo,
    bodies: [
      ...demo.bodies,
      { ...sg, id: 'jf-marketing', name: 'Jour fixe Ausbildungsmarketing', aliases: [] },
    ],
  };
}

const index = new DirectoryIndex('demo', directoryWithNamesake());

const ask = (text: string) => askEngine(text, { directory: index });

const read = (interpretation: Interpretation) =>
  interpretation.type === 'answer'
    ? { kind: interpretation.kind, subject: interpretation.subject, status: interpretation.status }
    : { type: interpretation.type };

describe('a goal named by words of its title', () => {
  const cases: [string, string, string][] = [
    ['Welche Partner sind am Ziel Ausbildungsmarketing beteiligt?', 'partners', 'goals/Z3.2'],
    ['Bis wann soll das Ausbildungsmarketing aufgebaut sein?', 'due', 'goals/Z3.2'],
    ['Weshalb ist das Ausbildungsmarketing als Ziel festgelegt worden?', 'why', 'goals/Z3.2'],
    ['wer ist verantwortlich für hf3 passgenaue vermittlung', 'owner', 'goals/Z3.3'],
    ['wer verantwortet die praktikumsbörse in der beruflichen orientierung', 'owner', 'goals/Z3.1'],
    ['wie stehts um die praktikumsbörse', 'status', 'goals/Z3.1'],
  ];
  for (const [question, kind, subject] of cases)
    it(`when asked „${question}“, then the goal is meant (${kind} of ${subject}), not the record named like it`, () => {
      const reading = read(ask(question).interpretation);
      assert.equal(reading.kind, kind);
      assert.equal(reading.subject, subject);
    });

  it('when the namesake body is asked when it meets or who is in it, then the body is meant', () => {
    assert.equal(
      read(ask('Wann tagt der Jour fixe Ausbildungsmarketing?').interpretation).subject,
      'bodies/jf-marketing',
    );
    assert.equal(
      read(ask('Wer sitzt im Jour fixe Ausbildungsmarketing?').interpretation).subject,
      'bodies/jf-marketing',
    );
  });

  it('when a goal is asked whether it is on schedule, then its status is asked (yes or no), not its due date', () => {
    const reading = read(
      ask('Ist das Ziel Ausbildungsabbrüche verringern im Zeitplan?').interpretation,
    );
    assert.deepEqual(reading, { kind: 'status', subject: 'goals/Z3.5', status: 'on-track' });
  });

  it('when the owner and the due date of a goal are asked together, then the text gives both', () => {
    const goal = index.goals.get('Z3.5')!;
    const owner = index.people.get(goal.owner)!.name;
    const { text } = ask('Wer verantwortet das Ziel Z3.5 und bis wann soll es fertig sein?');
    assert.match(text, new RegExp(owner));
    assert.match(text, new RegExp(String(Number(goal.due.slice(0, 4)))));
    assert.match(text, /soll bis zum/);
  });

  it('when a bare „Ausschuss“ is in a sentence beside the question, then it is no unknown body', () => {
    const { interpretation } = ask(
      'Warum gibt es das Ziel Ausbildungsabbrüche verringern? Ich erläutere es im Ausschuss.',
    );
    assert.deepEqual(read(interpretation), {
      kind: 'why',
      subject: 'goals/Z3.5',
      status: undefined,
    });
  });

  it('when a body is named only in a sentence after the status question, then the goals of all are meant', () => {
    const aside = read(
      ask('Welche Ziele sind gefährdet? Ich möchte sie in der Steuerungsgruppe ansprechen.')
        .interpretation,
    );
    assert.deepEqual(aside, { kind: 'status', subject: undefined, status: 'at-risk' });
    const scoped = read(ask('Welche Ziele der Steuerungsgruppe sind gefährdet?').interpretation);
    assert.equal(scoped.subject, `bodies/${index.directory.bodies[0]!.id}`);
  });
});
