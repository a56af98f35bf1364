import assert from 'node:assert/strict';
import fs from 'node:fs';
import { parseDirectory } from '../../src/directory/parse';
import { DEMO_DIRECTORY_FILE } from '../../src/paths';

const demo = fs.readFileSync(DEMO_DIRECTORY_FILE, 'utf8');

function errorsOf(text: string): string[] {
  const result = parseDirectory(text);
  assert.equal(result.ok, false, 'expected the file to be refused');
  return result.ok ? [] : result.errors;
}

describe('directory file', () => {
  it('when the demo directory is read, then it is valid and holds the Bochum bodies and fields', () => {
    const result = parseDirectory(demo);
    assert.ok(result.ok, result.ok ? '' : result.errors.join('\n'));
    const { directory } = result;
    assert.equal(directory.organisation.timezone, 'Europe/Berlin');
    assert.deepEqual(directory.fields.map((field) => field.id).sort(), [
      'hf1',
      'hf2',
      'hf3',
      'hf4',
    ]);
    const sg = directory.bodies.find((body) => body.aliases.includes('SG'));
    assert.ok(sg, 'the steering group has the alias SG');
    assert.ok(sg.chairs.length >= 2, 'the chair rotates');
    assert.ok(directory.people.every((person) => person.email.endsWith('@example.org')));
    assert.ok(directory.people.some((person) => person.coordinator));
  });

  const broken: [string, (text: string) => string, RegExp][] = [
    [
      'an owner that is nobody',
      (t) => t.replace(/owner: \S+/, 'owner: mmeier-gibt-es-nicht'),
      /^line \d+, goals no\. 1 \(Z1\.1\), "owner": no person "mmeier-gibt-es-nicht"$/,
    ],
    [
      'a start that is no date-time',
      (t) => t.replace(/start: \S+/, 'start: morgen'),
      /^line \d+, meetings no\. 1 \(sg-2026-12\), "start": not a date-time/,
    ],
    [
      'an unknown key',
      (t) => t.replace('organisation:\n', 'organisation:\n  colour: blue\n'),
      /^line 15, organisation: unknown key "colour"$/,
    ],
    [
      'a missing required field',
      (t) => t.replace(/\n {4}title: [^\n]+/, ''),
      /^line \d+, goals no\. 1 \(Z1\.1\), "title": is missing$/,
    ],
    [
      'an unknown time zone',
      (t) => t.replace('Europe/Berlin', 'Europe/Bochum'),
      /^line \d+, organisation, "timezone": not a known IANA time zone/,
    ],
    [
      'a reminder that is no duration',
      (t) => t.replace(/reminders: \[P7D/, 'reminders: [7 Tage'),
      /^line \d+, bodies no\. \d+ \(\S+\), "reminders" no\. 1: not a positive ISO-8601 duration/,
    ],
  ];
  for (const [what, breakIt, expected] of broken) {
    it(`when the file has ${what}, then it is refused with the place of the problem`, () => {
      const broke = breakIt(demo);
      assert.notEqual(broke, demo, 'the fixture edit must change the file');
      const errors = errorsOf(broke);
      assert.ok(
        errors.some((error) => expected.test(error)),
        errors.join('\n'),
      );
    });
  }

  it('when an id is used twice, then both places are named', () => {
    const errors = errorsOf(demo.replace(/- id: Z1\.2\b/, '- id: Z1.1'));
    assert.ok(
      errors.some((error) =>
        /^line \d+, goals no\. 2 \(Z1\.1\), "id": duplicate id "Z1\.1" \(also no\. 1\)$/.test(
          error,
        ),
      ),
      errors.join('\n'),
    );
  });

  it('when the YAML itself is broken, then line and column are given', () => {
    const errors = errorsOf('organisation:\n  name: [unclosed\n  timezone: Europe/Berlin\n');
    assert.match(errors[0]!, /^line \d+, column \d+: /);
  });

  it('when a file has several problems of different kinds, then all are reported at once', () => {
    const broke = demo
      .replace(/owner: \S+/, 'owner: niemand')
      .replace(/start: \S+/, 'start: bald')
      .replace(/email: \S+/, 'email: kaputt');
    const errors = errorsOf(broke);
    assert.ok(errors.some((e) => e.includes('no person "niemand"')));
    assert.ok(errors.some((e) => e.includes('not a date-time')));
    assert.ok(errors.some((e) => e.includes('not an e-mail address')));
  });

  it('when an AAD object id is a GUID as Microsoft issues them (version digit 0), then it is accepted; a non-GUID is not', () => {
    const microsoft = parseDirectory(
      demo.replace(
        'aadObjectId: 00000000-0000-4000-8000-000000000001',
        'aadObjectId: 00000003-0000-0000-c000-000000000000',
      ),
    );
    assert.ok(microsoft.ok, microsoft.ok ? '' : microsoft.errors.join('\n'));
    const errors = errorsOf(
      demo.replace('aadObjectId: 00000000-0000-4000-8000-000000000001', 'aadObjectId: 0000-0003'),
    );
    assert.ok(
      errors.some((error) => /"aadObjectId": not an AAD object id \(a GUID\)$/.test(error)),
    );
  });

  it('when the file is not a mapping, then it says what it should be', () => {
    assert.match(errorsOf('- just\n- a list\n')[0]!, /must be a mapping with organisation/);
  });
});
