import assert from 'node:assert/strict';
import { formatPlan, type PlanLine } from '../../src/cli/reminders-plan';
import { cliTranslator } from '../../src/i18n/cli';

const line = (state: PlanLine['state'], reason?: string): PlanLine => ({
  kind: 'status',
  meeting: 'sg-2026-12',
  body: 'Steuerungsgruppe',
  offset: 'P10D',
  recipient: 'Stefan Schulte',
  owner: 'Stefan Schulte',
  channel: 'unreachable',
  dueAt: '2026-11-27T08:00:00Z',
  dueLocal: '2026-11-27T09:00:00+01:00',
  state,
  reason,
});

describe('kokobot reminders plan, worded', () => {
  const options = { t: cliTranslator('de'), language: 'de' as const };
  it('when a status card waits for its owner’s first chat, then the row says so once, in German', () => {
    const text = formatPlan([line('waiting-for-chat', 'waiting for a chat')], options);
    assert.match(text, /wartet auf einen Chat/);
    assert.doesNotMatch(text, /waiting for a chat/);
  });
  it('when an outbox row carries a reason of another state, then the reason is shown beside it', () => {
    const text = formatPlan([line('skipped', 'member is away')], options);
    assert.match(text, /member is away/);
  });
});
