import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import type { Directory } from '../../src/directory/model';
import { translator } from '../../src/i18n';
import { compose } from '../../src/questions/compose';
import { DirectoryIndex } from '../../src/language/directory-index';
import { understand } from '../../src/questions/understand';
import { toActivity } from '../../src/teams/outgoing';
import { membersOf } from '../../src/directory/members';
import { demoDirectory } from '../support/demo';

function answer(directory: Directory, text: string, nowIso = '2026-11-24T10:00') {
  const index = new DirectoryIndex('v', directory);
  const now = DateTime.fromISO(nowIso, { zone: 'Europe/Berlin' });
  const interpretation = understand(index, {
    text,
    fallbackLanguage: 'de',
    today: now.toISODate()!,
    askerId: 'syilmaz',
  });
  const language = interpretation.language;
  const result = compose(interpretation, {
    index,
    t: translator(language),
    language,
    now,
    question: text,
    askerId: 'syilmaz',
    calendarUrl: (id) => `https://bot.example.org/calendar/${id}.ics?t=x`,
  });
  return { ...result, activity: toActivity(result.reply), interpretation };
}

describe('composing answers', () => {
  it('when the chair rotates, then the text names the chair of today with the term and the card also the next one', () => {
    const in2026 = answer(demoDirectory(), 'Wer leitet die Steuerungsgruppe?', '2026-11-24T10:00');
    assert.match(in2026.reply.text, /derzeit Björn Groß .*bis 31\.12\.2026\.$/);
    assert.doesNotMatch(in2026.reply.text, /Jürgen Müller/);
    assert.match(JSON.stringify(in2026.activity.attachments), /Jürgen Müller/);
    const in2027 = answer(demoDirectory(), 'Wer leitet die Steuerungsgruppe?', '2027-02-01T10:00');
    assert.match(in2027.reply.text, /derzeit Jürgen Müller /);
    assert.doesNotMatch(in2027.reply.text, /Björn Groß/);
  });

  it('when the next meeting is asked for, then date, time, place, online link and a calendar link come back', () => {
    const result = answer(demoDirectory(), 'Wann tagt die SG das nächste Mal?', '2026-11-24T10:00');
    assert.match(result.reply.text, /am Mittwoch, 9\. Dezember 2026 um 10:00 Uhr/);
    const json = JSON.stringify(result.activity);
    assert.match(
      json,
      /"Action\.OpenUrl"[^}]*"url":"https:\/\/bot\.example\.org\/calendar\/sg-2026-12\.ics\?t=x"/,
    );
    const after = answer(demoDirectory(), 'Wann tagt die SG das nächste Mal?', '2026-12-09T11:00');
    assert.match(
      after.reply.text,
      /17\. März 2027/,
      'a meeting that has started is no longer "next"',
    );
  });

  it('when directory text contains template syntax, markdown or HTML, then it comes out literally', () => {
    const directory = demoDirectory();
    const ki = directory.actors.find((actor) => actor.id === 'ki')!;
    ki.description =
      'Hallo ${fallback} **fett** [klick](https://evil.example) <b>x</b> ${$root.answer}';
    const result = answer(directory, 'Was macht das KI?');
    const card = JSON.stringify(result.activity.attachments?.[0]?.content);
    assert.ok(
      card.includes(
        'Hallo ${fallback} **fett** [klick](https://evil.example) <b>x</b> ${$root.answer}',
      ),
      card,
    );
    // Directory text is only ever placed in TextRuns (never markdown-rendering TextBlocks).
    const content = result.activity.attachments?.[0]?.content as { body: unknown[] };
    const textBlocks =
      JSON.stringify(content.body).match(/"type":"TextBlock","text":"[^"]*"/g) ?? [];
    assert.ok(
      textBlocks.every((block) => !block.includes('evil.example')),
      textBlocks.join('\n'),
    );
  });

  it('when nothing fits, then the offered example questions work for this directory', () => {
    const result = answer(demoDirectory(), 'Wie wird das Wetter?');
    const content = result.activity.attachments?.[0]?.content as {
      actions: { title: string; data: { msteams?: { value: string } } }[];
    };
    const examples = content.actions
      .filter((action) => action.data.msteams)
      .map((action) => action.data.msteams!.value);
    assert.equal(examples.length, 3);
    for (const example of examples)
      assert.equal(answer(demoDirectory(), example).interpretation.type, 'answer', example);
  });

  it('when the question is English, then the answer and the card labels are English', () => {
    const result = answer(demoDirectory(), 'Who is responsible for goal Z3.1?');
    assert.match(result.reply.text, /is responsible for goal Z3\.1/);
    assert.match(JSON.stringify(result.activity), /"With whom"/);
  });

  it('when asked for my goals, then the goals the asker owns are listed', () => {
    const result = answer(demoDirectory(), 'Meine Ziele');
    assert.match(result.reply.text, /^Sie sind für 1 Ziel verantwortlich: .*Z3\.1/);
  });

  it('when a member asks for the next meetings, then only meetings of their own bodies are listed', () => {
    const directory = demoDirectory();
    const own = new Set(
      directory.bodies
        .filter((body) => membersOf(directory, body.id).includes('syilmaz'))
        .map((body) => body.name),
    );
    const result = answer(directory, 'nächste Sitzungen');
    const items = (
      result.activity.attachments?.[0]?.content as {
        body: { style?: string; items?: { inlines: { text: string }[] }[] }[];
      }
    ).body
      .filter((element) => element.items && element.style !== 'emphasis')
      .map((element) => element.items![0]!.inlines[0]!.text);
    assert.ok(items.length > 0);
    for (const item of items)
      assert.ok(
        [...own].some((name) => item.endsWith(name)),
        item,
      );
    assert.ok(own.size < directory.bodies.length, 'the filter matters for this person');
  });

  it('when every card is rendered, then it is Adaptive Card 1.5 with a fallback text', () => {
    for (const question of [
      'Wer ist Björn Groß?',
      'Was macht das KI?',
      'Wer sitzt in der SG?',
      'Warum gibt es Z2.1?',
      'Wann tagt die SG?',
      'Welche Ziele hat HF3?',
      'Wer ist Thomas?',
      'Wetter?',
    ]) {
      const { activity, reply } = answer(demoDirectory(), question);
      const card = activity.attachments?.[0]?.content as { version: string; fallbackText: string };
      assert.equal(card.version, '1.5', question);
      assert.equal(card.fallbackText, reply.text, question);
      assert.ok(reply.text.length > 10, question);
    }
  });
});
