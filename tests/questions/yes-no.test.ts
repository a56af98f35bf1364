import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import type { Directory } from '../../src/directory/model';
import { translator } from '../../src/i18n';
import { compose } from '../../src/questions/compose';
import { DirectoryIndex, type RefKey } from '../../src/language/directory-index';
import { understand } from '../../src/questions/understand';
import { demoDirectory } from '../support/demo';

function ask(text: string, directory: Directory = demoDirectory(), forcedSubject?: RefKey) {
  const index = new DirectoryIndex('v', directory);
  const now = DateTime.fromISO('2026-11-24T10:00', { zone: 'Europe/Berlin' });
  const interpretation = understand(index, {
    text,
    fallbackLanguage: 'de',
    today: now.toISODate()!,
    forcedSubject,
  });
  const language = interpretation.language;
  const { reply } = compose(interpretation, {
    index,
    t: translator(language),
    language,
    now,
    question: text,
  });
  return { interpretation, text: reply.text };
}

describe('yes/no questions about two records', () => {
  const cases: [string, RegExp][] = [
    [
      'Ist die Handwerkskammer in der Steuerungsgruppe?',
      /^Ja, die Handwerkskammer Dortmund ist Mitglied/,
    ],
    [
      'Ist das Jugendamt in der FAG Übergang vertreten?',
      /^Ja, .*dafür sitzen dort: Michael Lange\./,
    ],
    [
      'Is Anja Weiß a member of the steering group?',
      /^No, not in person: .*their institution Kommunale Koordinierungsstelle/,
    ],
    [
      'Ist Herr Krüger die Vertretung von Frau Hoffmann?',
      /^Ja, Thomas Krüger ist die Vertretung von Andrea Hoffmann\./,
    ],
    [
      'Ist das Jugendamt Partner von Ziel Z2.1?',
      /^Ja, das Jugendamt der Stadt Bochum ist Partner von Ziel Z2\.1/,
    ],
    [
      'Is the youth office a partner of goal Z2.1?',
      /^Yes, Jugendamt der Stadt Bochum is a partner of goal Z2\.1/,
    ],
    ['Ist die IHK Partner von Z2.1?', /^Nein, .* Partner sind: Schulamt für die Stadt Bochum, /],
    [
      'Leitet Andrea Hoffmann die Steuerungsgruppe?',
      /^Nein, den Vorsitz .* hat zurzeit Björn Groß/,
    ],
    [
      'Ist Frau Weiß für Z2.1 verantwortlich?',
      /^Nein, verantwortlich für Ziel Z2\.1 .* ist Thomas Krüger/,
    ],
    [
      'Arbeitet Thomas Krüger beim Jugendamt?',
      /^Nein, Thomas Krüger gehört zu einer anderen Institution: Kommunale Koordinierungsstelle/,
    ],
    [
      'Gehört Z2.1 zum Handlungsfeld Übergang?',
      /^Ja, Z2\.1 .* gehört zu „Systematisierung des Übergangs“/,
    ],
  ];
  for (const [question, expected] of cases)
    it(`when asked „${question}“, then the answer starts with Ja/Nein and the fact behind it`, () => {
      const { interpretation, text } = ask(question);
      assert.equal(interpretation.type === 'answer' && interpretation.kind, 'yes-no');
      assert.match(text, expected);
    });

  it('when several records are asked about one body or goal, then each gets its own Ja/Nein', () => {
    const { text } = ask('Sitzen Frau Weiß und Herr Krüger in der FAG Übergang?');
    assert.match(
      text,
      /^Nein, Anja Weiß ist nicht Mitglied .*\nJa, Thomas Krüger ist persönlich Mitglied/,
    );
  });

  it('when a word of the person’s role happens to name a body, then no Ja/Nein about that body is given', () => {
    const { interpretation, text } = ask('Ist Thomas Krüger Koordinator?');
    // Asked whether he is a coordinator: Ja/Nein about him, not about a body.
    assert.equal(interpretation.type === 'answer' && interpretation.yesNo?.relation, 'coordinator');
    assert.match(text, /^Ja, Thomas Krüger gehört zu den Koordinatorinnen/);
  });

  it('when asked with „ob“ whether an institution sits in a body, then Ja or Nein comes first', () => {
    assert.match(
      ask('Könnten Sie mir sagen, ob die IHK in der Steuerungsgruppe sitzt?').text,
      /^(Ja|Nein), /,
    );
    assert.match(
      ask('Could you please confirm whether the IHK is a member of the Steuerungsgruppe?').text,
      /^(Yes|No), /,
    );
  });

  it('when asked whether a person is a coordinator, then Ja or Nein comes first, with their role', () => {
    assert.match(
      ask('Ist Jürgen Müller einer der Koordinatoren?').text,
      /^Nein, Jürgen Müller ist nicht/,
    );
    assert.match(ask('Is Anja Weiß one of the coordinators?').text, /^Yes, Anja Weiß is one/);
  });

  it('when the second record is one of several, then the bot asks back, and the choice gets the Ja/Nein', () => {
    const asked = ask('Ist die Kammer in der SG?');
    assert.equal(asked.interpretation.type, 'clarify');
    assert.match(
      asked.text,
      /^Meinten Sie IHK Mittleres Ruhrgebiet oder Handwerkskammer Dortmund\?/,
    );
    const chosen = ask('Ist die Kammer in der SG?', demoDirectory(), 'actors/hwk');
    assert.match(
      chosen.text,
      /^Ja, die Handwerkskammer Dortmund ist Mitglied in „Steuerungsgruppe KAoA Bochum“\./,
    );
  });

  it('when a chair is asked for another time, then Ja or Nein holds for that time, with who chairs then', () => {
    assert.match(
      ask('Leitet Jürgen Müller 2027 die Steuerungsgruppe?').text,
      /^Ja\. .*2027.*Jürgen Müller/,
    );
    assert.match(ask('Hat Björn Groß 2027 den Vorsitz der SG?').text, /^Nein\. .*Jürgen Müller/);
    assert.match(
      ask('Ist Michael Lange nach den Sommerferien noch Vorsitzender der FAG Übergang?').text,
      /^Nein\. .*Thomas Krüger/,
    );
    assert.match(
      ask('Does Björn Groß chair the steering group in 2028?').text,
      /^Yes\. .*Björn Groß/,
    );
  });

  it('when the question names only one record, then it is answered as the plain question, without Ja/Nein', () => {
    const { interpretation, text } = ask('Ist die Steuerungsgruppe wichtig?');
    assert.notEqual(interpretation.type === 'answer' && interpretation.kind, 'yes-no');
    assert.doesNotMatch(text, /^(Ja|Nein)\b/);
  });

  it('when two records have no relation the question could mean, then no Ja/Nein is guessed', () => {
    const { interpretation } = ask('Ist Andrea Hoffmann Thomas Krüger?');
    assert.notEqual(interpretation.type === 'answer' && interpretation.kind, 'yes-no');
  });
});

