import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { translator } from '../../src/i18n';
import { compose } from '../../src/questions/compose';
import { DirectoryIndex } from '../../src/language/directory-index';
import { understand } from '../../src/questions/understand';
import { mendCueTypos } from '../../src/questions/understand/cue-typos';
import { occasionAsked, periodAsked } from '../../src/questions/understand/occasion';
import { fold } from '../../src/language/text';
import { demoDirectory } from '../support/demo';

function answer(text: string, nowIso = '2026-12-03T10:00'): string {
  const index = new DirectoryIndex('v', demoDirectory());
  const now = DateTime.fromISO(nowIso, { zone: 'Europe/Berlin' });
  const interpretation = understand(index, {
    text,
    fallbackLanguage: 'de',
    today: now.toISODate()!,
  });
  const language = interpretation.language;
  const t = translator(language);
  return compose(interpretation, { index, t, language, now, question: text }).reply.text;
}

const TODAY = '2026-12-03';

describe('which meeting and which period a question means', () => {
  const occasions: [string, unknown][] = [
    ['wann tagt die sg im februar', { type: 'range', from: '2027-02-01', to: '2027-02-28' }],
    ['wann hat die sg im juni getagt', { type: 'range', from: '2026-06-01', to: '2026-06-30' }],
    ['tagesordnung der sg am 17. maerz', { type: 'day', date: '2027-03-17' }],
    [fold('Tagesordnung der SG am 17.3.'), { type: 'day', date: '2027-03-17' }],
    ['where does the sg meet on 2027 03 17', { type: 'day', date: '2027-03-17' }],
    ['uebernaechstes treffen der fag', { type: 'upcoming', position: 2 }],
    ['when is the meeting after next', { type: 'upcoming', position: 2 }],
    ['letzte sitzung der sg', { type: 'past', position: 1 }],
    ['wann hat die sg vorletztes mal getagt', { type: 'past', position: 2 }],
    ['when did the steering group last meet', { type: 'past', position: 1 }],
    ['wann tagt die sg im fruehjahr', { type: 'range', from: '2027-03-01', to: '2027-05-31' }],
    ['wann tagt die sg das naechste mal', undefined],
    ['may i join the sg online', undefined],
  ];
  for (const [text, expected] of occasions)
    it(`when asked "${text}", then the occasion is ${JSON.stringify(expected)}`, () => {
      const occasion = occasionAsked(text, TODAY);
      if (expected === undefined) return assert.equal(occasion, undefined);
      assert.deepEqual(
        Object.fromEntries(
          Object.entries(occasion ?? {}).filter(([key]) => key in (expected as object)),
        ),
        expected,
      );
    });

  const periods: [string, { from: string; to: string } | undefined][] = [
    [fold('Vorsitz im Schuljahr 2026/27'), { from: '2026-08-01', to: '2027-07-31' }],
    [fold('chair in the school year 2027/2028'), { from: '2027-08-01', to: '2028-07-31' }],
    ['wer leitet die sg ab juli 2027', { from: '2027-07-01', to: '2027-07-01' }],
    ['wer hatte 2025 den vorsitz', { from: '2025-01-01', to: '2025-12-31' }],
    ['who chairs on 1 march 2027', { from: '2027-03-01', to: '2027-03-01' }],
    ['wer leitet die sg', undefined],
  ];
  for (const [text, expected] of periods)
    it(`when asked "${text}", then the period is ${JSON.stringify(expected)}`, () => {
      const period = periodAsked(text, TODAY);
      assert.deepEqual(period && { from: period.from, to: period.to }, expected);
    });

  it('when a cue word has a one-letter slip, then it is mended, but never a name term or a known word', () => {
    const none = { knows: () => false, nameDistance: () => Infinity };
    assert.equal(mendCueTypos('wer hat den vorstiz', none), 'wer hat den vorsitz');
    assert.equal(mendCueTypos('aegnda of the next ak', none), 'agenda of the next ak');
    // A role word is a cue word itself: left as typed.
    assert.equal(mendCueTypos('wer ist leiter', none), 'wer ist leiter');
    const known = { knows: (word: string) => word === 'vorsitzing', nameDistance: () => Infinity };
    assert.equal(mendCueTypos('die vorsitzing', known), 'die vorsitzing');
    assert.equal(mendCueTypos('im juli', none), 'im juli');
  });
});

describe('answering about a meeting other than the next one, and chairs in a period', () => {
  it('when a month is asked, then the meeting of that month is named', () => {
    assert.match(answer('Wann tagt die SG im März?'), /17\. März 2027/);
  });

  it('when a month without a meeting is asked, then that is said and the nearest meeting named', () => {
    const text = answer('Wann trifft sich die FAG Übergang im Februar?');
    assert.match(text, /Im Februar 2027 ist keine Sitzung eingetragen/);
    assert.match(text, /nächstgelegene ist am Montag, 29\. März 2027/);
  });

  it('when a month without a year has passed and the coming one has no meeting, then the one just past is meant', () => {
    const text = answer('Wo tagt die FAG BO im Februar?', '2027-03-20T10:00');
    assert.match(text, /10\. Februar 2027/);
    assert.doesNotMatch(text, /keine Sitzung/);
    // The year written is the year meant.
    assert.match(
      answer('Wo tagt die FAG BO im Februar 2028?', '2027-03-20T10:00'),
      /Im Februar 2028 ist keine Sitzung eingetragen/,
    );
  });

  it('when the meeting after next is asked, then it is named and not the next one', () => {
    const text = answer('Wann ist die übernächste Sitzung der SG?');
    assert.match(text, /17\. März 2027/);
    assert.doesNotMatch(text, /9\. Dezember 2026/);
  });

  it('when the agenda of a day is asked, then the text carries its items', () => {
    assert.match(answer('Tagesordnung der SG am 17. März'), /Übergangsmonitoring/);
  });

  it('when the online link is asked, then the text carries the link', () => {
    assert.match(
      answer('Kann ich bei der nächsten SG online teilnehmen?'),
      /https:\/\/teams\.microsoft\.com\/\S+/,
    );
  });

  it('when the chair on a day or in a school year is asked, then one person with the term', () => {
    const day = answer('Wer leitet die SG ab Juli 2027?');
    assert.match(day, /Jürgen Müller .*1\.1\.2027 bis 31\.12\.2027/);
    assert.doesNotMatch(day, /Björn Groß/);
    const schoolYear = answer('Wer leitet die FAG Übergang im Schuljahr 2026/27?');
    assert.match(schoolYear, /Michael Lange/);
    assert.doesNotMatch(schoolYear, /Thomas Krüger/);
  });

  it('when two people chair within the year asked, then who when', () => {
    const text = answer('Wer hat 2026 den Vorsitz in der FAG Übergang?');
    assert.match(text, /Thomas Krüger .*bis 31\.7\.2026 und Michael Lange .*1\.8\.2026/);
  });
});
