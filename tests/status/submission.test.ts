import assert from 'node:assert/strict';
import { parseStatusCommand, validateStatus, TEXT_LIMIT } from '../../src/status/submission';

describe('status submissions (validation at the boundary)', () => {
  it('when a complete update is submitted, then texts are trimmed and the values typed', () => {
    const result = validateStatus({
      status: 'at-risk',
      progress: '40',
      happened: '  Börse verzögert sich ',
      nextSteps: 'Gespräch mit IHK',
      supportNeeded: 'true',
      supportText: 'Kontakt zur HWK',
    });
    assert.deepEqual(result, {
      ok: true,
      values: {
        status: 'at-risk',
        progress: 40,
        happened: 'Börse verzögert sich',
        nextSteps: 'Gespräch mit IHK',
        supportNeeded: true,
        supportText: 'Kontakt zur HWK',
      },
    });
  });

  const invalid: [string, unknown, string, RegExp][] = [
    ['no status', { progress: 10 }, 'status', /choose a status/],
    ['progress over 100', { status: 'done', progress: 120 }, 'progress', /0 to 100/],
    ['progress with decimals', { status: 'done', progress: 12.5 }, 'progress', /whole number/],
    [
      'a text that is too long',
      { status: 'done', progress: 100, happened: 'x'.repeat(TEXT_LIMIT + 1) },
      'happened',
      /at most 2000/,
    ],
    [
      'support needed without saying which',
      { status: 'delayed', progress: 10, supportNeeded: true },
      'supportText',
      /what support/,
    ],
    [
      'an unknown field',
      { status: 'done', progress: 100, goalId: 'Z9.9' },
      '_form',
      /unknown fields: goalId/,
    ],
  ];
  for (const [what, input, field, message] of invalid) {
    it(`when a submission has ${what}, then it is refused with the error next to "${field}"`, () => {
      const result = validateStatus(input);
      assert.equal(result.ok, false);
      assert.match(result.ok ? '' : (result.errors[field] ?? ''), message);
    });
  }

  it('when the update is typed as a command, then it is parsed; an unparsable one says so', () => {
    assert.deepEqual(
      parseStatusCommand('status Z2.1 gefährdet 40% Praktikumsbörse verzögert sich'),
      {
        goalId: 'Z2.1',
        values: { status: 'at-risk', progress: 40, happened: 'Praktikumsbörse verzögert sich' },
      },
    );
    assert.deepEqual(parseStatusCommand('status Z2.1 prima'), { error: 'usage' });
    assert.deepEqual(parseStatusCommand('status Anschluss 40 %'), { error: 'usage' });
    // A question about a goal's status, not a command typed wrong.
    assert.equal(parseStatusCommand('status Anschlussvereinbarung'), undefined);
    assert.equal(parseStatusCommand('status Z2.1'), undefined);
    assert.equal(parseStatusCommand('Wer leitet die SG?'), undefined);
  });
});
