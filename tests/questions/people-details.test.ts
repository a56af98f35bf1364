import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import type { Directory } from '../../src/directory/model';
import { parseDirectory } from '../../src/directory/parse';
import { translator } from '../../src/i18n';
import { DirectoryIndex } from '../../src/language/directory-index';
import { addressIn, emailIn, phoneIn } from '../../src/questions/answers/contact-detail';
import { compose } from '../../src/questions/compose';
import { understand } from '../../src/questions/understand';
import { demoDirectory } from '../support/demo';
import { generateWorld, toYaml } from './generated/generate';

/** The text answer, as the question handler composes it (optionally asked by a directory person). */
function answerer(directory: Directory) {
  const index = new DirectoryIndex('v', directory);
  const now = DateTime.fromISO('2027-03-01T10:00', { zone: 'Europe/Berlin' });
  return (text: string, askerId?: string): string => {
    const interpretation = understand(index, {
      text,
      fallbackLanguage: 'de',
      today: now.toISODate()!,
      askerId,
    });
    const language = interpretation.language;
    return compose(interpretation, {
      index,
      t: translator(language),
      language,
      now,
      askerId,
      question: text,
    }).reply.text;
  };
}

/** The demo directory with a phone number and an address in the Jugendamt's description. */
function demoWithNumbers(): Directory {
  const directory = structuredClone(demoDirectory());
  const jugendamt = directory.actors.find((actor) => actor.id === 'jugendamt')!;
  jugendamt.description +=
    ' Telefon: 0234 910-2500. Adresse: Hans-Böckler-Straße 19, 44787 Bochum.';
  return directory;
}

function generated(seed: number): Directory {
  const parsed = parseDirectory(toYaml(generateWorld(seed)));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.directory;
}

const NOTHING = /nichts gefunden|found nothing/;

