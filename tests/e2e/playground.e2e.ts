import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { PACKAGE_ROOT } from '../../src/paths';
import { chairsOn } from '../../src/directory/chairs';
import { membersOf } from '../../src/directory/members';
import { demoDirectory } from '../support/demo';
import { freePort } from '../support/processes';
import { startRunningBot, type RunningBot } from './support/bot';
import { launchBrowser, type Browser } from './support/browser';
import { startLocaleProxy, type LocaleProxy } from './support/locale-proxy';
import { startPlayground, type Playground, type PlaygroundUser } from './support/playground';

/*
 * kokobot end to end, through a real Teams-like client: the Microsoft 365 Agents Playground renders
 * the bot's Adaptive Cards in headless Chromium, and the test types and clicks like a member would.
 * The bot runs in this process (real restify, CloudAdapter, embedded Azurite, demo directory) with a
 * clock the test sets, so the status round and the reminders of the steering group's meeting
 * sg-2026-12 (Wednesday 9 December 2026, 10:00) come due when the test says.
 *
 * The Playground's current user is Stefan Schulte (IHK): a member of the steering group (through his
 * institution) and owner of its goal Z3.2. He has no aadObjectId in the directory, so the bot links
 * him by e-mail through TeamsInfo.getMember, which the Playground answers from its config file.
 *
 * One page stays open through the file: every page load re-installs the app and clears the chat,
 * and proactive messages sent while no page is open are never shown.
 */
const directory = demoDirectory();
const ROUND = 'sg-2026-12';
const ROUND_OPENS = '2026-11-27T08:00:30Z'; // Friday 27 November, 09:00 Berlin: status cards go out
const WEEK_BEFORE = '2026-12-02T08:00:30Z'; // Wednesday 2 December, 09:00 Berlin: the P7D reminder
const ME = 'sschulte';
const SHOTS = path.join(PACKAGE_ROOT, 'test-results', 'e2e');

const person = (id: string) => directory.people.find((candidate) => candidate.id === id)!;
const body = directory.bodies.find((candidate) => candidate.id === 'sg')!;
const myGoal = directory.goals.find((goal) => goal.body === 'sg' && goal.owner === ME)!;

function playgroundUser(id: string, fallbackAad: string): PlaygroundUser {
  const { name, email, aadObjectId } = person(id);
  return { id: `29:${id}`, name, email, aadObjectId: aadObjectId ?? fallbackAad };
}
const CURRENT_USER = playgroundUser(ME, '5c1d0e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f');
const OTHER_USERS = ['bgross', 'jmueller', 'ahoffmann', 'tkrueger', 'mkoch'].map((id, index) =>
  playgroundUser(id, `5c1d0e2f-3a4b-4c5d-8e6f-00000000000${index}`),
);

