import assert from 'node:assert/strict';
import { withoutAsides } from '../../src/questions/understand/asides';
import { askEngine } from '../support/ask-engine';

const answer = (text: string) => askEngine(text, { now: '2026-12-03T10:00' }).text;

describe('asides around a question: what the writer says about themselves is not asked', () => {
  const cases: [string, string | undefined][] = [
    [
      'Wann tagt die SG das nächste Mal? Ich möchte den Termin in meinen Kalender eintragen.',
      'Wann tagt die SG das nächste Mal?',
    ],
    [
      'Ich suche den nächsten Termin der FAG, da ich nächste Woche meine Planung mache.',
      'Ich suche den nächsten Termin der FAG.',
    ],
    ['Wer ist Dr. Meier? Ich kenne ihn nicht.', 'Wer ist Dr. Meier?'],
    [
      'When will the steering group meet after its next session? I am unable to attend the next one.',
      'When will the steering group meet after its next session?',
    ],
    ['Wer leitet die FAG?', undefined],
    ['Tagesordnung der SG am 17.3. Bitte mit Raum.', undefined],
    ['sg vorsitz', undefined],
  ];
  for (const [text, expected] of cases)
    it(`when "${text}" is asked, then what is asked is ${JSON.stringify(expected ?? 'all of it')}`, () => {
      assert.equal(withoutAsides(text), expected);
    });

  it('when an aside names a month, then the next meeting is still the one asked for', () => {
    const text = 'Wann tagt die Steuerungsgruppe das nächste Mal? Im Januar bin ich im Urlaub.';
    assert.match(answer(text), /tagt das nächste Mal am Mittwoch, 9\. Dezember 2026/);
    // The same words inside the question restrict it (so the test above can fail).
    assert.match(answer('Wann tagt die Steuerungsgruppe im Januar'), /Im Januar 2027 ist keine/);
  });

  it('when an aside names another institution, then the question is still about its own subject', () => {
    const text = 'Wer leitet den AK StuBo? Ich möchte das Jugendamt einladen.';
    assert.match(answer(text), /^Arbeitskreis StuBos: Den Vorsitz hat derzeit Katrin Möller/);
  });

  it('when the subject stands only in a sentence before the question, then the whole text is understood', () => {
    assert.match(answer('Ich bin neu im AK StuBo. Wer leitet ihn?'), /Katrin Möller/);
  });
});