describe('contact details, roles and deputies asked in words nobody tuned for (issue 16)', () => {
  const demo = answerer(demoWithNumbers());

  it('when a number, an e-mail or an address is in free text, then it is read out', () => {
    assert.equal(phoneIn('Berät Betriebe. Telefon: 02300 67725.'), '02300 67725');
    assert.equal(phoneIn('Erreichbar unter Tel. 0234/910-2500'), '0234/910-2500');
    assert.equal(phoneIn('Seit 2012 aufgebaut, mit vier Stellen.'), undefined);
    assert.equal(
      emailIn('Post an info@jugendamt.example.org bitte.'),
      'info@jugendamt.example.org',
    );
    assert.equal(
      addressIn('Sitz: Hans-Böckler-Straße 19, 44787 Bochum.'),
      'Hans-Böckler-Straße 19, 44787 Bochum',
    );
  });

  const details: [string, RegExp][] = [
    ['Wie kann ich das Jugendamt telefonisch erreichen?', /0234 910-2500/],
    ['Ich würde gern beim Jugendamt anrufen, welche Nummer?', /0234 910-2500/],
    ['Can I ring the youth office?', /0234 910-2500/],
    ['Wo sitzt das Jugendamt?', /Hans-Böckler-Straße 19/],
    ['What is the postal address of the youth office?', /Hans-Böckler-Straße 19/],
    // No number recorded: says so, and names whom to contact instead.
    ['Telefonnummer der Handwerkskammer?', /keine Telefonnummer.*Dirk Hartmann/],
    ['What number do I call for the IHK?', /No phone number.*Stefan Schulte/],
    // A person: no phone in the directory; their institution's number and their e-mail.
    ['Durchwahl von Julia Kaiser?', /0234 910-2500.*julia\.kaiser@example\.org/],
    ['Wie kann ich Herrn Groß anrufen?', /keine Telefonnummer.*bjoern\.gross@example\.org/],
    ['Wie kann ich Frau Yilmaz anschreiben?', /sabine\.yilmaz@example\.org/],
    // Who to call is a person, not the number.
    ['Wen kann ich bei der Handwerkskammer anrufen?', /Dirk Hartmann/],
  ];
  for (const [question, expected] of details)
    it(`when asked „${question}“, then the text carries exactly that detail`, () =>
      assert.match(demo(question), expected));

  const roles: [string, RegExp, RegExp?][] = [
    ['Who runs the steering group?', /chaired by Jürgen Müller/, /12 members/],
    ['Wer steht der Jugendkonferenz vor?', /Vorsitz.*Michael Lange/],
    ['Wer ist Leiter der Steuerungsgruppe?', /Vorsitz.*Jürgen Müller/],
    ['Chef der Arbeitsagentur?', /Björn Groß/, /Thomas Becker/],
    ['Wer ist die Teamleiterin bei der Agentur?', /Thomas Becker/, /Björn Groß/],
    ['Wer leitet die Facharbeitsgruppe?', /Meinten Sie|Welche/, /Björn Groß/],
  ];
  for (const [question, expected, not] of roles)
    it(`when asked „${question}“, then the head by role is named, not a member list`, () => {
      const text = demo(question);
      assert.match(text, expected);
      if (not) assert.doesNotMatch(text, not);
    });

  const deputies: [string, RegExp, string?][] = [
    ['Wer vertritt die Schulrätin?', /Claudia Neumann/],
    ['Wen vertritt die Schulrätin?', /Claudia Neumann.*Jürgen Müller/],
    ['Wer vertritt die Teamleitung Berufsberatung?', /Thomas Becker/],
    ['Wer übernimmt für mich, wenn ich krank bin?', /Thomas Krüger.*Andrea Hoffmann/, 'tkrueger'],
    ['Wen vertrete ich?', /Thomas Krüger.*Andrea Hoffmann/, 'tkrueger'],
    ['whom do I deputise for?', /Thomas Krüger.*Andrea Hoffmann/, 'tkrueger'],
    ['what committees am I on', /Facharbeitsgruppe Systematisierung/, 'tkrueger'],
    ['Wo bin ich Mitglied?', /Facharbeitsgruppe Systematisierung/, 'tkrueger'],
  ];
  for (const [question, expected, asker] of deputies)
    it(`when asked „${question}“${asker ? ' by a directory person' : ''}, then the deputy or the asker's own bodies are named`, () =>
      assert.match(demo(question, asker), expected));

  const unknown = [
    'Wer leitet den Jugendhilfeausschuss?',
    'Wann tagt der Jugendhilfeausschuss?',
    'Wer ist Ansprechpartner der KoKo Dortmund?',
    'Telefonnummer der KoKo Dortmund?',
    'Who is the mayor of Dortmund?',
  ];
  for (const question of unknown)
    it(`when asked „${question}“ about something the directory does not have, then nothing is found`, () =>
      assert.match(demo(question), NOTHING));

  const known: [string, RegExp][] = [
    ['Who is the mayor of Bochum?', /Oberbürgermeisters/],
    ['Wer ist die Leiterin der KoKo Herne?', /Sandra Kowalski/],
    ['Wer ist bei der Handwerkskammer Dortmund zuständig?', /Dirk Hartmann/],
    ['Wann tagt die Steurungsgruppe?', /Steuerungsgruppe KAoA Bochum tagt/],
    ['Was macht die KoKo eigentlich?', /Scharnier/],
  ];
  for (const [question, expected] of known)
    it(`when asked „${question}“ about something the directory has, then it is answered`, () =>
      assert.match(demo(question), expected));

  describe('on a generated directory (development seed 202)', () => {
    const ask = answerer(generated(202));
    const cases: [string, RegExp][] = [
      ['wie kann ich das regionale bildungsbüro hammwerden telefonisch erreichen?', /02929 49827/],
      ['How can I call the coordination office?', /02300 38940/],
      ['Who is responsible for transition support at IN VIA?', /Miriam Klaßen/],
      ['Who handles transition support at IN VIA?', /Miriam Klaßen/],
      ['Wer ist bei IN VIA für Übergangsbegleitung zuständig?', /Miriam Klaßen/],
      ['Wer ist bei IN VIA Ansprechpartner?', /Ansprechpersonen.*Uwe Köhler/],
      ['Telefonnummer der Leiterin des Jobcenters', /Kerstin Kaya.*02374 62570/],
    ];
    for (const [question, expected] of cases)
      it(`when asked „${question}“, then the answer is that fact`, () =>
        assert.match(ask(question), expected));
  });
  it('when a role names a field of action, an adverb sits beside a meeting or a chair is asked in the past, then the person, no goal, and the chair on that day answer', () => {
    // The field "Berufliche Orientierung" is part of the role: the person is meant.
    assert.match(demo('Wer ist der Generalist Berufsorientierung?'), /^Jürgen Müller /);
    // "genau" is no part of "Passgenaue Vermittlung …".
    assert.doesNotMatch(demo('Wo genau ist die Sitzung?'), /Z3\.3/);
    assert.match(
      demo('Wer leitete die Steuerungsgruppe am 15.06.2026?'),
      /Björn Groß|Jürgen Müller/,
    );
    assert.doesNotMatch(demo('Wer leitete die Steuerungsgruppe am 15.06.2026?'), /Mitglieder/);
    // A fragment with a loan word keeps the client's language.
    assert.match(demo('Deaddline Z3.1?'), /^Das Ziel Z3\.1 .* bis zum 30\. Juni 2027/);
  });
});