describe('kokobot in the Microsoft 365 Agents Playground (headless Chromium)', function () {
  this.timeout(60_000);
  let bot: RunningBot | undefined;
  let proxy: LocaleProxy | undefined;
  let playground: Playground | undefined;
  let browser: Browser | undefined;
  let page: Page;

  before(async function () {
    this.timeout(150_000);
    assert.ok(membersOf(directory, 'sg').includes(ME), `${ME} must be a steering-group member`);
    assert.ok(myGoal, `${ME} must own a steering-group goal`);
    fs.rmSync(SHOTS, { recursive: true, force: true });
    fs.mkdirSync(SHOTS, { recursive: true });

    try {
      bot = await startRunningBot({ now: ROUND_OPENS, logFile: path.join(SHOTS, 'bot.log') });
      proxy = await startLocaleProxy({ target: bot.url, locale: 'de-DE' });
      playground = await startPlayground({
        botUrl: proxy.url,
        port: await freePort(),
        currentUser: CURRENT_USER,
        users: OTHER_USERS,
      });
      browser = await launchBrowser();
      page = browser.page;
      page.setDefaultTimeout(20_000);
      page.setDefaultNavigationTimeout(30_000);
      await page.goto(playground.url);
      // Messages typed before the client is connected are dropped silently.
      await page.getByText('Connected.', { exact: true }).first().waitFor({ timeout: 60_000 });
      // The install greets with the help card: the bot has the conversation and has linked the user.
      await cards().first().waitFor({ timeout: 30_000 });
    } catch (error) {
      await failureReport('failed-before');
      throw error;
    }
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed')
      await failureReport(`failed-${slug(this.currentTest.title)}`);
  });

  /** A screenshot and the page's HTML as they were when something failed. */
  async function failureReport(name: string): Promise<void> {
    if (!browser) return;
    await page
      .screenshot({ path: path.join(SHOTS, `${name}.png`), timeout: 10_000 })
      .catch(() => undefined);
    const html = await page.content().catch(() => '');
    fs.writeFileSync(path.join(SHOTS, `${name}.html`), html);
  }

  after(async function () {
    this.timeout(60_000);
    if (playground) fs.writeFileSync(path.join(SHOTS, 'playground.log'), playground.output());
    if (browser?.blocked.length)
      fs.writeFileSync(path.join(SHOTS, 'blocked-requests.txt'), browser.blocked.join('\n'));
    // Each one stopped even when another fails; the browser first, the bot (and its Azurite) last.
    const results = await Promise.allSettled([browser?.close()]);
    results.push(...(await Promise.allSettled([playground?.stop(), proxy?.stop()])));
    results.push(...(await Promise.allSettled([bot?.close()])));
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
  });

  const cards = () => page.locator('.ac-adaptiveCard');

  /** Types into the compose box and returns the card the bot answers with. */
  async function ask(question: string): Promise<Locator> {
    const before = await cards().count();
    const compose = page.locator('[data-lexical-editor="true"][role="textbox"]');
    await compose.click();
    await page.keyboard.type(question);
    // Under load a keystroke could go missing: send only what was meant.
    for (let tries = 0; (await compose.innerText()).trim() !== question; tries += 1) {
      if (tries >= 20) throw new Error(`the compose box shows "${await compose.innerText()}"`);
      await page.waitForTimeout(100);
    }
    await page.keyboard.press('Enter');
    return newCard(before);
  }

  async function newCard(before: number): Promise<Locator> {
    await cards().nth(before).waitFor();
    return cards().last();
  }

  /** A text message of the bot (the Playground shows it as its own bubble, next to a card). */
  const botText = (text: string | RegExp) =>
    page.locator('.fai-OutputCard span', { hasText: text }).last();

  async function shot(card: Locator, name: string): Promise<void> {
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  }

  it('1. "Wer leitet die Steuerungsgruppe?" is answered with a card naming the chair', async () => {
    const [chair] = chairsOn(
      directory.bodies.find((body) => body.id === 'sg')!,
      ROUND_OPENS.slice(0, 10),
    ).map((entry) => entry.person);
    await shot(cards().first(), '0-welcome');
    const card = await ask('Wer leitet die Steuerungsgruppe?');
    await card.getByText(body.name, { exact: true }).first().waitFor();
    await card.getByText(person(chair!).name).first().waitFor();
    const shown = (await card.innerText()).replace(/\s+/g, ' ');
    assert.match(shown, /Vorsitz/);
    assert.doesNotMatch(shown, /Mitglieder/, 'the chair, not the whole body');
    await shot(card, '1-chair');
  });

  it('2. an ambiguous "Wer ist Thomas?" asks back with buttons; a click answers for that person', async () => {
    const thomases = directory.people.filter((candidate) => candidate.name.startsWith('Thomas '));
    assert.equal(thomases.length, 2);
    const clarify = await ask('Wer ist Thomas?');
    await clarify.getByText('Meinten Sie', { exact: false }).first().waitFor();
    for (const thomas of thomases)
      await clarify.getByRole('button', { name: new RegExp(`^${thomas.name} \\(`) }).waitFor();

    const chosen = thomases.find((thomas) => thomas.id === 'tbecker')!;
    const before = await cards().count();
    await clarify.getByRole('button', { name: new RegExp(`^${chosen.name} \\(`) }).click();
    const answer = await newCard(before);
    // The answer is the message's text; the card shows the record.
    await botText(`${chosen.name}: ${chosen.role}`).waitFor();
    await answer.getByText(chosen.name, { exact: true }).first().waitFor();
    await answer.getByText(chosen.email, { exact: true }).waitFor();
    const other = thomases.find((thomas) => thomas.id !== chosen.id)!;
    assert.equal(await answer.getByText(other.name).count(), 0, 'only the chosen person');
    await shot(answer, '2-clarify-answer');
  });

  it('2b. after a goal question, "nächste Sitzungen" lists the upcoming meetings, not the goal', async () => {
    const goal = await ask(`Worum geht es beim Ziel ${myGoal.id}?`);
    await goal.getByText(myGoal.title, { exact: false }).first().waitFor();
    const list = await ask('nächste Sitzungen');
    await list.getByText('Kommende Sitzungen', { exact: true }).waitFor();
    await list.getByText(body.name, { exact: false }).first().waitFor();
    const text = (await list.innerText()).replace(/\s+/g, ' ');
    assert.doesNotMatch(text, new RegExp(myGoal.title));
    await shot(list, '2b-upcoming-after-goal');
  });

  it('3. the status card the round sends is filled, saved ("Gespeichert." once), opened again with "Ändern" and sent again unchanged', async () => {
    const before = await cards().count();
    await bot!.drain(); // 27 November, 09:00: the round for sg-2026-12 opens
    const card = cards().filter({ hasText: `Stand der Ziele für ${body.name}` });
    await card.waitFor();
    assert.equal(await cards().count(), before + 1, 'one status card, nothing else');
    await card.getByText(`${myGoal.id} ${myGoal.title}`).waitFor();

    await card.getByRole('combobox', { name: 'Stand' }).click();
    await page.getByRole('option', { name: 'gefährdet', exact: true }).click();
    await card.getByRole('spinbutton', { name: 'Fortschritt (%)' }).fill('40');
    await card
      .getByRole('textbox', { name: 'Was ist passiert?' })
      .fill('Kampagne mit den Kammern abgestimmt');
    await card
      .getByRole('textbox', { name: 'Nächste Schritte' })
      .fill('Tag der Ausbildung im März');
    await card.getByRole('button', { name: 'Absenden' }).click();

    // Action.Execute: the card the bot returns replaces this one in place.
    await card
      .getByRole('paragraph')
      .filter({ hasText: /^Gespeichert\.$/ })
      .waitFor();
    await card.getByRole('button', { name: 'Ändern' }).waitFor();
    assert.equal(await card.getByRole('button', { name: 'Absenden' }).count(), 0);
    assert.equal(await cards().count(), before + 1, 'replaced, not a second card');
    const saved = (await bot!.app.statuses.latest(myGoal.id)).update;
    assert.equal(saved?.roundId, ROUND);
    assert.equal(saved?.author, ME);
    assert.equal(saved?.status, 'at-risk');
    assert.equal(saved?.progress, 40);
    assert.equal(saved?.happened, 'Kampagne mit den Kammern abgestimmt');
    await shot(card, '3a-status-saved');

    await card.getByRole('button', { name: 'Ändern' }).click();
    await card.getByRole('button', { name: 'Absenden' }).waitFor();
    assert.equal(await card.getByRole('combobox', { name: 'Stand' }).inputValue(), 'gefährdet');
    assert.equal(
      await card.getByRole('spinbutton', { name: 'Fortschritt (%)' }).inputValue(),
      '40',
    );
    assert.equal(
      await card.getByRole('textbox', { name: 'Was ist passiert?' }).inputValue(),
      'Kampagne mit den Kammern abgestimmt',
    );
    assert.equal(await cards().count(), before + 1);
    await shot(card, '3b-status-edit');

    // „Unveränderte Ziele: einfach absenden“: nothing changed, nothing required, values kept.
    await card.getByRole('button', { name: 'Absenden' }).click();
    await card.getByRole('button', { name: 'Ändern' }).waitFor();
    const shown = await card.innerText();
    assert.equal(shown.split('Gespeichert').length - 1, 1, `"Gespeichert" once: ${shown}`);
    const kept = (await bot!.app.statuses.latest(myGoal.id)).update;
    assert.equal(kept?.status, 'at-risk');
    assert.equal(kept?.progress, 40);
    assert.equal(kept?.happened, 'Kampagne mit den Kammern abgestimmt');
    await shot(card, '3c-status-unchanged');
  });

  it('4. "Zusage" on the meeting reminder a week before is recorded and shown on the card', async () => {
    bot!.setTime(WEEK_BEFORE);
    const before = await cards().count();
    await bot!.drain();
    const card = cards().filter({ hasText: 'Erinnerung an die Sitzung' });
    await card.waitFor();
    assert.equal(await cards().count(), before + 1, 'one reminder, nothing else');
    await card.getByText(body.name, { exact: true }).waitFor();
    await card.getByText('Mittwoch, 9. Dezember 2026', { exact: false }).waitFor();

    await card.getByRole('button', { name: 'Zusage' }).click();
    await card.getByText('Ihre Antwort: Zusage. Danke!', { exact: true }).waitFor();
    await card.getByRole('button', { name: 'Absage' }).waitFor(); // the answer can still change
    assert.equal(await cards().count(), before + 1, 'replaced, not a second card');
    assert.equal((await bot!.app.rsvps.get(ROUND, ME))?.answer, 'yes');
    await shot(card, '4-rsvp');
  });

  /** A question whose answer card must show `expected`; screenshotted as `name`. */
  async function askAndShoot(question: string, expected: string | RegExp, name: string) {
    const card = await ask(question);
    await card.getByText(expected).first().waitFor();
    await shot(card, name);
    return card;
  }

  it('5. every kind of answer card is shown once: institution, goal, meeting, list, body, Zwischenbilanz', async () => {
    const youthOffice = directory.actors.find((actor) => actor.id === 'jugendamt')!;
    await askAndShoot('Was macht das Jugendamt?', youthOffice.name, '5a-institution');
    await askAndShoot(`Worum geht es bei ${myGoal.id}?`, `${myGoal.id} ${myGoal.title}`, '5b-goal');
    await askAndShoot('Wann tagt die SG?', 'Tagesordnung', '5c-meeting');
    await askAndShoot('Meine Ziele', `${myGoal.id} ${myGoal.title}`, '5d-list');
    await askAndShoot('Wer sitzt in der SG?', 'Mitglieder', '5e-body');
    const report = await askAndShoot('Zwischenbilanz SG', /Zwischenbilanz/, '5f-report');
    const text = await report.innerText();
    for (const goal of directory.goals.filter((candidate) => candidate.body === 'sg'))
      assert.equal(text.split(`${goal.id} ${goal.title}`).length - 1, 1, `${goal.id} once`);
  });

  it('6. a question nobody can answer is forwarded to the coordination office with the button', async () => {
    const card = await ask('Wie wird das Wetter morgen?');
    const button = card.getByRole('button', {
      name: 'Frage an die Koordinierungsstelle weiterleiten',
    });
    await button.waitFor();
    await shot(card, '6a-no-answer');
    await button.click();
    // Forwarded to the coordinators who have the app, or (none has it here) their addresses.
    await botText(
      /an die Koordinierungsstelle weitergeleitet \(\d+ Person(en)?\)|niemand der Koordinierungsstelle/,
    ).waitFor();
    await page.screenshot({ path: path.join(SHOTS, '6b-forwarded.png') });
  });
});

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}
