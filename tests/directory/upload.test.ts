import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { stringify } from 'yaml';
import type { Directory } from '../../src/directory/model';
import { parseDirectory } from '../../src/directory/parse';
import { FILE_DOWNLOAD_INFO } from '../../src/teams/activity';
import { parseWorkbook, writeWorkbook } from '../../src/directory/workbook';
import { BOT_ID, startBot, TENANT, type BotHarness } from '../support/bot-harness';
import { textOf, type CaughtActivity } from '../support/connector-emulator';
import { demoDirectory } from '../support/demo';
import { chatOf, installFor, teamsUser } from '../support/members';

/*
 * The directory kept by the coordinators in Teams (issue 17), over real HTTP through the real
 * CloudAdapter and a real Azurite; the connector emulator catches the replies and serves the files
 * behind the attachments' downloadUrl.
 */

const COORDINATOR = 'ahoffmann';
const OTHER_COORDINATOR = 'tkrueger';
const MEMBER = 'jmueller';

interface CardBody {
  actions?: { type: string; verb?: string; data?: { previewId?: string }; url?: string }[];
}

/** Storage keeps records by id: compare sections in id order. */
function byId(directory: Directory): Directory {
  const sorted = <T extends { id: string }>(records: T[]) =>
    [...records].sort((a, b) => a.id.localeCompare(b.id));
  return {
    ...directory,
    actors: sorted(directory.actors),
    people: sorted(directory.people),
    bodies: sorted(directory.bodies),
    fields: sorted(directory.fields),
    goals: sorted(directory.goals),
    meetings: sorted(directory.meetings),
  };
}

function changedDirectory(): Directory {
  const directory = structuredClone(demoDirectory());
  const sg = directory.bodies.find((body) => body.id === 'sg')!;
  // The chair of 2028 goes to someone else.
  sg.chairs = sg.chairs.map((chair) =>
    chair.from === '2028-01-01' ? { ...chair, person: 'aweiss' } : chair,
  );
  const meeting = directory.meetings.find((candidate) => candidate.id === 'sg-2027-03')!;
  meeting.start = '2027-03-24T10:00';
  meeting.end = '2027-03-24T12:30';
  directory.people.push({
    id: 'nneu',
    name: 'Nina Neumann',
    actor: 'koko',
    role: 'Referentin Übergangsmonitoring',
    email: 'nina.neumann@example.org',
    coordinator: false,
  });
  return directory;
}

