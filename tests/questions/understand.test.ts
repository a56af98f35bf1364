import assert from 'node:assert/strict';
import { DirectoryIndex } from '../../src/language/directory-index';
import { fold } from '../../src/language/text';
import { understand, type Interpretation } from '../../src/questions/understand';
import { demoDirectory } from '../support/demo';

const index = new DirectoryIndex('demo', demoDirectory());
const ask = (text: string, extra: Partial<Parameters<typeof understand>[1]> = {}): Interpretation =>
  understand(index, { text, fallbackLanguage: 'de', today: '2026-11-24', ...extra });

function subjectOf(interpretation: Interpretation): string | undefined {
  return interpretation.type === 'answer' ? interpretation.subject : undefined;
}

describe('understanding questions', () => {
  it('when text is folded, then case, umlauts and ß do not matter', () => {
    assert.equal(fold('Müller'), fold('MUELLER'));
    assert.equal(fold('Straße'), fold('strasse'));
    assert.equal(fold('G.I.B.'), 'gib');
    assert.equal(fold('Ziel Z2.1?'), 'ziel z2.1');
  });

  const sameSubject: [string, string, string][] = [
    ['umlaut folding', 'Wer ist Jürgen Müller?', 'Wer ist Juergen Mueller?'],
    ['genitive inflection', 'Was macht das Jugendamt?', 'Aufgaben des Jugendamts'],
    [
      'a compound with the body name',
      'Wann tagt die Steuerungsgruppe?',
      'Wann ist die nächste Steuerungsgruppensitzung?',
    ],
    [
      'a one-letter typo',
      'Was macht das Integrationszentrum?',
      'Was macht das Integrationzentrum?',
    ],
    ['a two-letter typo', 'Wer leitet die Steuerungsgruppe?', 'Wer leitet die Steurungsgrupe?'],
    ['an abbreviation', 'Was macht die Agentur für Arbeit?', 'Was macht die AA?'],
    ['an English domain word', 'Was macht das Jugendamt?', 'What does the youth office do?'],
  ];
  for (const [what, plain, variant] of sameSubject) {
    it(`when a question uses ${what}, then it finds the same record`, () => {
      const expected = subjectOf(ask(plain));
      assert.ok(expected, `"${plain}" names a record`);
      assert.equal(subjectOf(ask(variant)), expected);
    });
  }

  it('when the question is English, then the answer language is English even on a German client', () => {
    assert.equal(ask('Who chairs the steering group?').language, 'en');
    assert.equal(ask('Wer leitet die SG?', { fallbackLanguage: 'en' }).language, 'de');
  });

  it('when a fragment gives no language signal, then the client language is used', () => {
    assert.equal(ask('SG', { fallbackLanguage: 'en' }).language, 'en');
    assert.equal(ask('SG').language, 'de');
  });

  it('when two people share a first name, then it asks back instead of guessing', () => {
    const result = ask('Wer ist Thomas?');
    assert.equal(result.type, 'clarify');
    assert.deepEqual(result.type === 'clarify' ? [...result.candidates].sort() : [], [
      'people/tbecker',
      'people/tkrueger',
    ]);
  });

  it('when another name in the question tells them apart, then it does not ask back', () => {
    assert.equal(subjectOf(ask('Wer ist Thomas von der Agentur für Arbeit?')), 'people/tbecker');
  });

  it('when a follow-up has no subject of its own, then the last subject is used', () => {
    const first = ask('Wer leitet die Steuerungsgruppe?');
    assert.equal(first.type === 'answer' && first.kind, 'chair');
    const followUp = ask('Und wann tagt sie?', {
      context: { subject: 'bodies/sg', kind: 'chair' },
    });
    assert.deepEqual(
      followUp.type === 'answer' && [followUp.kind, followUp.subject, followUp.followUp],
      ['next-meeting', 'bodies/sg', true],
    );
  });

  // After a goal or a person, a question complete on its own is answered on its own; only one that
  // points back (und …, a pronoun, bare question words) takes the last subject.
  const afterGoal = { subject: 'goals/Z3.2', kind: 'owner' } as const;
  const afterPerson = { subject: 'people/sschulte', kind: 'what' } as const;
  const standalone: [string, typeof afterGoal | typeof afterPerson][] = [
    ['nächste Sitzungen', afterGoal],
    ['Welche Sitzungen stehen an?', afterGoal],
    ['Welche Sitzungen stehen an?', afterPerson],
    ['Können Sie mir sagen, welche Sitzungen anstehen?', afterPerson],
    ['upcoming meetings', afterGoal],
    ['Are there any meetings coming up?', afterPerson],
    ['Wann ist die nächste Sitzung?', afterGoal],
  ];
  for (const [text, context] of standalone) {
    it(`when "${text}" follows a question about ${context.subject}, then it lists the upcoming meetings`, () => {
      const got = ask(text, { context });
      assert.deepEqual(got.type === 'answer' && [got.kind, got.subject, got.followUp], [
        'upcoming',
        undefined,
        false,
      ]);
    });
  }
  const followUps: [string, string][] = [
    ['und wo?', 'where'],
    ['und wann?', 'next-meeting'],
    ['Wann tagt sie?', 'next-meeting'],
    ['and where?', 'where'],
    ['Wo?', 'where'],
  ];
  for (const [text, kind] of followUps) {
    it(`when "${text}" follows a question about the steering group, then it is about the steering group`, () => {
      const got = ask(text, { context: { subject: 'bodies/sg', kind: 'chair' } });
      assert.deepEqual(got.type === 'answer' && [got.kind, got.subject, got.followUp], [
        kind,
        'bodies/sg',
        true,
      ]);
    });
  }

  it('when the answer to "did you mean" just names one, then that one is taken', () => {
    const result = ask('der von der Arbeitsagentur', {
      context: { kind: 'what', candidates: ['people/tkrueger', 'people/tbecker'] },
    });
    assert.equal(subjectOf(result), 'people/tbecker');
  });

  it('when someone asks for their own goals, then the asker is the subject; unknown askers are told', () => {
    assert.equal(subjectOf(ask('Meine Ziele', { askerId: 'syilmaz' })), 'people/syilmaz');
    const unknown = ask('Meine Ziele');
    assert.deepEqual(unknown.type === 'none' && unknown.reason, 'unknown-asker');
  });

  it('when a date limit is given, then goals due before it are asked for', () => {
    const result = ask('Welche Ziele sind bis 30.06.2027 fällig?');
    assert.deepEqual(result.type === 'answer' && [result.kind, result.before], [
      'due-before',
      '2027-06-30',
    ]);
  });

  const nothing = [
    '',
    '👍🙂',
    'Wie wird das Wetter morgen?',
    'Wer leitet den Sportausschuss?',
    'Tell me a joke',
  ];
  for (const text of nothing) {
    it(`when asked ${JSON.stringify(text)}, then nothing is matched`, () => {
      assert.equal(ask(text).type, 'none');
    });
  }
});
