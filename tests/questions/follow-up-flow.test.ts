import assert from 'node:assert/strict';
import type { DirectoryService } from '../../src/directory/directory-service';
import type { Language } from '../../src/i18n';
import { QuestionHandler } from '../../src/questions/question-handler';
import { MemoryTableStore } from '../../src/storage/memory-table-store';
import { TableContextRepository } from '../../src/storage/table-context-repository';
import { TABLES } from '../../src/storage/tables';
import type { MessageInput } from '../../src/teams/message-handler';
import { demoDirectory } from '../support/demo';

/**
 * Conversations through the real question handler and the stored context (as one bot instance
 * keeps it), on the demo directory: each question after the first says nothing of its subject.
 */
async function conversation(
  now = '2026-12-03T09:00:00Z',
): Promise<(text: string, language?: Language) => Promise<string>> {
  const store = new MemoryTableStore();
  await store.ensureTable(TABLES.context);
  const directory = demoDirectory();
  const handler = new QuestionHandler({
    directory: {
      current: async () => ({ version: 'v1', importedAt: now, directory }),
    } as unknown as DirectoryService,
    contexts: new TableContextRepository({ store }),
    clock: () => new Date(now),
  });
  return async (text, language = 'de') => {
    const input = {
      text,
      language,
      tenantId: 't',
      conversationId: 'a:follow-up',
      reference: {},
    } as unknown as MessageInput;
    const reply = await handler.handle(input);
    return reply?.kind === 'text' || reply?.kind === 'card' ? (reply.text ?? '') : '';
  };
}

/** Asks the questions in turn; each expectation is checked on the answer to its question. */
async function talk(turns: [string, RegExp, RegExp?][], language: Language = 'de'): Promise<void> {
  const ask = await conversation();
  for (const [question, expected, notExpected] of turns) {
    const answer = await ask(question, language);
    assert.match(answer, expected, `${question} → ${answer}`);
    if (notExpected) assert.doesNotMatch(answer, notExpected, `${question} → ${answer}`);
  }
}

describe('follow-up questions in a conversation (real question handler, stored context)', () => {
  it('when a goal was asked about, then „und die Frist?“, „mit welchen Partnern?“, „warum?“, „wer ist verantwortlich?“ and bare „Frist?“ are about that goal', async () => {
    await talk([
      ['Worum geht es bei Ziel Z2.1?', /Anschlussvereinbarung/],
      ['und die Frist?', /Z2\.1.*31\. Juli 2027/],
      ['mit welchen Partnern?', /Z2\.1.*Jugendamt/],
      ['warum?', /Warum es das Ziel Z2\.1/],
      ['wer ist verantwortlich?', /Verantwortlich für das Ziel Z2\.1 .*Thomas Krüger/],
      ['Frist?', /Z2\.1.*31\. Juli 2027/],
    ]);
  });

  it('when a goal was asked about in English, then "and the deadline?", "why?", "who is responsible?" and a bare "deadline?" are about that goal, in English', async () => {
    await talk(
      [
        ['What is goal Z3.2 about?', /Ausbildungsmarketing/],
        ['and the deadline?', /Z3\.2.*due by 30 September 2027/],
        ['with which partners?', /Partners on goal Z3\.2/],
        ['why?', /Why goal Z3\.2/],
        ['who is responsible?', /Stefan Schulte .*responsible for goal Z3\.2/],
        ['deadline?', /^Goal Z3\.2.*due by/],
      ],
      'en',
    );
  });

  it('when a person was asked about, then „Und ihre Vertretung?“, „in welchen Gremien ist sie?“ and bare „E-Mail?“ are about that person', async () => {
    await talk([
      ['Wer ist Anja Weiß?', /Anja Weiß/],
      ['Und ihre Vertretung?', /Anja Weiß wird von Sabine Yilmaz .*vertreten/],
      ['in welchen Gremien ist sie?', /Anja Weiß sitzt persönlich in 2 Gremien/],
      ['E-Mail?', /anja\.weiss@example\.org/],
      ['Vertretung?', /Sabine Yilmaz/],
    ]);
  });

  it('when a person was asked about in English, then "and his deputy?", "which committees is he on?" and "email?" are about him', async () => {
    await talk(
      [
        ['Who is Thomas Krüger?', /Thomas Krüger/],
        ['and his deputy?', /Thomas Krüger’s deputy is Andrea Hoffmann/],
        ['which committees is he on?', /Thomas Krüger sits in person on 1 body/],
        ['email?', /thomas\.krueger@example\.org/],
      ],
      'en',
    );
  });

  it('when a body was asked about, then "who chairs it right now?", "what will they talk about?", „wann wieder?“, „Mitglieder?“ and „und die übernächste?“ are about that body', async () => {
    await talk([
      ['Tell me about the steering group', /Steuerungsgruppe KAoA Bochum/],
      ['who chairs it right now?', /is currently chaired by Björn Groß/, /Eva Richter/],
      ['what will they talk about?', /Agenda of the next meeting of Steuerungsgruppe/],
      ['when again?', /Steuerungsgruppe KAoA Bochum meets next on Wednesday, 9 December 2026/],
      [
        'wann wieder?',
        /Steuerungsgruppe KAoA Bochum tagt das nächste Mal am Mittwoch, 9\. Dezember/,
      ],
      ['Mitglieder?', /Steuerungsgruppe KAoA Bochum – 12 Mitglieder/],
      ['und die übernächste?', /17\. März 2027/, /9\. Dezember 2026/],
    ]);
  });

  it('when a fragment has no language of its own, then it is answered in the conversation’s', async () => {
    await talk(
      [
        ['When does the steering group meet next?', /meets next/],
        ['agenda?', /^Agenda of the next meeting/],
      ],
      'de',
    );
  });

  it('when a yes/no question was answered, then its body carries on, and a question only a person answers goes to its person', async () => {
    await talk([
      ['Ist die Handwerkskammer in der Steuerungsgruppe?', /^Ja/],
      ['Und wann tagt sie?', /^Die Steuerungsgruppe KAoA Bochum tagt das nächste Mal/],
      ['wer leitet sie?', /Steuerungsgruppe KAoA Bochum: Den Vorsitz hat derzeit/],
    ]);
    await talk([
      ['Ist Anja Weiß in der FAG BO?', /^Ja/],
      ['Und ihre E-Mail?', /anja\.weiss@example\.org/],
      ['und wann tagt die?', /Facharbeitsgruppe Berufliche Orientierung tagt das nächste Mal/],
    ]);
    await talk(
      [
        ['Is Thomas Krüger a member of the steering group?', /^No/],
        ['when does it meet?', /^Steuerungsgruppe KAoA Bochum meets next/],
        ['and his deputy?', /Thomas Krüger’s deputy is Andrea Hoffmann/],
      ],
      'en',
    );
  });

  it('when a yes/no question names one record and points back to the other, then it is the yes/no about both; „Wer macht da mit?“ asks for partners', async () => {
    await talk([
      ['Wer leitet die Jugendkonferenz?', /Jugendkonferenz der Stadt Bochum: Den Vorsitz/],
      ['Ist dort das Jugendamt vertreten?', /^Ja, .*Jugendamt der Stadt Bochum.*Jugendkonferenz/],
      [
        'Und wann ist das nächste Treffen?',
        /Jugendkonferenz der Stadt Bochum tagt das nächste Mal/,
      ],
    ]);
    await talk([
      ['Was ist Z2.1?', /Anschlussvereinbarung/],
      ['Wer macht da mit?', /^Am Ziel Z2\.1 .* arbeiten mit:/],
    ]);
    await talk(
      [
        ['When does the steering group meet next?', /9 December 2026/],
        ['and the one after that?', /17 March 2027/, /9 December 2026/],
      ],
      'en',
    );
  });

  it('when the bot asked back, then the choice — by name, by field or by place in the list — carries on, and the next follow-up stays with it', async () => {
    await talk([
      ['Wer leitet die FAG?', /Meinten Sie/],
      ['die für Übergang', /Facharbeitsgruppe Systematisierung des Übergangs: Den Vorsitz/],
      [
        'und wann tagt sie?',
        /Facharbeitsgruppe Systematisierung des Übergangs tagt das nächste Mal/,
      ],
    ]);
    await talk(
      [
        ['Who chairs the FAG?', /Did you mean/],
        ['the one for the dual system', /Attraktivität des dualen Systems is currently chaired/],
        ['where does it meet?', /Attraktivität des dualen Systems meets next on .* here: IHK/],
      ],
      'en',
    );
    await talk([
      ['Wann tagt die FAG?', /Meinten Sie Facharbeitsgruppe Berufliche Orientierung/],
      ['die erste', /Facharbeitsgruppe Berufliche Orientierung tagt das nächste Mal/],
    ]);
  });

  it('when the clarified candidates are followed by a question naming something else, then that is answered, not a candidate', async () => {
    await talk([
      ['Wann tagt Berufliche Orientierung?', /Meinten Sie/],
      [
        'Was ist das Handlungsfeld Berufliche Orientierung?',
        /^Handlungsfeld Berufliche Orientierung/,
      ],
    ]);
  });
});

