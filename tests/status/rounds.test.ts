import assert from 'node:assert/strict';
import fs from 'node:fs';
import { parseDirectory } from '../../src/directory/parse';
import { DEMO_DIRECTORY_FILE } from '../../src/paths';
import { planAhead } from '../../src/reminders/reminder-service';
import { currentRound, roundById } from '../../src/status/rounds';
import { demoDirectory } from '../support/demo';

describe('status rounds (pure)', () => {
  const directory = demoDirectory();

  it('when the clock passes the opening (10 days before, on a working day) and the meeting start, then the round goes upcoming → open → closed', () => {
    const at = (iso: string) => roundById(directory, 'sg-2026-12', [], new Date(iso))!;
    // 29 November is a Sunday: the round opens on Friday 27 November, 09:00 in Bochum.
    assert.equal(at('2026-11-27T07:59:00Z').state, 'upcoming');
    assert.equal(at('2026-11-27T08:00:00Z').state, 'open');
    assert.equal(at('2026-12-09T08:59:59Z').state, 'open');
    assert.equal(at('2026-12-09T09:00:00Z').state, 'closed', 'closes when the meeting starts');
    assert.equal(
      roundById(
        directory,
        'sg-2026-12',
        [{ meetingId: 'sg-2026-12', kind: 'cancelled' }],
        new Date('2026-12-01T00:00:00Z'),
      )!.state,
      'closed',
      'a cancelled meeting has no open round',
    );
    assert.equal(roundById(directory, 'gibt-es-nicht', [], new Date()), undefined);
  });

  it('when asked for a body’s current round, then it is the open one, else the one that closed last, else the next', () => {
    assert.equal(
      currentRound(directory, 'sg', [], new Date('2026-11-30T00:00:00Z'))!.id,
      'sg-2026-12',
    );
    const between = currentRound(directory, 'sg', [], new Date('2027-01-15T00:00:00Z'))!;
    assert.equal(between.id, 'sg-2026-12');
    assert.equal(between.state, 'closed');
    assert.equal(
      currentRound(directory, 'sg', [], new Date('2027-03-10T00:00:00Z'))!.id,
      'sg-2027-03',
    );
    const first = currentRound(directory, 'fag-bo', [], new Date('2026-11-30T00:00:00Z'))!;
    assert.equal(first.state, 'upcoming');
  });

  it('when planned, then the day before the meeting the chair of that day and every coordinator get the report', () => {
    const { planned } = planAhead({ directory, now: new Date('2026-11-24T09:00:00Z') });
    const reports = planned.filter(
      (entry) => entry.kind === 'status-report' && entry.meetingId === 'sg-2026-12',
    );
    const coordinators = directory.people
      .filter((person) => person.coordinator)
      .map((person) => person.id);
    assert.deepEqual(
      reports.map((entry) => entry.personId).sort(),
      ['bgross', ...coordinators].sort(),
      'bgross chairs the steering group in 2026',
    );
    assert.ok(reports.every((entry) => entry.dueAt === '2026-12-08T08:00:00.000Z'));
    const march = planned.filter(
      (entry) => entry.kind === 'status-report' && entry.meetingId === 'sg-2027-03',
    );
    assert.ok(
      march.some((entry) => entry.personId === 'jmueller'),
      'the chair rotates in 2027',
    );
    assert.ok(!march.some((entry) => entry.personId === 'bgross'));
  });

  it('when a body sets its own round times, then cards, reminder and report follow them; nonsense is refused with its place', () => {
    const text = fs
      .readFileSync(DEMO_DIRECTORY_FILE, 'utf8')
      .replace(
        '    reminders: [P7D, P1D]\n',
        '    reminders: [P7D, P1D]\n    statusRound: { opens: P14D, reminder: P5D, report: P2D }\n',
      );
    const parsed = parseDirectory(text);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.errors.join('\n'));
    const { planned } = planAhead({
      directory: parsed.directory,
      now: new Date('2026-11-01T09:00:00Z'),
    });
    const due = (kind: string) =>
      planned.find((entry) => entry.kind === kind && entry.meetingId === 'sg-2026-12')!.dueAt;
    assert.equal(due('status'), '2026-11-25T08:00:00.000Z', '14 days before');
    assert.equal(due('status-reminder'), '2026-12-04T08:00:00.000Z', '5 days before (a Friday)');
    assert.equal(due('status-report'), '2026-12-07T08:00:00.000Z', '2 days before');
    assert.equal(
      roundById(parsed.directory, 'sg-2026-12', [], new Date('2026-11-25T08:00:00Z'))!.state,
      'open',
    );

    const wrong = parseDirectory(
      text.replace(
        'statusRound: { opens: P14D, reminder: P5D, report: P2D }',
        'statusRound: { opens: P2D, reminder: P5D }',
      ),
    );
    assert.equal(wrong.ok, false);
    assert.match(
      wrong.ok ? '' : wrong.errors.join('\n'),
      /^line \d+, bodies no\. 1 \(sg\), "statusRound": reminder and report must come after the round opens/m,
    );
  });
});
