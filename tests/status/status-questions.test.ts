import assert from 'node:assert/strict';
import type { ReportResult } from '../../src/reports/zwischenbilanz';
import { StatusQuestions } from '../../src/status/status-questions';
import type { GoalStatus } from '../../src/status/submission';
import { demoDirectory } from '../support/demo';

/** Status questions over the demo's goals, each reported with the status given (none: not reported). */
function questions(statuses: Record<string, GoalStatus>, copies = 1): StatusQuestions {
  const demo = demoDirectory();
  // copies > 1: each goal again as "Z1.1-2", …, for a long list.
  const goals = Array.from({ length: copies }, (_, copy) =>
    demo.goals.map((goal) => (copy ? { ...goal, id: `${goal.id}-${copy + 1}` } : goal)),
  ).flat();
  const directory = { ...demo, goals };
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
      : statuses['*']
        ? {
            goalId: goal.id,
            author: goal.owner,
            status: statuses['*'],
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
    assert.equal(
      reply.text,
      '2 Ziele sind zurzeit „nicht im Plan“: Z1.1 Standardelemente an allen Schulen verlässlich umsetzen (gefährdet) und Z2.1 Anschlussvereinbarung für alle Schulabgängerinnen und Schulabgänger (verzögert).',
    );
  });

  it('when the goals of one status are asked, then the text starts with how many and names each goal by its title', async () => {
    const reply = await questions({ 'Z1.1': 'at-risk', 'Z2.1': 'on-track' }).answer({
      status: 'at-risk',
      language: 'en',
      personId: member,
    });
    assert.equal(
      reply.text,
      '1 goal is "at risk" at the moment: Z1.1 Standardelemente an allen Schulen verlässlich umsetzen.',
    );
  });

  it('when more than twenty goals have the status asked, then ten are named and the rest counted', async () => {
    const many = demoDirectory().goals.length * 2;
    const reply = await questions({ '*': 'delayed' }, 2).answer({
      status: 'delayed',
      language: 'de',
      personId: member,
    });
    assert.ok(many > 20);
    assert.match(reply.text, new RegExp(`^${many} Ziele sind zurzeit „verzögert“`));
    assert.match(reply.text, new RegExp(`und ${many - 10} weitere\\.$`));
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
