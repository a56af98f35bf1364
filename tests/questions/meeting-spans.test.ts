import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { translator } from '../../src/i18n';
import { compose } from '../../src/questions/compose';
import { DirectoryIndex } from '../../src/language/directory-index';
import { understand } from '../../src/questions/understand';
import { occasionAsked } from '../../src/questions/understand/occasion';
import { fold } from '../../src/language/text';
import { demoDirectory } from '../support/demo';

const NOW = '2026-12-03T10:00';
const TODAY = '2026-12-03';

function answer(text: string): string {
  const index = new DirectoryIndex('v', demoDirectory());
  const now = DateTime.fromISO(NOW, { zone: 'Europe/Berlin' });
  const interpretation = understand(index, { text, fallbackLanguage: 'de', today: TODAY });
  const language = interpretation.language;
  return compose(interpretation, { index, t: translator(language), language, now, question: text })
    .reply.text!;
}

describe('meetings named in any way: a body named after a field, counts, spans, every body', () => {
  const occasions: [string, unknown][] = [
    ['wie oft trifft sich die sg 2027', { type: 'range', from: '2027-01-01', count: true }],
    ['wie oft trifft sich die sg bis zum sommer', { from: TODAY, to: '2027-05-31', count: true }],
    ['how many meetings until june', { from: TODAY, to: '2027-06-30', count: true }],
    ['wann tagt die sg vor den sommerferien', { from: TODAY, to: '2027-06-30' }],
    ['wann tagt die sg zum dritten mal', { type: 'upcoming', position: 3 }],
    ['when does it meet for the second time', { type: 'upcoming', position: 2 }],
    ['welche sitzungen gibt es naechste woche', { from: '2026-12-07', to: '2026-12-13' }],
    ['was steht diesen monat an', { from: '2026-12-01', to: '2026-12-31' }],
    ['was ist am 17 maerz', { type: 'day', date: '2027-03-17' }],
    ['wie oft tagt die sg', { from: TODAY, count: true }],
    ['wie oft tagt der ak bis jahresende', { from: TODAY, to: '2026-12-31', count: true }],
    ['how many meetings until the end of the school year', { to: '2027-07-31', count: true }],
    // Days and weeks relative to today (Thursday, 3 December 2026).
    ['wann tagt die sg morgen', { type: 'day', date: '2026-12-04' }],
    ['was ist uebermorgen', { type: 'day', date: '2026-12-05' }],
    ['was war gestern', { type: 'day', date: '2026-12-02' }],
    ['what is on this friday', { type: 'day', date: '2026-12-04' }],
    ['tagt die sg am mittwoch', { type: 'day', date: '2026-12-09' }],
    ['was war letzten dienstag', { type: 'day', date: '2026-12-01' }],
    ['was ist in drei tagen', { type: 'day', date: '2026-12-06' }],
    ['was ist in zwei wochen', { from: '2026-12-14', to: '2026-12-20' }],
    ['what is on in two weeks', { from: '2026-12-14', to: '2026-12-20' }],
    ['uebernaechste woche', { from: '2026-12-14', to: '2026-12-20' }],
  ];
  for (const [text, expected] of occasions) {
    it(`when asked "${text}", then the occasion includes ${JSON.stringify(expected)}`, () => {
      const occasion = occasionAsked(fold(text), TODAY) as Record<string, unknown>;
      for (const [key, value] of Object.entries(expected as Record<string, unknown>))
        assert.deepEqual(occasion[key], value, `${key} of ${JSON.stringify(occasion)}`);
    });
  }

  it('when a body’s name holds a field’s name, then a meeting question about it is about the body, not the field', () => {
    assert.match(
      answer('wann tagt die fag berufliche orientierung wieder'),
      /^Die Facharbeitsgruppe Berufliche Orientierung tagt das nächste Mal am Mittwoch, 10\. Februar 2027/,
    );
    const where = answer('Wo findet die Sitzung der FAG Berufliche Orientierung im Februar statt?');
    assert.match(where, /10\. Februar 2027 .* findet hier statt: Bildungs- und Vernetzungszentrum/);
    assert.match(
      answer('Wer leitet den Arbeitskreis Berufliche Orientierung?'),
      /^Arbeitskreis StuBos: Den Vorsitz/,
    );
  });

  it('when the field’s name alone is asked a meeting question and two bodies carry it, then the bot asks back; the field itself stays the field', () => {
    assert.match(answer('Wann tagt Berufliche Orientierung?'), /^Meinten Sie .*StuBos/);
    assert.match(
      answer('Was ist das Handlungsfeld Berufliche Orientierung?'),
      /^Handlungsfeld Berufliche Orientierung/,
    );
    assert.match(
      answer('Was macht die FAG Berufliche Orientierung?'),
      /^Facharbeitsgruppe Berufliche Orientierung: Sichert/,
    );
  });

  it('when a field without a body of its name is asked when it meets, then the bot asks back between its bodies; a common word is no slip of a surname', () => {
    assert.match(
      answer('Wann tagt die Kommunale Koordinierung?'),
      /^Meinten Sie Steuerungsgruppe KAoA Bochum, Ausschuss für Schule und Bildung oder Austauschrunde/,
    );
    assert.doesNotMatch(
      answer('Wann tagt die Facharbeitsgruppe Übergang Schule-Beruf?'),
      /Stefan Schulte/,
    );
  });

  it('when asked how often a body meets in a year or until summer, then the count comes with the dates', () => {
    const year = answer('Wie oft trifft sich die Steuerungsgruppe 2027?');
    assert.match(year, /Im Jahr 2027 sind 4 Sitzungen eingetragen – Mittwoch, 17\. März 2027/);
    const summer = answer('Wie oft trifft sich die SG bis zum Sommer?');
    assert.match(summer, /Bis Montag, 31\. Mai 2027 sind 2 Sitzungen eingetragen/);
    assert.match(summer, /9\. Dezember 2026.*17\. März 2027/);
    assert.match(
      answer('How many meetings does the steering group have in 2027?'),
      /4 meetings in 2027/,
    );
    assert.match(
      answer('Wie viele Sitzungen hat die FAG Übergang im März?'),
      /1 Sitzung eingetragen – Montag, 29\. März 2027/,
    );
  });

  it('when meetings are asked on a day or in a month without a body, then every body’s are listed', () => {
    assert.match(
      answer('Welche Sitzungen gibt es im Februar?'),
      /^Im Februar 2027 sind 2 Sitzungen eingetragen: 10\.2\.2027 14:00 Facharbeitsgruppe Berufliche Orientierung und 23\.2\.2027 15:00 Ausschuss für Schule und Bildung\.$/,
    );
    assert.match(
      answer('Which meetings are in June 2027?'),
      /^2 meetings in June 2027: .*Steuerungsgruppe.*Regionale Ausbildungskonferenz/,
    );
    assert.match(
      answer('Was ist am 17. März?'),
      /17\. März 2027 um 10:00 Uhr tagt die Steuerungsgruppe KAoA Bochum/,
    );
    assert.match(
      answer('Was steht am 18. März an?'),
      /^Am Donnerstag, 18\. März 2027 ist keine Sitzung eingetragen\.$/,
    );
    assert.match(answer('Was steht im Juni an?'), /2 Sitzungen eingetragen/);
  });

  it('when the n-th meeting, one after the summer holidays or one before them is asked, then that one or those are named', () => {
    const third = answer('Wann tagt die SG zum dritten Mal?');
    assert.match(third, /16\. Juni 2027/);
    const afterHolidays = answer('Wann ist die zweite Sitzung der SG nach den Sommerferien?');
    assert.match(afterHolidays, /tagt am Mittwoch, 8\. Dezember 2027/);
    assert.doesNotMatch(
      afterHolidays,
      /^Die Steuerungsgruppe KAoA Bochum tagt am Mittwoch, 22\. September 2027/,
    );
    const before = answer('Wann tagt die SG vor den Sommerferien?');
    assert.match(
      before,
      /Vor den Sommerferien \(die Ferientermine stehen nicht im Verzeichnis; gezählt bis Mittwoch, 30\. Juni 2027\) sind 3 Sitzungen/,
    );
  });
});
