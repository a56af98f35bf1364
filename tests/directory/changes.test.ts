import assert from 'node:assert/strict';
import { describeChanges, directoryChanges } from '../../src/directory/changes';
import type { Directory } from '../../src/directory/model';
import { demoDirectory } from '../support/demo';

/**
 * The change preview a coordinator reads before confirming a new directory (issue 17): counts per
 * section and the changes people notice, judged on a day between the demo's past and future
 * meetings (sg-2027-03 on 17 March is ahead, sg-2026-12 is history).
 */
const TODAY = '2027-03-01';

function changed(edit: (directory: Directory) => void): {
  before: Directory;
  after: Directory;
} {
  const before = demoDirectory();
  const after = structuredClone(before);
  edit(after);
  return { before, after };
}

function body(directory: Directory, id: string) {
  const found = directory.bodies.find((candidate) => candidate.id === id);
  assert.ok(found, `body ${id} is in the demo`);
  return found;
}

function meeting(directory: Directory, id: string) {
  const found = directory.meetings.find((candidate) => candidate.id === id);
  assert.ok(found, `meeting ${id} is in the demo`);
  return found;
}

function without<T extends { id: string }>(records: T[], id: string): T[] {
  assert.ok(
    records.some((record) => record.id === id),
    `${id} is in the demo`,
  );
  return records.filter((record) => record.id !== id);
}

