import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DateTime } from 'luxon';
import { DEMO_DIRECTORY_FILE } from '../../src/paths';
import { startTestAzurite, stopTestAzurite, type TestAzurite } from '../support/azurite';
import { runKokobot } from '../support/processes';

/** The demo directory plus a steering group meeting two days ago and one 400 days ahead. */
function directoryWithPastAndFarMeetings(): { file: string; past: string; far: string } {
  const today = DateTime.now().setZone('Europe/Berlin');
  const at = (date: DateTime) => date.toFormat("yyyy-MM-dd'T'10:00");
  const till = (date: DateTime) => date.toFormat("yyyy-MM-dd'T'12:00");
  const past = today.minus({ days: 2 });
  const far = today.plus({ days: 400 });
  const meeting = (id: string, date: DateTime) =>
    `  - id: ${id}\n    body: sg\n    start: ${at(date)}\n    end: ${till(date)}\n    location: Rathaus Bochum\n`;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-plan-')), 'plan.yaml');
  const demo = fs.readFileSync(DEMO_DIRECTORY_FILE, 'utf8').replace(/\n*$/, '\n');
  fs.writeFileSync(file, demo + meeting('sg-vorbei', past) + meeting('sg-spaeter', far));
  return { file, past: 'sg-vorbei', far: 'sg-spaeter' };
}

describe('kokobot reminders plan', function () {
  this.timeout(60_000);
  let azurite: TestAzurite;
  let env: Record<string, string>;
  let meetings: { past: string; far: string };
  before(async () => {
    azurite = await startTestAzurite();
    env = { TABLES_CONNECTION_STRING: azurite.connectionString };
    const { file, ...ids } = directoryWithPastAndFarMeetings();
    meetings = ids;
    const imported = await runKokobot(['import', file], env);
    assert.equal(imported.code, 0, imported.stderr);
  });
  after(async () => {
    await stopTestAzurite(azurite);
  });

  it('when asked for a meeting, then each row says in words what goes to whom, when (local time) and where it stands', async () => {
    const table = await runKokobot(['reminders', 'plan', '--meeting', 'sg-2027-03'], env);
    assert.equal(table.code, 0, table.stderr);
    const lines = table.stdout.trim().split('\n');
    assert.match(lines[0]!, /^ART\s+SITZUNG\s+WANN\s+EMPFÄNGER\s+WEG\s+ZEITPUNKT\s+STAND$/);
    assert.ok(
      lines.some((line) =>
        /^Erinnerung\s+sg-2027-03\s+7 Tage vorher\s+Björn Groß\s+nicht erreichbar \(noch kein Chat mit dem Bot\)\s+Mittwoch, 10\.3\.2027, 09:00 Uhr\s+geplant$/.test(
          line,
        ),
      ),
      table.stdout,
    );
    assert.ok(
      lines.some((line) =>
        /^Status-Runde: Karte an Andrea Hoffmann\s+sg-2027-03\s+10 Tage vorher\s+Andrea Hoffmann\s/.test(
          line,
        ),
      ),
      table.stdout,
    );
    assert.ok(lines.some((line) => /^Zwischenbilanz\s+sg-2027-03\s+1 Tag vorher\s/.test(line)));
    assert.doesNotMatch(table.stdout, /GMT|P7D|P1D|pending|reminder\b/);
  });

  it('when asked with --json, then scripts get codes and instants', async () => {
    const json = await runKokobot(['reminders', 'plan', '--meeting', 'sg-2027-03', '--json'], env);
    assert.equal(json.code, 0, json.stderr);
    const parsed = (
      JSON.parse(json.stdout) as {
        kind: string;
        meeting: string;
        offset: string;
        state: string;
        dueAt: string;
      }[]
    ).filter((line) => line.kind === 'reminder');
    assert.ok(parsed.length > 10);
    assert.ok(
      parsed.every(
        (line) =>
          line.meeting === 'sg-2027-03' &&
          ['P7D', 'P1D'].includes(line.offset) &&
          line.state === 'planned' &&
          !Number.isNaN(Date.parse(line.dueAt)),
      ),
    );
  });

  it('when a meeting is more than the service horizon ahead, then --meeting still plans it', async () => {
    const table = await runKokobot(['reminders', 'plan', '--meeting', meetings.far], env);
    assert.equal(table.code, 0, table.stderr);
    const rows = table.stdout.trim().split('\n').slice(1);
    assert.ok(rows.length > 10, table.stdout);
    assert.ok(
      rows.every((row) => row.includes(meetings.far) && /\sgeplant$/.test(row)),
      table.stdout,
    );
  });

  it('when a meeting is past, then its rows are marked as never to be sent', async () => {
    const table = await runKokobot(['reminders', 'plan', '--meeting', meetings.past], env);
    assert.equal(table.code, 0, table.stderr);
    const rows = table.stdout.trim().split('\n').slice(1);
    assert.ok(rows.length > 10, table.stdout);
    assert.ok(
      rows.every((row) => /\sverpasst – wird nicht mehr gesendet$/.test(row)),
      table.stdout,
    );
  });

  it('when the locale is English, then the words are English', async () => {
    const table = await runKokobot(['reminders', 'plan', '--meeting', 'sg-2027-03'], {
      ...env,
      LANG: 'en_US.UTF-8',
    });
    assert.match(table.stdout, /^KIND\s+MEETING\s+WHEN\s+RECIPIENT\s+CHANNEL\s+DUE\s+STATE\n/);
    assert.match(
      table.stdout,
      /\nreminder\s+sg-2027-03\s+7 days before\s+Björn Groß\s+unreachable \(no chat with the bot yet\)\s+Wednesday 10 Mar 2027, 09:00\s+planned\n/,
    );
  });

  it('when the meeting is unknown, then it says so and exits 2', async () => {
    const unknown = await runKokobot(['reminders', 'plan', '--meeting', 'gibt-es-nicht'], env);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /^Im Verzeichnis gibt es keine Sitzung „gibt-es-nicht“\.\n/);
  });
});
