import assert from 'node:assert/strict';
import type { ReportResult } from '../../src/reports/zwischenbilanz';
import { StatusQuestions } from '../../src/status/status-questions';
import type { GoalStatus } from '../../src/status/submission';
import { demoDirectory } from '../support/demo';

/** Status questions over the demo's goals, each reported with the status given (none: not reported). */
function questions(statuses: Record<string, GoalStatus>): StatusQuestions {
  const directory = demoDirectory();
  const lines = directory.goals.map((goal) => ({
    goal,
    latest: statuses[goal.id]
      ? {
          goalId: goal.id,
          author: goal.owner,
          status: statuses[goal.id]!,
          progress: 50,
          at: '2026-11-20T09:00:00Z',
        }
      : undefined,
  }));
  const result = {
    directory,
    report: { sections: [{ lines }] },
    scopeName: 'alle Ziele',
    subtitle: 'Stand 24.11.2026',
  } as unknown as ReportResult;
  return new StatusQuestions({ reports: { build: async () => ({ kind: 'report', result }) } });
}

const member = demoDirectory().people[0]!.id;

describe('status questions answered from the stored reports', () => {
  it('when the goals off track are asked, then those at risk and those delayed are listed, each with its status', async () => {
    const reply = await questions({
      'Z1.1': 'at-risk',
      'Z2.1': 'delayed',
      'Z2.2': 'on-track',
    }).answer({ status: 'off-track', language: 'de', personId: member });
    assert.equal(reply.text, 'Zurzeit „nicht im Plan“: Z1.1 (gefährdet), Z2.1 (verzögert).');
  });

  it('when no goal is off track, then the answer says that none is at risk or delayed', async () => {
    const reply = await questions({ 'Z1.1': 'on-track', 'Z2.1': 'done' }).answer({
      status: 'off-track',
      language: 'en',
      personId: member,
    });
    assert.equal(reply.text, 'No goal is at risk or delayed at the moment.');
  });

  it('when one goal is asked whether it is off track, then Ja or Nein comes first', async () => {
    const delayed = questions({ 'Z2.1': 'delayed' });
    const yes = await delayed.answer({
      subject: 'goals/Z2.1',
      status: 'off-track',
      language: 'de',
      personId: member,
    });
    assert.match(yes.kind === 'text' ? yes.text : '', /^Ja – Z2\.1 .*: verzögert, 50 %/);
    const onTrack = questions({ 'Z2.1': 'on-track' });
    const no = await onTrack.answer({
      subject: 'goals/Z2.1',
      status: 'off-track',
      language: 'de',
      personId: member,
    });
    assert.match(no.kind === 'text' ? no.text : '', /^Nein – Z2\.1 .*: im Plan/);
  });
});
