import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Files (relative to src/) that contain the pattern outside comments. */
function filesWith(pattern: RegExp): string[] {
  return sourceFiles(SRC)
    .filter((file) => {
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      return pattern.test(code);
    })
    .map((file) => path.relative(SRC, file).split(path.sep).join('/'))
    .sort();
}

/**
 * Every proactive message goes through the durable outbox: the scheduler claims a row and the
 * ProactiveSender sends it (rate limit, 429 pause, retries, exactly once). Nothing else may write
 * to a conversation outside the turn that is being answered.
 */
describe('proactive sends only through the outbox (a check over src/)', () => {
  it('when a file uses the Messenger, then it is the outbox’s ProactiveSender or the Teams edge that builds it', () => {
    assert.deepEqual(filesWith(/from '[./]*\/?teams\/proactive'|from '\.\/proactive'/), [
      'reminders/proactive-sender.ts',
      'teams/connector-messenger.ts',
      'teams/index.ts',
    ]);
    assert.deepEqual(filesWith(/connector-messenger'/), ['teams/index.ts']);
  });

  it('when a file continues a conversation through botbuilder, then none does: proactive sends go through kokobot’s own connector client', () => {
    assert.deepEqual(filesWith(/continueConversation/), []);
  });

  it('when a file sends or updates an activity on a TurnContext, then it answers the turn in teams/', () => {
    assert.deepEqual(
      filesWith(/\.(sendActivity|sendActivities|updateActivity|deleteActivity)\s*\(/),
      ['teams/bot.ts', 'teams/outgoing.ts', 'teams/turn-error.ts'],
    );
  });

  it('when a file talks to the connector’s conversations API, then none does: replies go through botbuilder as published', () => {
    assert.deepEqual(filesWith(/sendToConversation|createConversation|replyToActivity/), []);
  });
});
