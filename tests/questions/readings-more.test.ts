import assert from 'node:assert/strict';
import { easterSunday } from '../../src/language/easter';
import { withAffiliation } from '../../src/language/affiliation';
import { queryRoleWord } from '../../src/language/roles';
import { fold } from '../../src/language/text';
import type { NameCandidate } from '../../src/language/name-index';
import { withoutAsides } from '../../src/questions/understand/asides';
import { monthWord } from '../../src/questions/understand/dates-named';
import { occasionAsked, periodAsked } from '../../src/questions/understand/occasion';
import { queryTokensOf } from '../../src/questions/understand/subjects';
import { askEngine } from '../support/ask-engine';

/*
 * Readings found on the blind development sets of 2026-12-03 (issue 16): holidays and half years,
 * dates that are not names, a person's institution as a qualifier, a goal's body, a meeting on a
 * day as a yes/no, lead-ins, coordinators counted as marked. On the demo directory or pure.
 */

const TODAY = '2026-12-03';
const NOW = `${TODAY}T10:00`;
const ask = (text: string) => askEngine(text, { now: NOW });

describe('more readings: holidays, half years, dates, qualifiers, a goal’s body', () => {
  it('when "nach den Osterferien" is asked, then the meetings from the Sunday after Easter week to the end of June are meant', () => {
    assert.equal(easterSunday(2027), '2027-03-28');
    assert.equal(easterSunday(2026), '2026-04-05');
    for (const text of [
      'wann tagt die sg nach den osterferien',
      'when does it meet after easter',
    ]) {
      const occasion = occasionAsked(fold(text), TODAY);
      assert.deepEqual(
        occasion && 'from' in occasion ? [occasion.from, occasion.to] : occasion,
        ['2027-04-04', '2027-06-30'],
        text,
      );
    }
    const { text } = ask('Wann tagt die SG nach den Osterferien?');
    assert.match(text, /16\. Juni 2027/);
  });

  it('when a half year is asked for a chair, then that half of the year is the period, and "nach den Sommerferien" is 1 August', () => {
    assert.deepEqual(
      periodAsked(fold('wer leitet die sg in der zweiten jahreshaelfte 2027'), TODAY),
      {
        from: '2027-07-01',
        to: '2027-12-31',
        label: { type: 'span', from: '2027-07-01', to: '2027-12-31' },
      },
    );
    assert.equal(
      periodAsked(fold('who chairs it in the first half of 2027'), TODAY)?.to,
      '2027-06-30',
    );
    assert.equal(
      periodAsked(fold('wer hat nach den sommerferien den vorsitz'), TODAY)?.from,
      '2027-08-01',
    );
    const { text } = ask('Wer hat in der zweiten Jahreshälfte 2027 den Vorsitz der SG?');
    assert.match(text, /1\. Juli 2027 bis .*31\. Dezember 2027 hat den Vorsitz: Jürgen Müller/);
  });

  it('when a date is written with a month, then its day names no record, and a short month name beside a name is the name', () => {
    const words = fold('wer leitet die ag 1 ab 1 august 2027').split(' ');
    const kept = queryTokensOf(words).map((token) => token.position);
    assert.ok(kept.includes(4), 'the "1" of "AG 1" is kept');
    assert.ok(!kept.includes(6), 'the "1" of "1 August" is not');
    assert.equal(monthWord('bis wann ist jan brinkmann vorsitzender', 'jan'), false);
    assert.equal(monthWord('was ist am 15 jan', 'jan'), true);
    assert.equal(monthWord('sitzungen im jan', 'jan'), true);
    assert.equal(periodAsked(fold('bis wann hat jan brinkmann den vorsitz'), TODAY), undefined);
  });

  it('when a person is named with the institution they work at, then the institution only tells which person', () => {
    const candidate = (ref: string, positions: number[], score = 1): NameCandidate =>
      ({ ref, positions, score, spread: 1 }) as NameCandidate;
    const actorOf = (id: string) => ({ jb: 'jc-nord', hb: 'hochschule', sa: 'bk' })[id];
    // „Herr Brinkmann vom Jobcenter“: two Brinkmanns, one at the Jobcenter.
    const two = withAffiliation(actorOf, [
      candidate('people/jb', [2]),
      candidate('people/hb', [2]),
      candidate('actors/jc-nord', [4], 0.45),
    ]);
    assert.deepEqual(
      two.map((c) => c.ref),
      ['people/jb'],
    );
    // „Arbeitet Frau Arslan beim BK?“: one person and nothing else named: both stay.
    const alone = [candidate('people/sa', [1]), candidate('actors/bk', [3])];
    assert.equal(withAffiliation(actorOf, alone).length, 2);
    // In a yes/no question, her institution does not become a third record asked about.
    const { text } = ask('Ist Herr Lange vom Jugendamt in der FAG Übergang?');
    assert.match(text, /^Ja, Michael Lange ist persönlich Mitglied/);
  });

  it('when asked who represents an institution in a body, then its people there are named', () => {
    const { interpretation } = ask('Wer vertritt die Agentur für Arbeit in der Steuerungsgruppe?');
    assert.equal(interpretation.type === 'answer' && interpretation.kind, 'members-from');
    const english = ask('Who is there for the youth office in the steering group?');
    assert.equal(
      english.interpretation.type === 'answer' && english.interpretation.kind,
      'members-from',
    );
  });

  it('when asked which body works on a goal, then the goal’s body is named', () => {
    for (const question of [
      'Welche AG kümmert sich um Z2.1?',
      'Which body is responsible for goal Z2.1?',
    ]) {
      const { text } = ask(question);
      assert.match(
        text,
        /Z2\.1 .*(wird in „Steuerungsgruppe KAoA Bochum“ bearbeitet|is worked on in Steuerungsgruppe KAoA Bochum)/,
      );
    }
  });

  it('when asked whether there is a meeting on a day, then the meeting found there is a Ja; „worum geht’s“ then is its agenda', () => {
    assert.match(ask('Gibt es am 17.3. eine Sitzung?').text, /^Ja\. Am Mittwoch, 17\. März 2027/);
    assert.match(ask('Was ist am 17.3.?').text, /^Am Mittwoch, 17\. März 2027/);
    assert.match(
      ask('Worum geht es in der SG am 17. März?').text,
      /^Tagesordnung der Sitzung am Mittwoch, 17\. März 2027/,
    );
  });

  it('when „noch“ or "before this week" is asked, then only what is left of the month, or the last meeting before, is meant', () => {
    const left = occasionAsked(fold('tagt die sg im dezember noch'), TODAY);
    assert.deepEqual(left && 'from' in left ? [left.from, left.to] : left, [TODAY, '2026-12-31']);
    const whole = occasionAsked(fold('tagt die sg im dezember'), TODAY);
    assert.equal(whole && 'from' in whole ? whole.from : whole, '2026-12-01');
    assert.deepEqual(occasionAsked(fold('when was the last sg meeting before this week'), TODAY), {
      type: 'past',
      position: 1,
    });
    assert.match(ask('Tagt die SG im Dezember noch?').text, /^Ja\b/);
  });

  it('when the goals "in" a field are asked, then the field’s goals are listed, not a body’s members', () => {
    const { interpretation } = ask('Which goals are in Handlungsfeld 2?');
    assert.equal(interpretation.type === 'answer' && interpretation.kind, 'goals');
  });

  it('when a school half-year is asked, then it runs from August to January or February to July', () => {
    assert.deepEqual(
      periodAsked(fold('wann tagt die sg im zweiten halbjahr dieses schuljahres'), TODAY),
      {
        from: '2027-02-01',
        to: '2027-07-31',
        label: { type: 'span', from: '2027-02-01', to: '2027-07-31' },
      },
    );
    assert.equal(
      periodAsked(fold('wer leitet die sg im ersten schulhalbjahr'), TODAY)?.to,
      '2027-01-31',
    );
    const occasion = occasionAsked(
      fold('wann tagt die sg im zweiten halbjahr dieses schuljahres'),
      TODAY,
    );
    assert.equal(occasion && 'from' in occasion ? occasion.from : occasion, '2027-02-01');
  });

  it('when asked whether there is a meeting on a day without one, then the answer says there is none; a committee the directory lacks is not found', () => {
    assert.match(
      ask('Ist am 18.3.2027 eine Sitzung?').text,
      /18\. März 2027 ist keine Sitzung eingetragen/,
    );
    assert.equal(
      ask('Ist am 18.3.2027 eine Sitzung des Jugendhilfeausschusses?').interpretation.type,
      'none',
    );
  });

  it('when all people of a body are asked for, then its members are listed', () => {
    const { interpretation } = ask('List all people in the steering group please');
    assert.equal(interpretation.type === 'answer' && interpretation.kind, 'members');
  });

  it('when a question starts with a lead-in or asks a percentage, then the lead-in is an aside and the percentage a status', () => {
    assert.equal(withoutAsides('kurze Frage: wer leitet die SG?'), 'wer leitet die SG?');
    assert.equal(withoutAsides('Sorry, quick question: who chairs the SG?'), 'who chairs the SG?');
    assert.equal(withoutAsides('Wer leitet die SG?'), undefined);
    const { interpretation } = ask('Wie viel Prozent hat Z1.1 erreicht?');
    assert.equal(interpretation.type === 'answer' && interpretation.kind, 'status');
  });

  it('when the number of coordinators is asked, then those marked as coordinators are counted first', () => {
    const { text } = ask('Wie viele Koordinatorinnen gibt es?');
    assert.match(text, /^4 Personen sind als Koordinatorin oder Koordinator eingetragen: /);
  });

  it('when a headmaster or principal is asked for, then a school head is meant', () => {
    for (const word of ['headmaster', 'principal'])
      assert.ok(
        queryRoleWord(word)!.terms.includes('#head') &&
          queryRoleWord(word)!.terms.includes('schul'),
        word,
      );
  });
});
