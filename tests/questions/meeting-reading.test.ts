import assert from 'node:assert/strict';
import { agendaAbbreviation } from '../../src/questions/understand/meeting-reading';
import { occasionAsked, periodAsked } from '../../src/questions/understand/occasion';
import { askEngine } from '../support/ask-engine';

const answer = (text: string, now = '2026-12-03T10:00') => askEngine(text, { now }).text;

const TODAY = '2026-12-03';

describe('meetings and chairs read beyond their cues (issue 16)', () => {
  it('when "TO" stands for Tagesordnung, then it is read as the agenda, but not the English "to"', () => {
    assert.equal(
      agendaAbbreviation('was steht auf der to der sg'),
      'was steht auf der tagesordnung der sg',
    );
    assert.equal(agendaAbbreviation('to fag bo 10 2'), 'tagesordnung fag bo 10 2');
    assert.equal(agendaAbbreviation('to whom does the sg report'), 'to whom does the sg report');
    assert.match(
      answer('to fag bo 10.2.'),
      /^Tagesordnung der Sitzung am Mittwoch, 10\. Februar 2027/,
    );
    assert.match(answer('was steht auf der TO der sg im märz'), /Übergangsmonitoring/);
  });

  it('when a body is named with only a month, then its meeting in that month is answered', () => {
    assert.match(answer('sg im märz'), /tagt am Mittwoch, 17\. März 2027/);
  });

  it('when a meeting in a month is asked in yes/no form, then the answer starts with Ja or Nein', () => {
    assert.match(answer('gibts im märz ne sg sitzung'), /^Ja\. .*17\. März 2027/);
    assert.match(answer('tagt die fag bo im januar'), /^Nein\. .*10\. Februar 2027/);
  });

  it('when an online link is asked in yes/no form, then the verdict comes first, then the link or the place', () => {
    assert.match(
      answer('gibt es für die sg sitzung im märz einen teams link'),
      /^Ja\. .*example-sg-2027-03/,
    );
    assert.match(
      answer('kann man an der nächsten sitzung der fag bo online teilnehmen'),
      /^Nein\. .*Gustav-Heinemann-Platz/,
    );
  });

  it('when a topic on the agenda is asked in yes/no form, then Ja or Nein says whether an item mentions it', () => {
    assert.match(
      answer('wird in der sg im märz über das übergangsmonitoring gesprochen'),
      /^Ja\. Tagesordnung der Sitzung am Mittwoch, 17\. März 2027/,
    );
    assert.match(answer('wird in der sg im märz über die jugendkonferenz gesprochen'), /^Nein\. /);
  });

  it('when a Teams link is asked about a body named in full, then it is a link question, not a relation', () => {
    assert.match(
      answer(
        'Is there a Teams link for the next meeting of the Facharbeitsgruppe Berufliche Orientierung?',
      ),
      /^No\. No online link is recorded/,
    );
    assert.match(
      answer('Is there a Teams link for the SG meeting in March?'),
      /^Yes\. .*example-sg/,
    );
  });

  it('when no body is named but a month, then every meeting of that month is listed', () => {
    assert.match(answer('was ist im april'), /21\. April 2027.*Attraktivität des dualen Systems/);
    assert.match(answer('welche gremien tagen im april'), /21\. April 2027/);
  });

  it('when the second-next meeting or the one after a named meeting is asked, then that one is answered', () => {
    assert.deepEqual(occasionAsked('second next sg meeting', TODAY), {
      type: 'upcoming',
      position: 2,
    });
    assert.deepEqual(occasionAsked('zweitnaechste sitzung der sg', TODAY), {
      type: 'upcoming',
      position: 2,
    });
    assert.match(answer('Wann tagt die SG nach der Sitzung im März wieder?'), /16\. Juni 2027/);
    assert.match(
      answer('When will the SG meet after its next session? I cannot attend the next one.'),
      /17 March 2027/,
    );
  });

  it('when "nächste Sitzung" and "nächste Woche" are in one question, then the next meeting wins', () => {
    assert.equal(
      occasionAsked('ich suche den naechsten termin der fag bo da ich naechste woche plane', TODAY),
      undefined,
    );
    assert.match(
      answer('Ich suche den nächsten Termin der FAG BO, da ich nächste Woche meine Planung mache.'),
      /10\. Februar 2027/,
    );
  });

  it('when a school year is written with two digits, then that school year is meant', () => {
    assert.deepEqual(periodAsked('wer leitet die fag uebergang im schuljahr 27 28', TODAY)?.label, {
      type: 'schoolYear',
      year: 2027,
    });
    assert.match(answer('wer leitet die fag übergang im schuljahr 27/28'), /Thomas Krüger/);
  });

  it('when since when someone chairs is asked, then the current term is given from its start to its end', () => {
    const text = answer('seit wann leitet michael lange die fag übergang');
    assert.match(text, /Michael Lange/);
    assert.match(text, /1\.8\.2026/);
    assert.match(text, /31\.7\.2027/);
  });

  it("when a person's coming term is asked, then its start is answered", () => {
    assert.match(
      answer('ab wann übernimmt thomas krüger die fag übergang'),
      /Thomas Krüger .*übernimmt den Vorsitz am 1\.8\.2027/,
    );
  });

  it('when the successor is asked explicitly, then the next chair is named', () => {
    const text = answer(
      'Bis wann hat Herr Lange den Vorsitz der FAG Übergang, und wer folgt ihm nach?',
    );
    assert.match(text, /31\.7\.2027/);
    assert.match(text, /Danach übernimmt Thomas Krüger/);
  });

  it('when whether a body has a chair at all is asked, then the answer starts with Ja or Nein', () => {
    assert.match(answer('hat die sg einen vorsitz'), /^Ja\. .*Björn Groß/);
    assert.match(answer('sg wer hat den hut auf'), /Björn Groß/);
    assert.match(answer('hat das schulleitungsforum einen festen vorsitz'), /^Nein\. /);
  });
});
