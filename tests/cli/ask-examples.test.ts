import assert from 'node:assert/strict';
import { ask } from '../../src/cli/ask';
import { parseConfig } from '../../src/config';
import { silentLogger } from '../../src/logging';
import { DEMO_DIRECTORY_FILE } from '../../src/paths';
import { readableText } from '../../src/teams/reply';

/** The example questions of shared/domain/README.md, asked through `kokobot ask` on the demo directory. */
const examples: [string, RegExp][] = [
  [
    'Wer leitet die Steuerungsgruppe dieses Jahr?',
    /^Steuerungsgruppe KAoA Bochum: Den Vorsitz hat derzeit Björn Groß \(Agentur für Arbeit Bochum\), bis 31\.12\.2026\./,
  ],
  [
    'Who chairs the steering group this year?',
    /^Steuerungsgruppe KAoA Bochum is currently chaired by Björn Groß/,
  ],
  [
    'Wer sitzt in der Steuerungsgruppe?',
    /^Steuerungsgruppe KAoA Bochum – 12 Mitglieder: Agentur für Arbeit Bochum, Schulamt für die Stadt Bochum/,
  ],
  [
    'Welche Institutionen sind in der FAG Übergang?',
    /^Facharbeitsgruppe Systematisierung des Übergangs – \d+ Institutionen vertreten: .*Jugendamt der Stadt Bochum \(Michael Lange\)/,
  ],
  [
    'Was macht das Kommunale Integrationszentrum?',
    /^Kommunales Integrationszentrum Bochum: Fördert Bildung und Integration/,
  ],
  ['What does the youth office do?', /^Jugendamt der Stadt Bochum: /],
  [
    'Wann tagt die Steuerungsgruppe das nächste Mal?',
    /tagt das nächste Mal am Mittwoch, 9\. Dezember 2026 um 10:00 Uhr, Ort: Rathaus Bochum/,
  ],
  ['When does the steering group meet next?', /meets next on Wednesday, 9 December 2026 at 10:00/],
  ['Wo tagt die Steuerungsgruppe?', /hier: Rathaus Bochum, Raum 123/],
  [
    'Mit wem arbeitet die Koordinierungsstelle zusammen?',
    /^Die Kommunale Koordinierungsstelle KAoA Bochum arbeitet zusammen mit: Agentur für Arbeit Bochum/,
  ],
  [
    'Who does the coordination office work with?',
    /^Kommunale Koordinierungsstelle KAoA Bochum works with: /,
  ],
  [
    'Wer ist für das Ziel „Gemeinsame Praktikumsbörse für Bochum“ verantwortlich, bis wann, mit wem, und warum gibt es das Ziel?',
    /^Verantwortlich für das Ziel Z3\.1 „Gemeinsame Praktikumsbörse für Bochum“ ist Sabine Yilmaz/,
  ],
  [
    'Who is responsible for the internship exchange?',
    /^Sabine Yilmaz .* is responsible for goal Z3\.1/,
  ],
  [
    'Welche Ziele hat das Handlungsfeld „Attraktivität des dualen Systems“?',
    /^5 Ziele zu „Attraktivität des dualen Systems“: Z3\.1 /,
  ],
  [
    'Which goals does the field of action dual system have?',
    /^Attraktivität des dualen Systems has 5 goals: Z3\.1/,
  ],
  ['Welche Ziele sind gefährdet?', /Stand der Ziele/],
  [
    'Wo wird der regionale Handlungsplan abgestimmt?',
    /^Das geschieht hier: Regionale Ausbildungskonferenz Mittleres Ruhrgebiet\./,
  ],
  [
    'Where is the regional action plan agreed?',
    /^That happens in Regionale Ausbildungskonferenz Mittleres Ruhrgebiet/,
  ],
  ['Wem wurden die Ziele vorgestellt?', /^Das geschieht hier: Ausschuss für Schule und Bildung\./],
];

describe('kokobot ask: the example questions of the domain, German and English', function () {
  this.timeout(30_000);
  const config = parseConfig({});
  const clock = () => new Date('2026-11-24T09:00:00Z');

  for (const [question, expected] of examples) {
    it(`when asked "${question}", then the answer is right`, async () => {
      const activities = await ask(config, {
        question,
        directoryFile: DEMO_DIRECTORY_FILE,
        logger: silentLogger(),
        clock,
      });
      assert.equal(activities.length, 1);
      assert.match(readableText(activities[0]!), expected);
    });
  }
});
