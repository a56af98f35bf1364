import assert from 'node:assert/strict';
import type { Directory } from '../../src/directory/model';
import { directoryInEffect, scheduledMeetings } from '../../src/meetings/occurrences';
import { membersOf } from '../../src/directory/members';
import { dueTime, planReminders } from '../../src/reminders/plan';
import { demoDirectory } from '../support/demo';

const utc = (directory: Directory, start: string, offset: string) =>
  dueTime(directory, start, offset).toUTC().toISO();

describe('reminder planning (pure)', () => {
  const directory = demoDirectory();

  const cases: [string, string, string, string][] = [
    [
      '7 days before a Wednesday meeting: the Wednesday before, 09:00 CET',
      '2026-12-09T10:00',
      'P7D',
      '2026-12-02T08:00:00.000Z',
    ],
    [
      '1 day before a Monday: Sunday is no working day, so Friday 09:00',
      '2027-02-22T10:00',
      'P1D',
      '2027-02-19T08:00:00.000Z',
    ],
    [
      'the day after the spring-forward (Mon 29 March 2027), 7 days: Monday 22 March, 09:00 CET',
      '2027-03-29T09:30',
      'P7D',
      '2027-03-22T08:00:00.000Z',
    ],
    [
      'the day after the spring-forward, 1 day: Sunday, Good Friday (holiday) → Thursday 25 March, 09:00 CET',
      '2027-03-29T09:30',
      'P1D',
      '2027-03-25T08:00:00.000Z',
    ],
    [
      'the day after the fall-back (Mon 1 Nov 2027), 1 day: Sunday → Friday 29 Oct, 09:00 CEST',
      '2027-11-01T10:00',
      'P1D',
      '2027-10-29T07:00:00.000Z',
    ],
    [
      'the day after the fall-back, 7 days: Monday 25 Oct, 09:00 CEST',
      '2027-11-01T10:00',
      'P7D',
      '2027-10-25T07:00:00.000Z',
    ],
    [
      'a reminder due on a public holiday (3 Oct 2027 is a Sunday; 6 May 2027 Ascension is a Thursday)',
      '2027-05-07T10:00',
      'P1D',
      '2027-05-05T07:00:00.000Z',
    ],
    [
      'an offset under a day goes out exactly that long before the start',
      '2027-03-29T09:30',
      'PT2H',
      '2027-03-29T05:30:00.000Z',
    ],
  ];
  for (const [what, start, offset, expected] of cases) {
    it(`when ${what}, then it is due at ${expected}`, () => {
      assert.equal(utc(directory, start, offset), expected);
    });
  }

  it('when a body lists institutions and people, then every person of those institutions is a member, once', () => {
    const members = membersOf(directory, 'sg');
    const aaPeople = directory.people
      .filter((person) => person.actor === 'aa')
      .map((person) => person.id);
    assert.ok(aaPeople.length > 0);
    for (const person of aaPeople) assert.ok(members.includes(person), person);
    assert.equal(new Set(members).size, members.length);
  });

  it('when a meeting is planned, then each member gets one reminder per offset', () => {
    const meetings = scheduledMeetings(directory, { from: '2026-12-01', to: '2026-12-31' }).filter(
      (meeting) => meeting.id === 'sg-2026-12',
    );
    const planned = planReminders({ directory, meetings });
    const members = membersOf(directory, 'sg');
    assert.equal(planned.length, members.length * 2);
    assert.deepEqual([...new Set(planned.map((entry) => entry.offset))].sort(), ['P1D', 'P7D']);
  });

  it('when someone switched reminders off, is away, or declined, then they get none', () => {
    const meetings = scheduledMeetings(directory, { from: '2026-12-01', to: '2026-12-31' }).filter(
      (meeting) => meeting.id === 'sg-2026-12',
    );
    const planned = planReminders({
      directory,
      meetings,
      preferences: new Map([
        ['bgross', { remindersOff: true }],
        ['tbecker', { awayUntil: '2026-12-05' }],
      ]),
      declined: new Set(['sg-2026-12|jmueller']),
    });
    const to = (person: string) =>
      planned.filter((entry) => entry.personId === person).map((entry) => entry.offset);
    assert.deepEqual(to('bgross'), []);
    assert.deepEqual(
      to('tbecker'),
      ['P1D'],
      'the 7-day reminder falls into the absence, the 1-day one does not',
    );
    assert.deepEqual(to('jmueller'), []);
  });

  it('when a body has a recurring schedule, then its occurrences are meetings, and an explicit meeting wins on the same day', () => {
    const withSchedule = demoDirectory();
    const body = withSchedule.bodies.find((candidate) => candidate.id === 'sg')!;
    body.schedule = {
      rrule: 'FREQ=MONTHLY;BYDAY=2WE',
      from: '2026-12-01',
      start: '14:00',
      end: '16:00',
      location: 'Rathaus',
      agenda: [],
    };
    const meetings = scheduledMeetings(withSchedule, {
      from: '2026-12-01',
      to: '2027-02-28',
    }).filter((meeting) => meeting.body === 'sg');
    assert.deepEqual(
      meetings.map((meeting) => `${meeting.id} ${meeting.start}`),
      [
        'sg-2026-12 2026-12-09T10:00',
        'sg@2027-01-13 2027-01-13T14:00',
        'sg@2027-02-10 2027-02-10T14:00',
      ],
    );
  });

  it('when questions look at meetings, then they see recurring occurrences, moves and no cancelled meetings', () => {
    const withSchedule = demoDirectory();
    withSchedule.bodies.find((body) => body.id === 'ak-stubo')!.schedule = {
      rrule: 'FREQ=MONTHLY;BYDAY=1TU',
      from: '2026-12-01',
      start: '15:00',
      end: '16:30',
      location: 'Bildungszentrum',
      agenda: [],
    };
    const inEffect = directoryInEffect(
      withSchedule,
      [
        { meetingId: 'sg-2026-12', kind: 'cancelled' },
        {
          meetingId: 'sg-2027-03',
          kind: 'moved',
          start: '2027-03-24T10:00',
          end: '2027-03-24T12:30',
        },
      ],
      '2026-11-24',
    );
    const ids = inEffect.meetings.map((meeting) => meeting.id);
    assert.ok(ids.includes('ak-stubo@2026-12-01'));
    assert.ok(!ids.includes('sg-2026-12'));
    assert.equal(
      inEffect.meetings.find((meeting) => meeting.id === 'sg-2027-03')?.start,
      '2027-03-24T10:00',
    );
    assert.equal(ids.length, new Set(ids).size);
  });
});