describe('whole lists', () => {
  it('when the institutions of a body are asked for, then every one is named, with its people there', () => {
    const { text } = ask('Welche Institutionen sind in der FAG Übergang vertreten?');
    assert.match(
      text,
      /^Facharbeitsgruppe Systematisierung des Übergangs – \d+ Institutionen vertreten: /,
    );
    assert.match(text, /Jugendamt der Stadt Bochum \(Michael Lange\)/);
    assert.doesNotMatch(text, /weitere/);
  });

  it('when a body has more than 8 but at most 20 members, then all of them are named', () => {
    const directory = demoDirectory();
    const body = directory.bodies.find((candidate) => candidate.id === 'sg')!;
    const people = directory.people.map((person) => person.id);
    body.members = [...new Set([...body.members, ...people])].slice(0, 20);
    const { text } = ask('Wer sitzt alles in der Steuerungsgruppe?', directory);
    assert.match(text, /– 20 Mitglieder: /);
    assert.doesNotMatch(text, /weitere/);
  });

  it('when a list is really long (over 20), then it is cut and says how many there are', () => {
    const directory = demoDirectory();
    const body = directory.bodies.find((candidate) => candidate.id === 'sg')!;
    body.members = [...new Set([...body.members, ...directory.people.map((person) => person.id)])];
    assert.ok(body.members.length > 20);
    const { text } = ask('Wer sitzt alles in der Steuerungsgruppe?', directory);
    assert.match(
      text,
      new RegExp(
        `– ${body.members.length} Mitglieder: .* und ${body.members.length - 10} weitere\\.`,
      ),
    );
  });
});
