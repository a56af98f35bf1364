import assert from 'node:assert/strict';
import { startBot, TENANT, type BotHarness } from '../support/bot-harness';
import { textOf, type CaughtActivity } from '../support/connector-emulator';

type CardContent = {
  body: unknown[];
  actions?: { type: string; title: string; url?: string; data?: Record<string, unknown> }[];
};
const cardOf = (activity: CaughtActivity) => activity.body.attachments?.[0]?.content as CardContent;

describe('asking questions in Teams (real HTTP, CloudAdapter, Azurite, connector emulator)', () => {
  let bot: BotHarness;
  let now: Date;

  beforeEach(async () => {
    now = new Date('2026-11-24T09:00:00Z');
    bot = await startBot({ overrides: { clock: () => now } });
  });
  afterEach(async () => {
    await bot.close();
  });

  async function ask(
    text: string,
    extra: Parameters<BotHarness['message']>[1] = {},
  ): Promise<CaughtActivity> {
    const before = bot.connector.activities.length;
    const response = await bot.message(text, extra);
    assert.equal(response.status, 200);
    const conversationId = extra.conversation?.id ?? 'a:personal-1';
    return bot.connector.waitFor(
      (activity) =>
        bot.connector.activities.indexOf(activity) >= before &&
        activity.conversationId === conversationId &&
        activity.method === 'POST',
    );
  }

  it('when a member asks who chairs the steering group, then the text names the chair of this year and the body card also the next', async () => {
    const reply = await ask('Wer leitet die Steuerungsgruppe?');
    assert.match(textOf(reply), /Den Vorsitz hat derzeit Björn Groß /);
    assert.doesNotMatch(textOf(reply), /Danach übernimmt/);
    assert.match(JSON.stringify(cardOf(reply)), /Jürgen Müller/);
    assert.match(JSON.stringify(cardOf(reply)), /Nächste Sitzung/);
  });

  it('when a follow-up reaches another bot instance, then it uses the subject kept in table storage', async () => {
    await ask('Wer leitet die Steuerungsgruppe?');
    const other = await startBot({ store: bot.store, overrides: { clock: () => now } });
    try {
      await other.message('Und wann tagt sie?');
      const reply = await other.connector.waitFor(() => true);
      assert.match(
        textOf(reply),
        /^Die Steuerungsgruppe KAoA Bochum tagt das nächste Mal am Mittwoch, 9\. Dezember 2026 um 10:00 Uhr/,
      );
    } finally {
      await other.close();
    }
  });

  it('when a member asks about a goal, then „nächste Sitzungen“ and „Welche Sitzungen stehen an?“ list the upcoming meetings, and „und wann?“ still follows up', async () => {
    const goal = await ask('Worum geht es beim Ziel Z3.2?');
    assert.match(textOf(goal), /Ausbildungsmarketing/);
    for (const question of ['nächste Sitzungen', 'Welche Sitzungen stehen an?']) {
      const reply = await ask(question);
      assert.match(textOf(reply), /^Die nächsten Sitzungen: /, question);
      assert.doesNotMatch(textOf(reply), /Ausbildungsmarketing/, question);
    }
    await ask('Wer leitet die Steuerungsgruppe?');
    const english = await ask('upcoming meetings');
    assert.doesNotMatch(textOf(english), /^Steuerungsgruppe KAoA Bochum/);
    await ask('Wer leitet die Steuerungsgruppe?');
    const followUp = await ask('Und wann tagt sie?');
    assert.match(textOf(followUp), /^Die Steuerungsgruppe KAoA Bochum tagt das nächste Mal/);
  });

  it('when the last question is older than the context expiry, then a follow-up is not guessed', async () => {
    await ask('Wer leitet die Steuerungsgruppe?');
    now = new Date(now.getTime() + 31 * 60 * 1000);
    const reply = await ask('Und wann tagt sie?');
    assert.doesNotMatch(textOf(reply), /^Steuerungsgruppe KAoA Bochum tagt/);
  });

  it('when a question is ambiguous, then the candidates come as buttons, and pressing one answers the question', async () => {
    const clarify = await ask('Wer ist Thomas?');
    assert.match(
      textOf(clarify),
      /^Meinten Sie Thomas (Krüger|Becker) \(.*\) oder Thomas (Becker|Krüger) \(.*\)\?/,
    );
    const buttons = cardOf(clarify).actions!;
    assert.deepEqual(
      buttons.map((button) => button.type),
      ['Action.Submit', 'Action.Submit'],
    );
    const becker = buttons.find((button) => button.title.startsWith('Thomas Becker'))!;
    const reply = await ask('', { value: becker.data, replyToId: clarify.activityId } as never);
    assert.match(textOf(reply), /^Thomas Becker: /);
  });

  it('when a card sends data that is not ours, then the user is told calmly and nothing else happens', async () => {
    const reply = await ask('', {
      value: { kokobot: 'clarify', subject: '../../etc/passwd', question: 'x' },
    } as never);
    assert.match(textOf(reply), /Diese Schaltfläche ist nicht mehr gültig/);
  });

  const calm: [string, string, RegExp][] = [
    ['only emoji', '🙂👍🎉', /^Alles klar\. Fragen Sie einfach/],
    ['only markup', '<p><b></b></p>', /Ich habe keine Frage erkannt/],
    [
      'a very long message',
      `Wer leitet die Steuerungsgruppe? ${'bla '.repeat(3000)}`,
      /Den Vorsitz hat derzeit/,
    ],
  ];
  for (const [what, text, expected] of calm) {
    it(`when a message is ${what}, then the answer is calm and useful`, async () => {
      const reply = await ask(text);
      assert.match(textOf(reply), expected);
    });
  }

  it('when the calendar link of a meeting is opened, then the .ics comes back; a changed token gets 404', async () => {
    const reply = await ask('Wann tagt die SG das nächste Mal?');
    const link = cardOf(reply).actions!.find(
      (action) => action.title === 'Zum Kalender hinzufügen',
    )!.url!;
    assert.match(
      link,
      /^http:\/\/127\.0\.0\.1:\d+\/calendar\/sg-2026-12\.ics\?t=[A-Za-z0-9_-]{32}$/,
    );
    const ics = await fetch(link);
    assert.equal(ics.status, 200);
    assert.match(ics.headers.get('content-type') ?? '', /^text\/calendar/);
    const text = await ics.text();
    assert.match(text, /BEGIN:VEVENT/);
    assert.match(text, /DTSTART:20261209T090000Z/, '10:00 in Bochum is 09:00 UTC in December');
    assert.equal((await fetch(link.replace(/t=.{4}/, 't=AAAA'))).status, 404);
    assert.equal(
      (await fetch(link.replace('sg-2026-12', 'sg-2027-03'))).status,
      404,
      'a token only opens its own meeting',
    );
  });

  describe('forwarding a question to the coordination office', () => {
    const AHOFFMANN = { id: '29:ah', aadObjectId: '00000000-0000-4000-8000-000000000001' };
    const TKRUEGER = { id: '29:tk', aadObjectId: 'aaaaaaaa-1111-4000-8000-000000000002' };

    const install = (user: { id: string; aadObjectId: string }, conversationId: string) =>
      bot.install(user, conversationId);
    // Forwards, answers and card updates go out through the outbox, as under `npm start`.
    beforeEach(() => bot.app.reminders.start({ pollMs: 200 }));

    it('when a user forwards, then every coordinator gets the card once, the first reply reaches the user, and the others see it answered', async () => {
      bot.connector.addMember('*', {
        ...TKRUEGER,
        email: 'thomas.krueger@example.org',
        name: 'TK',
      });
      await install(AHOFFMANN, 'a:coord-ah');
      await install(TKRUEGER, 'a:coord-tk');

      const none = await ask('Wie wird das Wetter morgen?');
      const forward = cardOf(none).actions!.find(
        (action) => action.title === 'Frage an die Koordinierungsstelle weiterleiten',
      )!;
      const sent = await ask('', { value: forward.data, replyToId: none.activityId } as never);
      assert.match(textOf(sent), /an die Koordinierungsstelle weitergeleitet \(2 Personen\)/);
      const cardAh = await bot.connector.waitFor(
        (activity) => activity.conversationId === 'a:coord-ah',
      );
      const cardTk = await bot.connector.waitFor(
        (activity) => activity.conversationId === 'a:coord-tk',
      );
      assert.match(
        textOf(cardAh),
        /Frage von Test User an die Koordinierungsstelle: „Wie wird das Wetter morgen\?“/,
      );

      const again = await ask('', { value: forward.data, replyToId: none.activityId } as never);
      assert.match(textOf(again), /bereits an die Koordinierungsstelle weitergeleitet/);
      assert.equal(
        bot.connector.sentTo('a:coord-ah').length,
        1,
        'a second click sends nothing new',
      );

      const stranger = await ask('', {
        value: { ...cardOf(cardTk).actions![0]!.data, reply: 'Ich antworte einfach' },
      } as never);
      assert.match(textOf(stranger), /Nur die Koordinierungsstelle/);

      const replyData = { ...cardOf(cardTk).actions![0]!.data, reply: 'Sonnig, 20 Grad.' };
      const thanks = await ask('', {
        from: TKRUEGER,
        conversation: { id: 'a:coord-tk', conversationType: 'personal', tenantId: TENANT },
        value: replyData,
        replyToId: cardTk.activityId,
      } as never);
      assert.match(textOf(thanks), /Ihre Antwort ist an Test User gegangen/);
      const answer = await bot.connector.waitFor(
        (activity) =>
          activity.conversationId === 'a:personal-1' &&
          /Antwort der Koordinierungsstelle/.test(textOf(activity)),
      );
      assert.match(
        textOf(answer),
        /\(Thomas Krüger\) auf Ihre Frage „Wie wird das Wetter morgen\?“: Sonnig, 20 Grad\./,
      );
      const updated = await bot.connector.waitFor(
        (activity) => activity.conversationId === 'a:coord-ah' && activity.method === 'PUT',
      );
      assert.equal(
        updated.activityId,
        cardAh.activityId,
        'the other coordinator’s card is updated in place',
      );
      assert.match(
        JSON.stringify(updated.body),
        /Beantwortet von Thomas Krüger: Sonnig, 20 Grad\./,
      );

      const late = await ask('', {
        from: AHOFFMANN,
        conversation: { id: 'a:coord-ah', conversationType: 'personal', tenantId: TENANT },
        value: { ...replyData, reply: 'Regen.' },
        replyToId: cardAh.activityId,
      } as never);
      assert.match(textOf(late), /hat Thomas Krüger bereits beantwortet/);
      const answersToUser = bot.connector
        .sentTo('a:personal-1')
        .filter((activity) => /Antwort der Koordinierungsstelle/.test(textOf(activity)));
      assert.equal(answersToUser.length, 1, 'the user gets exactly one answer');
    });

    it('when no coordinator has the app, then the user gets their e-mail addresses instead', async () => {
      const none = await ask('Wie wird das Wetter morgen?');
      const forward = cardOf(none).actions!.find((action) => action.data?.kokobot === 'forward')!;
      const reply = await ask('', { value: forward.data, replyToId: none.activityId } as never);
      assert.match(
        textOf(reply),
        /niemand der Koordinierungsstelle über kokobot erreichbar.*andrea\.hoffmann@example\.org/,
      );
    });
  });
});
