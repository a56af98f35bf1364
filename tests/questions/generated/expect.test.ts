import assert from 'node:assert/strict';
import { failures } from './expect';

describe('the checks on a text answer: a date is right however it is written', () => {
  const cases: [string, string, boolean][] = [
    ['10.03.2027', 'am Mittwoch, 10. März 2027 um 9:30 Uhr', true],
    ['17. März 2027', 'on 17 March 2027', true],
    ['10.03.2027', 'am 10.3.2027', true],
    ['01.08.2027', 'ab 1.8.2027.', true],
    ['31.07.2027', 'until 31 Jul 2027', true],
    ['2027-03-17', 'on March 17, 2027', true],
    ['17.03.2027', 'on 17 March 2027', true],
    ['may 19, 2027', 'meets next on Wednesday, 19 May 2027 at 09:30', true],
    ['19/05/2027', 'am 19.5.2027', true],
    ['may 19th, 2027', 'on 19 May 2027', true],
    ['1 august 2027', 'takes over the chair on 1 Aug 2027', true],
    ['may 19, 2027', 'on 19 May 2028', false],
    ['01.08.2027', 'bis 11.8.2027', false],
    ['17.03.2027', 'on 17 March 2028', false],
    ['17.03.2027', 'am 17.03.20271', false],
  ];
  for (const [expected, answer, right] of cases)
    it(`when ${expected} is expected and the answer says "${answer}", then it is ${right ? 'found' : 'not found'}`, () => {
      assert.equal(failures({ mustInclude: [expected] }, answer).length === 0, right);
    });
  it('when a name is expected with ss or ae/oe/ue, then the answer may write ß or umlauts (and back)', () => {
    assert.deepEqual(failures({ mustInclude: ['Niklas Voss'] }, 'vertreten von Niklas Voß'), []);
    assert.deepEqual(failures({ mustInclude: ['Annika Kühn'] }, 'annika kuehn (AA)'), []);
    assert.deepEqual(failures({ mustNotInclude: ['Keßler'] }, 'Markus Kessler'), [
      'includes kessler',
    ]);
  });

  it('when a plain text is expected, then it is found as written, case aside', () => {
    assert.deepEqual(failures({ mustInclude: ['Raum A 104'] }, 'Ort: raum a 104'), []);
    assert.deepEqual(failures({ mustInclude: ['Raum B'] }, 'Ort: Raum A'), ['missing raum b']);
  });
});