describe('directory changes', () => {
  it('when nothing changed, then none is true and the preview says so', () => {
    const { before, after } = changed(() => {});
    const changes = directoryChanges(before, after, TODAY);
    assert.equal(changes.none, true);
    assert.equal(changes.organisationChanged, false);
    assert.deepEqual(changes.notable, []);
    assert.deepEqual(describeChanges(changes, 'de'), { counts: 'Keine Änderungen.', lines: [] });
    assert.deepEqual(describeChanges(changes, 'en'), { counts: 'No changes.', lines: [] });
  });

  it('when there is no directory before, then every record is added and nothing is singled out', () => {
    const after = demoDirectory();
    const changes = directoryChanges(undefined, after, TODAY);
    assert.equal(changes.none, false);
    assert.deepEqual(changes.counts.people, { added: after.people.length, removed: 0, changed: 0 });
    assert.deepEqual(changes.counts.meetings, {
      added: after.meetings.length,
      removed: 0,
      changed: 0,
    });
    assert.deepEqual(changes.notable, []);
  });

  it('when a future chair term goes to someone else, then that body and start date are reported', () => {
    const { before, after } = changed((directory) => {
      const term = body(directory, 'fag-uebergang').chairs.find(
        (chair) => chair.from === '2027-08-01',
      );
      assert.ok(term);
      term.person = 'jkaiser';
    });
    const changes = directoryChanges(before, after, TODAY);
    assert.deepEqual(changes.notable, [
      {
        kind: 'chair',
        bodyId: 'fag-uebergang',
        bodyName: 'Facharbeitsgruppe Systematisierung des Übergangs',
        before: 'Thomas Krüger',
        after: 'Julia Kaiser',
        from: '2027-08-01',
      },
    ]);
    assert.deepEqual(changes.counts.bodies, { added: 0, removed: 0, changed: 1 });
    assert.deepEqual(describeChanges(changes, 'de'), {
      counts: 'Gremien: 1 geändert',
      lines: [
        'Facharbeitsgruppe Systematisierung des Übergangs – Vorsitz ab 01.08.2027: Julia Kaiser (bisher: Thomas Krüger)',
      ],
    });
    assert.deepEqual(describeChanges(changes, 'en').lines, [
      'Facharbeitsgruppe Systematisierung des Übergangs – chair from 1 Aug 2027: Julia Kaiser (until now: Thomas Krüger)',
    ]);
  });

  it('when a new chair term is added after the last one, then it is reported without a chair before', () => {
    const { before, after } = changed((directory) => {
      body(directory, 'sg').chairs.push({
        person: 'jmueller',
        from: '2029-01-01',
        to: '2029-12-31',
      });
    });
    const changes = directoryChanges(before, after, TODAY);
    assert.deepEqual(changes.notable, [
      {
        kind: 'chair',
        bodyId: 'sg',
        bodyName: 'Steuerungsgruppe KAoA Bochum',
        before: undefined,
        after: 'Jürgen Müller',
        from: '2029-01-01',
      },
    ]);
  });

  it('when the chair in force today changes and a past term too, then only today’s is reported, from its start', () => {
    const { before, after } = changed((directory) => {
      const chairs = body(directory, 'sg').chairs;
      chairs[0]!.person = 'bgross'; // 2025: history
      chairs[2]!.person = 'bgross'; // 2027: in force today
    });
    const changes = directoryChanges(before, after, TODAY);
    assert.deepEqual(changes.notable, [
      {
        kind: 'chair',
        bodyId: 'sg',
        bodyName: 'Steuerungsgruppe KAoA Bochum',
        before: 'Jürgen Müller',
        after: 'Björn Groß',
        from: '2027-01-01',
      },
    ]);
  });

  it('when a person who owns goals, chairs and deputises leaves, then all of it is named', () => {
    const { before, after } = changed((directory) => {
      directory.people = without(directory.people, 'tkrueger');
    });
    const changes = directoryChanges(before, after, TODAY);
    assert.deepEqual(changes.counts.people, { added: 0, removed: 1, changed: 0 });
    assert.deepEqual(changes.notable, [
      {
        kind: 'person-left',
        personId: 'tkrueger',
        name: 'Thomas Krüger',
        owns: {
          goals: [
            'Z2.1 Anschlussvereinbarung für alle Schulabgängerinnen und Schulabgänger',
            'Z2.2 Gemeinsames Übergangsmonitoring',
          ],
          chairs: ['Facharbeitsgruppe Systematisierung des Übergangs'],
          deputyFor: ['Andrea Hoffmann'],
        },
      },
    ]);
    assert.deepEqual(describeChanges(changes, 'de').lines, [
      'Thomas Krüger verlässt das Verzeichnis (verantwortet Z2.1 „Anschlussvereinbarung für alle Schulabgängerinnen und Schulabgänger“, Z2.2 „Gemeinsames Übergangsmonitoring“; Vorsitz: Facharbeitsgruppe Systematisierung des Übergangs; Vertretung für: Andrea Hoffmann)',
    ]);
  });

  it('when a person is added, then their name and institution are reported', () => {
    const { before, after } = changed((directory) => {
      directory.people.push({
        id: 'abeck',
        name: 'Anna Beck',
        actor: 'koko',
        role: 'Koordination',
        email: 'anna.beck@example.org',
        coordinator: false,
      });
    });
    const changes = directoryChanges(before, after, TODAY);
    assert.deepEqual(changes.notable, [
      {
        kind: 'person-added',
        name: 'Anna Beck',
        actorName: 'Kommunale Koordinierungsstelle KAoA Bochum',
      },
    ]);
    assert.equal(
      describeChanges(changes, 'en').lines[0],
      'Anna Beck (Kommunale Koordinierungsstelle KAoA Bochum) joins the directory',
    );
  });

  it('when a future meeting moves, then its old and new start are reported', () => {
    const { before, after } = changed((directory) => {
      const sg = meeting(directory, 'sg-2027-03');
      sg.start = '2027-03-24T10:00';
      sg.end = '2027-03-24T12:30';
    });
    const changes = directoryChanges(before, after, TODAY);
    assert.deepEqual(changes.notable, [
      {
        kind: 'meeting-moved',
        meetingId: 'sg-2027-03',
        bodyName: 'Steuerungsgruppe KAoA Bochum',
        before: '2027-03-17T10:00',
        after: '2027-03-24T10:00',
      },
    ]);
    assert.deepEqual(describeChanges(changes, 'de'), {
      counts: 'Sitzungen: 1 geändert',
      lines: [
        'Steuerungsgruppe KAoA Bochum: Sitzung verschoben: 17.03.2027 10:00 → 24.03.2027 10:00 (wer schon erinnert wurde, bekommt einen Hinweis)',
      ],
    });
    assert.deepEqual(describeChanges(changes, 'en'), {
      counts: 'Meetings: 1 changed',
      lines: [
        'Steuerungsgruppe KAoA Bochum: meeting moved: 17 Mar 2027, 10:00 → 24 Mar 2027, 10:00 (anyone already reminded gets a notice)',
      ],
    });
  });

  it('when a meeting is added, then it is reported; when its body is unknown, then its id names it', () => {
    const { before, after } = changed((directory) => {
      directory.meetings.push(
        {
          ...meeting(directory, 'sg-2027-03'),
          id: 'sg-2027-04',
          start: '2027-04-14T10:00',
          end: '2027-04-14T12:00',
        },
        {
          ...meeting(directory, 'sg-2027-03'),
          id: 'x-2027-05',
          body: 'gibt-es-nicht',
          start: '2027-05-05T10:00',
          end: '2027-05-05T11:00',
        },
      );
    });
    const changes = directoryChanges(before, after, TODAY);
    assert.deepEqual(changes.notable, [
      {
        kind: 'meeting-added',
        bodyName: 'Steuerungsgruppe KAoA Bochum',
        start: '2027-04-14T10:00',
      },
      { kind: 'meeting-added', bodyName: 'gibt-es-nicht', start: '2027-05-05T10:00' },
    ]);
    assert.deepEqual(changes.counts.meetings, { added: 2, removed: 0, changed: 0 });
    assert.equal(
      describeChanges(changes, 'de').lines[0],
      'Steuerungsgruppe KAoA Bochum: neue Sitzung am 14.04.2027 10:00',
    );
  });

  it('when a future meeting is removed, then it is reported as cancelled', () => {
    const { before, after } = changed((directory) => {
      directory.meetings = without(directory.meetings, 'fag-ds-2027-04');
    });
    const changes = directoryChanges(before, after, TODAY);
    assert.deepEqual(changes.notable, [
      {
        kind: 'meeting-cancelled',
        meetingId: 'fag-ds-2027-04',
        bodyName: 'Facharbeitsgruppe Attraktivität des dualen Systems',
        start: '2027-04-21T13:00',
      },
    ]);
    assert.equal(
      describeChanges(changes, 'de').lines[0],
      'Facharbeitsgruppe Attraktivität des dualen Systems: Sitzung am 21.04.2027 13:00 abgesagt (wer schon erinnert wurde, bekommt einen Hinweis)',
    );
  });

  it('when a past meeting is removed, then it is counted but not reported', () => {
    const { before, after } = changed((directory) => {
      directory.meetings = without(directory.meetings, 'sg-2026-12');
    });
    const changes = directoryChanges(before, after, TODAY);
    assert.equal(changes.none, false);
    assert.deepEqual(changes.counts.meetings, { added: 0, removed: 1, changed: 0 });
    assert.deepEqual(changes.notable, []);
    assert.equal(describeChanges(changes, 'de').counts, 'Sitzungen: 1 entfernt');
  });

  it('when a goal’s owner changes and another goal is dropped, then both are reported', () => {
    const { before, after } = changed((directory) => {
      const goal = directory.goals.find((candidate) => candidate.id === 'Z1.1');
      assert.ok(goal);
      goal.owner = 'erichter';
      directory.goals = without(directory.goals, 'Z2.4');
    });
    const changes = directoryChanges(before, after, TODAY);
    assert.deepEqual(changes.notable, [
      {
        kind: 'goal-removed',
        goalId: 'Z2.4',
        title: 'Neu zugewanderte Jugendliche in KAoA einbinden',
      },
      {
        kind: 'goal-owner',
        goalId: 'Z1.1',
        title: 'Standardelemente an allen Schulen verlässlich umsetzen',
        before: 'Anja Weiß',
        after: 'Eva Richter',
      },
    ]);
    assert.deepEqual(describeChanges(changes, 'de'), {
      counts: 'Ziele: 1 entfernt, 1 geändert',
      lines: [
        'Ziel Z2.4 „Neu zugewanderte Jugendliche in KAoA einbinden“ entfällt (sein Verlauf bleibt erhalten)',
        'Ziel Z1.1 „Standardelemente an allen Schulen verlässlich umsetzen“: verantwortlich ist jetzt Eva Richter (bisher: Anja Weiß)',
      ],
    });
    assert.deepEqual(describeChanges(changes, 'en').lines, [
      'Goal Z2.4 “Neu zugewanderte Jugendliche in KAoA einbinden” is dropped (its history is kept)',
      'Goal Z1.1 “Standardelemente an allen Schulen verlässlich umsetzen”: now the responsibility of Eva Richter (until now: Anja Weiß)',
    ]);
  });

  it('when sections and the organisation change together, then one counts line names them in order', () => {
    const { before, after } = changed((directory) => {
      directory.organisation.name = 'KoKo Bochum';
      directory.people = without(directory.people, 'tkrueger');
      directory.people[0]!.role = 'Leitung';
      meeting(directory, 'sg-2027-03').location = 'Rathaus';
    });
    const changes = directoryChanges(before, after, TODAY);
    assert.equal(changes.organisationChanged, true);
    assert.equal(
      describeChanges(changes, 'de').counts,
      'Organisation: geändert · Personen: 1 entfernt, 1 geändert · Sitzungen: 1 geändert',
    );
    assert.equal(
      describeChanges(changes, 'en').counts,
      'Organisation: changed · People: 1 removed, 1 changed · Meetings: 1 changed',
    );
  });
});
