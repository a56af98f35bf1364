import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { translator } from '../../src/i18n';
import { DirectoryIndex } from '../../src/language/directory-index';
import { compose } from '../../src/questions/compose';
import { understand, type Interpretation } from '../../src/questions/understand';
import { statusFits } from '../../src/status/status-questions';
import { demoDirectory } from '../support/demo';

const index = new DirectoryIndex('demo', demoDirectory());
const now = DateTime.fromISO('2026-11-24T10:00', { zone: 'Europe/Berlin' });

function ask(text: string): { interpretation: Interpretation; text: string } {
  const interpretation = understand(index, {
    text,
    fallbackLanguage: 'de',
    today: now.toISODate()!,
  });
  const language = interpretation.language;
  const { reply } = compose(interpretation, {
    index,
    t: translator(language),
    language,
    now,
    question: text,
  });
  return { interpretation, text: reply.text ?? '' };
}

const why = (id: string) => index.goals.get(id)!.why;

describe('questions about goals', () => {
  describe('the reason for a goal', () => {
    const cases: [string, string][] = [
      ['Begründung für Z2.3?', 'Z2.3'],
      ['Begruendung fuer Gemeinsames Übergangsmonitoring?', 'Z2.2'],
      ['Was ist der Hintergrund von Z4.1?', 'Z4.1'],
      ['Welche Begründung hat das Ziel Z1.2?', 'Z1.2'],
      ['Wie wird Z3.4 begründet?', 'Z3.4'],
      ['Was steckt hinter dem Ziel Ausbildungsabbrüche verringern?', 'Z3.5'],
      ['Was ist das Ziel dahinter bei Z2.5?', 'Z2.5'],
      ['What is the reason for Ausbildungsabbrüche verringern?', 'Z3.5'],
      ["What's the rationale behind Z3.3?", 'Z3.3'],
      ['What is the reasoning behind the Praktikumsbörse?', 'Z3.1'],
      ['What is Z2.5 for?', 'Z2.5'],
      ['Motivation hinter Z2.1?', 'Z2.1'],
    ];
    for (const [question, id] of cases)
      it(`when asked „${question}“, then the answer gives the goal's why, not its description`, () => {
        const { interpretation, text } = ask(question);
        assert.equal(interpretation.type === 'answer' && interpretation.kind, 'why');
        assert.ok(text.includes(why(id)), text);
      });

    it('when who is behind a goal is asked, then it is its owner, not its reason', () => {
      const { interpretation } = ask('Wer steckt hinter Z2.1?');
      assert.equal(interpretation.type === 'answer' && interpretation.kind, 'owner');
    });
  });

  describe('the due date of a goal', () => {
    for (const question of [
      'Welchen Zieltermin hat Z3.1?',
      'Termin für das Ziel Ausbildungsmarketing?',
      'Stichtag Z2.4?',
      'Enddatum von Z1.1?',
      'How long does Z4.2 run?',
      'Wann muss die Praktikumsbörse fertig sein?',
    ])
      it(`when asked „${question}“, then the answer carries the date, written out`, () => {
        const { interpretation, text } = ask(question);
        assert.equal(interpretation.type === 'answer' && interpretation.kind, 'due');
        assert.match(
          text,
          /\d{1,2}\.? (Januar|März|Juni|Juli|September|Oktober|Dezember|June|July|December|March|September|October) 20\d\d/,
        );
      });
  });

  describe('partners and owner', () => {
    const cases: [string, string][] = [
      ['Wer ist bei Z2.2 mit im Boot?', 'partners'],
      ['Wer ist noch dabei beim Ziel Z3.3?', 'partners'],
      ['Wer arbeitet an der Praktikumsbörse mit?', 'partners'],
      ['Who else is on board for Z1.1?', 'partners'],
      ['Wer kümmert sich um das Übergangsmonitoring?', 'owner'],
      ['Wer verantwortet das Ziel Z2.4?', 'owner'],
      ['Owner von Z2.1?', 'owner'],
    ];
    for (const [question, kind] of cases)
      it(`when asked „${question}“, then ${kind} is asked`, () => {
        const { interpretation } = ask(question);
        assert.equal(interpretation.type === 'answer' && interpretation.kind, kind);
      });

    it('when the goals an institution takes part in are asked, then they come with its role in each, not its partner institutions', () => {
      const { text } = ask('An welchen Zielen ist das Jugendamt beteiligt?');
      assert.match(text, /^Das Jugendamt der Stadt Bochum ist an 4 Zielen beteiligt: /);
      assert.match(text, /Z2\.3 Junge Menschen ohne Anschluss aktiv erreichen \(verantwortlich\)/);
      assert.match(text, /Z2\.1 .* \(Partner\)/);
    });

    it('when the goals a person works on are asked, then those they own and those they are partner of count', () => {
      const { interpretation } = ask('An welchen Zielen arbeitet Thomas Krüger mit?');
      assert.deepEqual(
        interpretation.type === 'answer' && [interpretation.kind, interpretation.involved],
        ['goals', true],
      );
    });
  });

  describe('status', () => {
    const cases: [string, string | undefined, string | undefined][] = [
      ['Wie ist der aktuelle Stand beim Übergangsmonitoring?', 'goals/Z2.2', undefined],
      ['Wie weit ist Z2.1?', 'goals/Z2.1', undefined],
      ['Wie sieht es mit der Anschlussvereinbarung aus?', 'goals/Z2.1', undefined],
      ['Ist Z3.5 erreicht?', 'goals/Z3.5', 'done'],
      ['Läuft Z1.1 nach Plan?', 'goals/Z1.1', 'on-track'],
      ['Welche Ziele laufen nicht nach Plan?', undefined, 'off-track'],
      ['Gibt es Ziele, die gefährdet oder verzögert sind?', undefined, 'off-track'],
      ['Which goals are in trouble?', undefined, 'off-track'],
      ['Ist schon ein Ziel erreicht?', undefined, 'done'],
      ['Welche Ziele sind abgeschlossen?', undefined, 'done'],
      ['Which goals are on track?', undefined, 'on-track'],
      ['Welche Ziele hängen hinterher?', undefined, 'delayed'],
      ['Wie stehen die Ziele?', undefined, undefined],
    ];
    for (const [question, subject, status] of cases)
      it(`when asked „${question}“, then the status ${status ?? '(any)'} of ${subject ?? 'all goals'} is asked`, () => {
        const { interpretation } = ask(question);
        assert.deepEqual(
          interpretation.type === 'answer' && [
            interpretation.kind,
            interpretation.subject,
            interpretation.status,
          ],
          ['status', subject, status],
        );
      });

    it('when the goals of a body or field of one status are asked, then the status list of that scope is asked', () => {
      for (const [question, subject, status] of [
        ['Welche Ziele der Steuerungsgruppe sind gefährdet?', 'bodies/sg', 'at-risk'],
        [
          'Welche Ziele im Handlungsfeld Übergang laufen nicht nach Plan?',
          'fields/hf2',
          'off-track',
        ],
        ['Wie steht es um die Ziele der Steuerungsgruppe?', 'bodies/sg', undefined],
      ] as const) {
        const { interpretation } = ask(question);
        assert.deepEqual(
          interpretation.type === 'answer' && [
            interpretation.kind,
            interpretation.subject,
            interpretation.status,
          ],
          ['status', subject, status],
          question,
        );
      }
      const { interpretation } = ask('Welche Ziele hat die FAG Übergang?');
      assert.equal(interpretation.type === 'answer' && interpretation.kind, 'goals');
    });

    it('when why a goal is delayed is asked, then its status report answers, without a Ja/Nein', () => {
      const { interpretation } = ask('Warum ist Z2.1 verzögert?');
      assert.deepEqual(
        interpretation.type === 'answer' && [interpretation.kind, interpretation.status],
        ['status', undefined],
      );
    });

    it('when off track is asked, then at risk and delayed fit, nothing else', () => {
      assert.ok(statusFits('off-track', 'at-risk'));
      assert.ok(statusFits('off-track', 'delayed'));
      assert.ok(!statusFits('off-track', 'on-track'));
      assert.ok(!statusFits('off-track', 'paused'));
      assert.ok(statusFits('done', 'done'));
    });
  });

  describe('a goal named by words of its text', () => {
    it('when two goals fit „das Ziel mit den Praktika“, then the bot asks back between them', () => {
      const { interpretation } = ask('Wer ist für das Ziel mit den Praktika verantwortlich?');
      assert.equal(interpretation.type, 'clarify');
      assert.deepEqual(interpretation.type === 'clarify' && [...interpretation.candidates].sort(), [
        'goals/Z3.1',
        'goals/Z3.4',
      ]);
    });

    it('when one goal fits, then that goal is answered', () => {
      const { text } = ask('Warum gibt es das Ziel mit den Warteschleifen?');
      assert.ok(text.includes(why('Z2.5')), text);
    });

    it('when „das Ziel“ comes with an institution that takes part in one goal only, then that goal is meant', () => {
      const { interpretation } = ask('Bis wann soll das Ziel mit der UniverCity erreicht sein?');
      assert.deepEqual(
        interpretation.type === 'answer' && [interpretation.kind, interpretation.subject],
        ['due', 'goals/Z1.2'],
      );
    });

    it('when a goal’s title holds a cue word, then the title asks nothing', () => {
      const { interpretation } = ask(
        'Wie sieht es mit dem Ziel Übergangsangebote der Berufskollegs abstimmen aus?',
      );
      assert.deepEqual(
        interpretation.type === 'answer' && [interpretation.kind, interpretation.subject],
        ['status', 'goals/Z2.5'],
      );
    });
  });
});