describe('the directory sent in Teams: preview, confirm, history, download (real HTTP, real Azurite)', function () {
  this.timeout(60_000);
  let bot: BotHarness;
  let now = new Date('2026-12-03T10:00:00Z');

  before(async () => {
    bot = await startBot({ overrides: { clock: () => now } });
    await installFor(bot, demoDirectory(), [COORDINATOR, OTHER_COORDINATOR, MEMBER]);
  });
  after(async () => bot?.close());
  afterEach(() => {
    now = new Date('2026-12-03T10:00:00Z');
  });

  /** `personId` sends `file` (served by the emulator) in their personal chat; the bot's reply. */
  async function sendFile(personId: string, name: string, body: string | Buffer, served = name) {
    const downloadUrl = bot.connector.serveFile(served, body);
    const id = randomUUID();
    const before = bot.connector.activities.length;
    await bot.message('', {
      id,
      from: teamsUser(personId),
      conversation: { id: chatOf(personId), conversationType: 'personal' },
      attachments: [
        { contentType: FILE_DOWNLOAD_INFO, name, content: { downloadUrl, fileType: 'yaml' } },
      ],
    });
    return bot.connector.waitFor(
      (activity) =>
        bot.connector.activities.indexOf(activity) >= before && activity.body.replyToId === id,
    );
  }

  const cardOf = (activity: CaughtActivity) =>
    (activity.body.attachments?.[0]?.content ?? {}) as CardBody;
  const previewIdOf = (activity: CaughtActivity) =>
    cardOf(activity).actions?.find((action) => action.verb === 'directory-confirm')?.data
      ?.previewId;

  async function press(personId: string, verb: string, previewId: string | undefined) {
    const response = await bot.invoke(teamsUser(personId), chatOf(personId), verb, { previewId });
    const body = (await response.json()) as { type: string; value: unknown };
    if (body.type === 'application/vnd.microsoft.activity.message') return String(body.value);
    const card = body.value as { fallbackText?: string };
    return card.fallbackText ?? '';
  }

  const ask = async (personId: string, text: string) =>
    textOf(await bot.say(teamsUser(personId), chatOf(personId), text));
  /** The history card's lines: each entry's title and subtitle, as shown. */
  const historyOf = async (personId: string) => {
    const card = cardOf(await bot.say(teamsUser(personId), chatOf(personId), 'Verlauf'));
    const texts: string[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const record = node as Record<string, unknown>;
        if (record.type === 'TextRun' && typeof record.text === 'string') texts.push(record.text);
        Object.values(record).forEach(walk);
      }
    };
    walk(card);
    return texts.join('\n');
  };

  it('when a coordinator sends a changed directory and confirms it, then the preview shows exactly those changes and the answers follow', async () => {
    now = new Date(now.getTime() + 60_000);
    const before = await bot.app.directory.current();
    const reply = await sendFile(COORDINATOR, 'verzeichnis.yaml', stringify(changedDirectory()));
    const text = textOf(reply);
    assert.match(text, /^Neues Verzeichnis: Vorschau/);
    assert.match(text, /^Personen: 1 neu · Gremien: 1 geändert · Sitzungen: 1 geändert$/m);
    assert.match(
      text,
      /Steuerungsgruppe KAoA Bochum – Vorsitz ab 01\.01\.2028: Anja Weiß \(bisher: Björn Groß\)/,
    );
    assert.match(text, /Sitzung verschoben: 17\.03\.2027 10:00 → 24\.03\.2027 10:00/);
    assert.match(text, /Nina Neumann/);
    const previewId = previewIdOf(reply);
    assert.ok(previewId, 'the preview has „Übernehmen“');
    // Nothing changes before the confirm.
    assert.equal((await bot.app.directory.current())?.version, before?.version);

    const outcome = await press(COORDINATOR, 'directory-confirm', previewId);
    assert.match(
      outcome,
      /Übernommen: Version \S+, von Andrea Hoffmann am 03\.12\.2026, 11:01 Uhr\./,
    );
    assert.notEqual((await bot.app.directory.current())?.version, before?.version);
    assert.match(await ask(MEMBER, 'Wann tagt die SG im März?'), /24\. März 2027/);
    // The same press again (Teams retried): the same outcome, nothing twice.
    assert.match(
      await press(COORDINATOR, 'directory-confirm', previewId),
      /^Neues Verzeichnis[\s\S]*Übernommen/,
    );
    const history = await historyOf(COORDINATOR);
    assert.match(
      history,
      /1\. 03\.12\.2026, 11:01 Uhr – Andrea Hoffmann \(in Teams gesendet\) – gilt jetzt/,
    );
    assert.match(history, /verzeichnis\.yaml · Personen: 1 neu/);
  });

  it('when someone who is not a coordinator sends a file or presses a forged confirm, then the file is never fetched and nothing changes', async () => {
    const version = (await bot.app.directory.current())?.version;
    const reply = await sendFile(MEMBER, 'mein.yaml', stringify(changedDirectory()));
    assert.match(
      textOf(reply),
      /^Das Verzeichnis pflegt die Koordinierungsstelle \(Andrea Hoffmann, /,
    );
    assert.equal(bot.connector.fileFetches.get('mein.yaml'), undefined);
    const preview = await sendFile(COORDINATOR, 'zweite.yaml', stringify(demoDirectory()));
    const previewId = previewIdOf(preview);
    assert.ok(previewId);
    assert.match(await press(MEMBER, 'directory-confirm', previewId), /^Das Verzeichnis pflegt/);
    assert.match(
      await press(COORDINATOR, 'directory-confirm', 'f'.repeat(24)),
      /veraltet|nicht mehr/i,
    );
    assert.equal((await bot.app.directory.current())?.version, version);
    assert.match(await press(COORDINATOR, 'directory-discard', previewId), /Verworfen\./);
    assert.match(
      await press(COORDINATOR, 'directory-confirm', previewId),
      /Verworfen von Andrea Hoffmann/,
    );
    assert.equal((await bot.app.directory.current())?.version, version);
  });

  it('when a broken file is sent, then every error is listed with its place and there is nothing to confirm', async () => {
    const version = (await bot.app.directory.current())?.version;
    const broken = structuredClone(demoDirectory());
    broken.people[0]!.email = 'keine-adresse';
    broken.goals[0]!.owner = 'mmeier';
    const reply = await sendFile(COORDINATOR, 'kaputt.yaml', stringify(broken));
    const text = textOf(reply);
    assert.match(text, /So kann die Datei nicht übernommen werden/);
    assert.match(text, /2 Fehler/);
    assert.match(text, /Zeile \d+, Personen Nr\. 1 \(ahoffmann\), „email“/);
    assert.match(text, /mmeier/);
    assert.equal(previewIdOf(reply), undefined);
    assert.match(
      textOf(await sendFile(COORDINATOR, 'notiz.txt', 'hallo')),
      /Excel-Dateien \(\.xlsx\) und YAML/,
    );
    // A workbook with errors: each at its sheet and cell.
    const located = textOf(await sendFile(COORDINATOR, 'kaputt.xlsx', await writeWorkbook(broken)));
    assert.match(located, /Personen!D\d+ \(E-Mail\)/);
    assert.match(located, /Ziele!F\d+ \(Verantwortlich\).*mmeier/);
    assert.match(
      textOf(await sendFile(COORDINATOR, 'falsch.xlsx', 'kein zip')),
      /keine Excel-Arbeitsmappe/,
    );
    assert.equal((await bot.app.directory.current())?.version, version);
  });

  it('when two coordinators confirm different files at once, then exactly one wins and the other is told it changed meanwhile', async () => {
    const one = structuredClone(demoDirectory());
    one.people[1]!.role = 'Erste Fassung';
    const two = structuredClone(demoDirectory());
    two.people[1]!.role = 'Zweite Fassung';
    const first = previewIdOf(await sendFile(COORDINATOR, 'eins.yaml', stringify(one)));
    const second = previewIdOf(await sendFile(OTHER_COORDINATOR, 'zwei.yaml', stringify(two)));
    const outcomes = await Promise.all([
      press(COORDINATOR, 'directory-confirm', first),
      press(OTHER_COORDINATOR, 'directory-confirm', second),
    ]);
    assert.equal(outcomes.filter((outcome) => /Übernommen: Version/.test(outcome)).length, 1);
    assert.equal(outcomes.filter((outcome) => /Inzwischen geändert/.test(outcome)).length, 1);
  });

  it('when a preview is confirmed after 30 minutes, then it has expired and nothing changes', async () => {
    const version = (await bot.app.directory.current())?.version;
    const previewId = previewIdOf(
      await sendFile(COORDINATOR, 'spaet.yaml', stringify(changedDirectory())),
    );
    now = new Date(now.getTime() + 31 * 60_000);
    assert.match(await press(COORDINATOR, 'directory-confirm', previewId), /abgelaufen/);
    assert.equal((await bot.app.directory.current())?.version, version);
  });

  it('when an earlier version is restored, then it goes through the same preview and confirm and is in force again', async () => {
    const history = await historyOf(COORDINATOR);
    // The directory of the first start, whatever came since.
    const first = history.split('\n').find((line) => /– erster Start/.test(line));
    const number = Number(first?.match(/^(\d+)\. /)?.[1]);
    assert.ok(number >= 2, history);
    const reply = await bot.say(
      teamsUser(COORDINATOR),
      chatOf(COORDINATOR),
      `Version wiederherstellen ${number}`,
    );
    assert.match(textOf(reply), /^Frühere Version wiederherstellen: Vorschau/);
    const outcome = await press(COORDINATOR, 'directory-confirm', previewIdOf(reply));
    assert.match(outcome, /Übernommen/);
    assert.deepEqual(byId((await bot.app.directory.current())!.directory), byId(demoDirectory()));
    assert.match(await historyOf(COORDINATOR), /\(wiederhergestellt\) – gilt jetzt/);
    assert.match(await ask(COORDINATOR, 'Version wiederherstellen 40'), /gibt es im Verlauf nicht/);
  });

  it('when a coordinator downloads the directory, then a signed link gives the directory in force, and an altered link gives nothing', async () => {
    const reply = await bot.say(
      teamsUser(COORDINATOR),
      chatOf(COORDINATOR),
      'Verzeichnis herunterladen',
    );
    const url = cardOf(reply).actions?.find(
      (action) => action.type === 'Action.OpenUrl' && /\.yaml\?/.test(action.url ?? ''),
    )?.url;
    assert.ok(url, textOf(reply));
    const response = await fetch(url);
    assert.equal(response.status, 200);
    const parsed = parseDirectory(await response.text());
    assert.ok(parsed.ok);
    assert.deepEqual(byId(parsed.directory), byId((await bot.app.directory.current())!.directory));
    assert.equal((await fetch(url.replace(/t=[^&]+/, 't=forged'))).status, 404);
    assert.match(await ask(MEMBER, 'Verzeichnis herunterladen'), /^Das Verzeichnis pflegt/);
  });

  it('when a coordinator edits the downloaded workbook (a chair, a meeting, a new person) and sends it back, then the preview shows exactly those changes, and after the confirm the answers follow', async () => {
    now = new Date(now.getTime() + 5 * 60_000);
    const reply = await bot.say(
      teamsUser(COORDINATOR),
      chatOf(COORDINATOR),
      'Verzeichnis herunterladen',
    );
    const url = cardOf(reply).actions?.find(
      (action) => action.type === 'Action.OpenUrl' && /\.xlsx\?/.test(action.url ?? ''),
    )?.url;
    assert.ok(url, textOf(reply));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await (await fetch(url)).arrayBuffer()) as never);
    const cell = (sheet: string, match: (row: ExcelJS.Row) => boolean, title: string) => {
      const worksheet = workbook.getWorksheet(sheet)!;
      const header = worksheet.getRow(1).values as unknown[];
      const column = header.indexOf(title);
      let found: ExcelJS.Cell | undefined;
      worksheet.eachRow((row, number) => {
        if (number > 1 && match(row)) found = row.getCell(column);
      });
      assert.ok(found, `${sheet} ${title}`);
      return found!;
    };
    // The 2028 chair of the SG goes to Anja Weiß.
    cell(
      'Vorsitze',
      (row) => row.getCell(1).text === 'sg' && row.getCell(3).text.includes('2028'),
      'Person',
    ).value = 'aweiss';
    // The SG meeting of 17 March moves to 24 March.
    cell('Sitzungen', (row) => row.getCell(1).text === 'sg-2027-03', 'Beginn').value =
      '24.03.2027 10:00';
    cell('Sitzungen', (row) => row.getCell(1).text === 'sg-2027-03', 'Ende').value =
      '24.03.2027 12:30';
    // A new person.
    workbook
      .getWorksheet('Personen')!
      .addRow([
        'nneu',
        'Nina Neumann',
        'koko',
        'nina.neumann@example.org',
        'Referentin Übergangsmonitoring',
        '',
        'nein',
      ]);
    const edited = Buffer.from(await workbook.xlsx.writeBuffer());
    const preview = await sendFile(COORDINATOR, 'verzeichnis.xlsx', edited, 'bearbeitet.xlsx');
    const text = textOf(preview);
    assert.match(text, /^Personen: 1 neu · Gremien: 1 geändert · Sitzungen: 1 geändert$/m);
    const changeLines = text.split('\n').slice(2);
    assert.deepEqual(changeLines, [
      'Steuerungsgruppe KAoA Bochum – Vorsitz ab 01.01.2028: Anja Weiß (bisher: Björn Groß)',
      'Nina Neumann (Kommunale Koordinierungsstelle KAoA Bochum) kommt neu ins Verzeichnis',
      'Steuerungsgruppe KAoA Bochum: Sitzung verschoben: 17.03.2027 10:00 → 24.03.2027 10:00 (wer schon erinnert wurde, bekommt einen Hinweis)',
    ]);
    assert.match(await press(COORDINATOR, 'directory-confirm', previewIdOf(preview)), /Übernommen/);
    assert.match(await ask(MEMBER, 'Wer leitet die SG 2028?'), /Anja Weiß/);
    assert.match(await ask(MEMBER, 'Wann tagt die SG im März?'), /24\. März 2027/);
    assert.match(await ask(MEMBER, 'Wer ist Nina Neumann?'), /Referentin Übergangsmonitoring/);
    // The reminders follow: the moved meeting's reminders are planned for its new start.
    await bot.app.reminders.reconcile();
    const planned = (await bot.app.outbox.forMeeting('sg-2027-03')).filter(
      (entry) => entry.state === 'pending',
    );
    assert.ok(planned.length > 0, 'reminders are planned for the moved meeting');
    assert.ok(
      planned.every((entry) => entry.meetingStart === '2027-03-24T10:00'),
      JSON.stringify(planned.map((e) => e.meetingStart)),
    );
  });

  it('when a coordinator downloads the directory in personal chat, then Teams asks first (file consent), and an accepted offer is uploaded and shown as a file; a forged one is not', async () => {
    const reply = await bot.say(
      teamsUser(COORDINATOR),
      chatOf(COORDINATOR),
      'Verzeichnis herunterladen',
    );
    const offer = reply.body.attachments?.find(
      (attachment) =>
        attachment.contentType === 'application/vnd.microsoft.teams.card.file.consent',
    ) as unknown as {
      name: string;
      content: { acceptContext: Record<string, string>; sizeInBytes: number };
    };
    assert.ok(offer, 'a file consent card is offered');
    assert.match(offer.name, /^verzeichnis-.+\.xlsx$/);
    const consent = (user: string, action: string, context: unknown) =>
      bot.send({
        type: 'invoke',
        name: 'fileConsent/invoke',
        id: randomUUID(),
        channelId: 'msteams',
        serviceUrl: bot.connector.url,
        locale: 'de-DE',
        from: teamsUser(user),
        recipient: { id: BOT_ID },
        conversation: { id: chatOf(user), conversationType: 'personal', tenantId: TENANT },
        channelData: { tenant: { id: TENANT } },
        value: {
          type: 'fileUpload',
          action,
          context,
          uploadInfo: {
            name: offer.name,
            uploadUrl: bot.connector.uploadUrl(`${user}-${action}.xlsx`),
            contentUrl: `https://contoso.example.org/${offer.name}`,
            uniqueId: 'abc-123',
            fileType: 'xlsx',
          },
        },
      });
    const before = bot.connector.activities.length;
    assert.equal((await consent(COORDINATOR, 'accept', offer.content.acceptContext)).status, 200);
    const uploaded = bot.connector.uploads.get(`${COORDINATOR}-accept.xlsx`);
    assert.ok(uploaded, 'the file was put into the upload session');
    assert.equal(uploaded.body.byteLength, offer.content.sizeInBytes);
    assert.equal(
      uploaded.contentRange,
      `bytes 0-${offer.content.sizeInBytes - 1}/${offer.content.sizeInBytes}`,
    );
    const parsed = await parseWorkbook(uploaded.body);
    assert.ok(parsed.ok);
    const info = await bot.connector.waitFor(
      (activity) =>
        bot.connector.activities.indexOf(activity) >= before &&
        !!activity.body.attachments?.some(
          (a) => a.contentType === 'application/vnd.microsoft.teams.card.file.info',
        ),
    );
    assert.match(textOf(info), /liegt jetzt in Ihrem OneDrive/);
    // An altered context, or a member who is no coordinator: nothing is uploaded.
    const forged = { ...offer.content.acceptContext, v: 'other-version' };
    await consent(OTHER_COORDINATOR, 'accept', forged);
    assert.equal(bot.connector.uploads.has(`${OTHER_COORDINATOR}-accept.xlsx`), false);
    await consent(MEMBER, 'accept', offer.content.acceptContext);
    assert.equal(bot.connector.uploads.has(`${MEMBER}-accept.xlsx`), false);
    assert.equal((await consent(COORDINATOR, 'decline', offer.content.acceptContext)).status, 200);
    assert.equal(bot.connector.uploads.has(`${COORDINATOR}-decline.xlsx`), false);
  });

  it('when the file cannot be fetched (404, too large), then one sentence says so and nothing changes', async () => {
    const url = bot.connector.serveFile('weg.yaml', '', { status: 404 });
    const id = randomUUID();
    await bot.message('', {
      id,
      from: teamsUser(COORDINATOR),
      conversation: { id: chatOf(COORDINATOR), conversationType: 'personal' },
      attachments: [
        { contentType: FILE_DOWNLOAD_INFO, name: 'weg.yaml', content: { downloadUrl: url } },
      ],
    });
    const missing = await bot.connector.waitFor((activity) => activity.body.replyToId === id);
    assert.match(textOf(missing), /nicht abrufbar/);
    const large = await sendFile(COORDINATOR, 'gross.yaml', Buffer.alloc(6 * 1024 * 1024, 0x20));
    assert.match(textOf(large), /größer als 5 MB/);
  });
});
