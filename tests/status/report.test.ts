import assert from 'node:assert/strict';
import {
  buildReport,
  reportCsv,
  reportMarkdown,
  type StatusUpdate,
} from '../../src/reports/report';
import { demoDirectory } from '../support/demo';

const update = (
  goalId: string,
  roundId: string,
  at: string,
  values: Partial<StatusUpdate>,
): StatusUpdate => ({
  goalId,
  roundId,
  at,
  author: 'syilmaz',
  status: 'on-track',
  progress: 0,
  happened: '',
  nextSteps: '',
  supportNeeded: false,
  supportText: '',
  ...values,
});

describe('Zwischenbilanz (report, pure)', () => {
  const directory = demoDirectory();
  const updates = [
    update('Z3.1', 'r1', '2026-09-01T10:00:00Z', { progress: 20 }),
    update('Z3.1', 'r2', '2026-11-30T10:00:00Z', {
      status: 'at-risk',
      progress: 40,
      nextSteps: 'IHK anfragen',
      supportNeeded: true,
      supportText: 'Kontakt zu Betrieben',
    }),
    update('Z3.1', 'r2', '2026-12-01T10:00:00Z', {
      status: 'at-risk',
      progress: 45,
      nextSteps: 'IHK anfragen',
      supportNeeded: true,
      supportText: 'Kontakt zu Betrieben',
    }),
    update('Z2.1', 'r1', '2026-09-01T10:00:00Z', { progress: 50 }),
    update('Z2.1', 'r2', '2026-11-29T10:00:00Z', { status: 'delayed', progress: 30 }),
  ];

  it('when a round has answers, then each goal shows its latest status, trend since the last round, support requests and who is missing', () => {
    const report = buildReport({ directory, updates, roundId: 'r2' });
    const line = (id: string) =>
      report.sections
        .flatMap((section) => section.lines)
        .find((candidate) => candidate.goal.id === id)!;
    assert.equal(line('Z3.1').latest?.progress, 45, 'an edit adds a row; the latest counts');
    assert.equal(line('Z3.1').trend, 'up');
    assert.equal(line('Z2.1').trend, 'down');
    assert.deepEqual(
      report.supportRequests.map((entry) => entry.goal.id),
      ['Z3.1'],
    );
    assert.equal(report.missing.length, directory.goals.length - 2);
    assert.equal(report.counts['at-risk'], 1);
    assert.deepEqual(
      report.sections.map((section) => section.fieldId),
      ['hf1', 'hf2', 'hf3', 'hf4'],
    );
  });

  it('when exported, then Markdown has a table per field of action and CSV has one quoted row per goal, safe for spreadsheets', () => {
    const report = buildReport({ directory, updates, roundId: 'r2' });
    const markdown = reportMarkdown(report, 'Steuerungsgruppe, 9.12.2026');
    assert.match(markdown, /^# Zwischenbilanz: Steuerungsgruppe, 9\.12\.2026\n/);
    assert.match(
      markdown,
      /\| Z3\.1 Gemeinsame Praktikumsbörse für Bochum \| gefährdet \| 45 % \| ↑ \| IHK anfragen \|/,
    );
    assert.match(
      markdown,
      /## Unterstützung durch die Steuerungsgruppe erbeten\n\n- \*\*Z3\.1\*\*: Kontakt zu Betrieben/,
    );
    const withFormula = buildReport({
      directory,
      updates: [update('Z1.1', 'r2', '2026-12-01T10:00:00Z', { happened: '=HYPERLINK("x")' })],
      roundId: 'r2',
    });
    const csv = reportCsv(withFormula, { timeZone: 'Europe/Berlin' });
    const rows = csv.trim().split('\r\n');
    assert.equal(rows.length, directory.goals.length + 1);
    assert.ok(csv.includes(`"'=HYPERLINK(""x"")"`), 'a formula is kept as text');
  });
});

describe('Zwischenbilanz after the directory changed (nothing lost)', () => {
  it('when a goal was removed and its reporter left the directory, then the round’s report keeps the goal, archived, and names the reporter as they were', () => {
    const directory = structuredClone(demoDirectory());
    const removed = directory.goals.find((goal) => goal.id === 'Z3.1')!;
    directory.goals = directory.goals.filter((goal) => goal !== removed);
    const updates = [
      update('Z3.1', 'r2', '2026-11-30T10:00:00Z', {
        status: 'at-risk',
        progress: 40,
        author: 'gone',
        authorName: 'Gisela Gegangen',
        goalTitle: removed.title,
        goalField: removed.field,
        goalBody: removed.body,
      }),
    ];
    const report = buildReport({ directory, updates, roundId: 'r2' });
    const line = report.sections
      .flatMap((section) => section.lines)
      .find((l) => l.goal.id === 'Z3.1');
    assert.ok(line?.archived, 'the removed goal is in the report of its round');
    assert.equal(line.goal.title, removed.title);
    assert.equal(report.counts['at-risk'] >= 1, true);
    assert.match(reportMarkdown(report, 'SG'), /Z3\.1 .* \(archiviert\) \| gefährdet \| 40 %/);
    // Not in the report of a round it was never in.
    const other = buildReport({ directory, updates, roundId: 'r3' });
    assert.equal(
      other.sections.flatMap((section) => section.lines).some((l) => l.goal.id === 'Z3.1'),
      false,
    );
  });
});