describe('two questions in one, and the chair as the other record (real question handler)', () => {
  it('when two questions are joined by „und“/"and", then the text answers both, the second about the first one’s subject', async () => {
    await talk([
      [
        'Wer leitet die Steuerungsgruppe und wann tagt sie das nächste Mal?',
        /Den Vorsitz hat derzeit Björn Groß[^]*\n\nDie Steuerungsgruppe KAoA Bochum tagt das nächste Mal am Mittwoch, 9\. Dezember 2026/,
      ],
      // The conversation goes on from the second part.
      ['und wo?', /Rathaus Bochum, Raum 123/],
    ]);
    await talk(
      [
        [
          'Who chairs the steering group and when does it meet next?',
          /chaired by Björn Groß[^]*\n\nSteuerungsgruppe KAoA Bochum meets next on Wednesday, 9 December 2026/,
        ],
      ],
      'en',
    );
  });

  it('when „wann und wo“ asks one thing twice, or a part is not understood alone, then it is one question', async () => {
    await talk([
      ['Wann und wo tagt die Steuerungsgruppe?', /^Die Steuerungsgruppe KAoA Bochum tagt/, /\n\n/],
      ['Wer leitet die Steuerungsgruppe und wo xyzzy?', /Björn Groß/, /\n\n/],
    ]);
  });

  it('when the chair of a body was asked, then „wer ist seine Vertretung?“ is the chair’s deputy and „wann tagt sie?“ still the body’s meeting', async () => {
    await talk([
      ['Wer leitet die Steuerungsgruppe?', /Björn Groß/],
      ['wer ist seine Vertretung?', /^Björn Groß wird von Thomas Becker/],
      ['und wann tagt sie?', /^Die Steuerungsgruppe KAoA Bochum tagt das nächste Mal/],
    ]);
  });

  it('when a meeting was asked about, then „is there a Teams link?“ and „zoom link?“ ask for its online link', async () => {
    await talk(
      [
        ['Where is the next steering group meeting?', /meets next on/],
        ['is there a Teams link?', /teams\.microsoft\.com/],
        ['zoom link?', /teams\.microsoft\.com/],
      ],
      'en',
    );
  });
});
