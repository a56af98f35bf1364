import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { importDirectoryFile } from '../../src/directory/import';
import { directoryYaml } from '../../src/directory/yaml-write';
import { PACKAGE_ROOT } from '../../src/paths';
import { demoDirectory } from '../support/demo';
import { freePort } from '../support/processes';
import { startRunningBot, type RunningBot } from './support/bot';
import { launchBrowser, type Browser } from './support/browser';
import { startLocaleProxy, type LocaleProxy } from './support/locale-proxy';
import { startPlayground, type Playground, type PlaygroundUser } from './support/playground';

/*
 * The cards only a coordinator meets, in the Agents Playground: the confirmation card of
 * "Erinnerung senden" (replaced by its outcome once pressed) and a forwarded question with its
 * reply field (replaced by who answered). The signed-in user is Andrea Hoffmann, who leads the
 * coordination office; she forwards a question herself, so the card reaches her own chat.
 * Runs after playground.e2e.ts (which clears test-results/e2e/) and adds its screenshots.
 */
const directory = demoDirectory();
const ROUND_OPENS = '2026-11-27T08:00:30Z';
const SHOTS = path.join(PACKAGE_ROOT, 'test-results', 'e2e');
const ME = 'ahoffmann';

function playgroundUser(id: string, fallbackAad: string): PlaygroundUser {
  const { name, email, aadObjectId } = directory.people.find((person) => person.id === id)!;
  return { id: `29:${id}`, name, email, aadObjectId: aadObjectId ?? fallbackAad };
}

describe('kokobot for a coordinator in the Agents Playground (headless Chromium)', function () {
  this.timeout(60_000);
  let bot: RunningBot | undefined;
  let proxy: LocaleProxy | undefined;
  let playground: Playground | undefined;
  let browser: Browser | undefined;
  let page: Page;

  before(async function () {
    this.timeout(150_000);
    assert.ok(directory.people.find((person) => person.id === ME)?.coordinator);
    fs.mkdirSync(SHOTS, { recursive: true });
    try {
      bot = await startRunningBot({
        now: ROUND_OPENS,
        logFile: path.join(SHOTS, 'bot-coordinator.log'),
      });
      proxy = await startLocaleProxy({ target: bot.url, locale: 'de-DE' });
      playground = await startPlayground({
        botUrl: proxy.url,
        port: await freePort(),
        currentUser: playgroundUser(ME, '5c1d0e2f-3a4b-4c5d-8e6f-7a8b9c0d1e30'),
        users: ['bgross', 'jmueller', 'sschulte', 'tkrueger', 'mkoch'].map((id, index) =>
          playgroundUser(id, `5c1d0e2f-3a4b-4c5d-8e6f-00000000001${index}`),
        ),
      });
      // A second directory version, imported as `kokobot import` does, so that the history has
      // one to restore (the Playground cannot attach a file: the preview card is met that way).
      const changed = structuredClone(directory);
      changed.people.find((person) => person.id === 'tkrueger')!.role = 'Koordinator (geändert)';
      const file = path.join(
        fs.mkdtempSync(path.join(os.tmpdir(), 'kokobot-e2e-dir-')),
        'neu.yaml',
      );
      fs.writeFileSync(file, directoryYaml(changed));
      await importDirectoryFile(file, bot.app.directoryRepository, {
        log: bot.app.directoryAudit,
        source: 'cli',
        now: () => new Date(new Date(ROUND_OPENS).getTime() + 1000),
      });
      browser = await launchBrowser();
      page = browser.page;
      page.setDefaultTimeout(20_000);
      await page.goto(playground.url);
      await page.getByText('Connected.', { exact: true }).first().waitFor({ timeout: 60_000 });
      await cards().first().waitFor({ timeout: 30_000 });
    } catch (error) {
      await failureReport('failed-coordinator-before');
      throw error;
    }
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed')
      await failureReport(`failed-coordinator-${this.currentTest.title.slice(0, 2)}`);
  });

  async function failureReport(name: string): Promise<void> {
    if (!browser) return;
    await page
      .screenshot({ path: path.join(SHOTS, `${name}.png`), timeout: 10_000 })
      .catch(() => undefined);
    fs.writeFileSync(path.join(SHOTS, `${name}.html`), await page.content().catch(() => ''));
  }

  after(async function () {
    this.timeout(60_000);
    if (playground)
      fs.writeFileSync(path.join(SHOTS, 'playground-coordinator.log'), playground.output());
    const results = await Promise.allSettled([browser?.close()]);
    results.push(...(await Promise.allSettled([playground?.stop(), proxy?.stop()])));
    results.push(...(await Promise.allSettled([bot?.close()])));
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
  });

  const cards = () => page.locator('.ac-adaptiveCard');

  async function ask(question: string): Promise<Locator> {
    const before = await cards().count();
    const compose = page.locator('[data-lexical-editor="true"][role="textbox"]');
    await compose.click();
    await page.keyboard.type(question);
    for (let tries = 0; (await compose.innerText()).trim() !== question; tries += 1) {
      if (tries >= 20) throw new Error(`the compose box shows "${await compose.innerText()}"`);
      await page.waitForTimeout(100);
    }
    await page.keyboard.press('Enter');
    await cards().nth(before).waitFor();
    return cards().last();
  }

  /** Runs the outbox, as the service's loop would, until `done` holds (a forward is queued, then sent). */
  async function deliverUntil(done: () => Promise<boolean>): Promise<void> {
    for (let tries = 0; tries < 50; tries += 1) {
      await bot!.drain();
      if (await done()) return;
      await page.waitForTimeout(200);
    }
    throw new Error('the outbox delivered nothing in time');
  }

  async function shot(card: Locator, name: string): Promise<void> {
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  }

  it('c1. "Wer hat noch nicht geantwortet?" asks before reminding; the pressed card shows the outcome instead of its buttons', async () => {
    await bot!.drain(); // the round opens: status cards go out (to whoever has a chat)
    const card = await ask('Wer hat noch nicht geantwortet?');
    const send = card.getByRole('button', { name: 'Erinnerung senden' });
    await send.waitFor();
    await shot(card, 'c1a-confirm');
    const before = await cards().count();
    await send.click();
    await card.getByText(/^Die Erinnerung geht an \d+ Person/).waitFor();
    assert.equal(await card.getByRole('button').count(), 0, 'no buttons left to press');
    assert.equal(await cards().count(), before, 'replaced, not a second card');
    await shot(card, 'c1b-confirm-outcome');
  });

  it('c2. a forwarded question reaches the coordinator as a card with a reply field; the reply replaces it with who answered', async () => {
    const none = await ask('Gibt es im Rathaus einen Aufzug?');
    const before = await cards().count();
    await none
      .getByRole('button', { name: 'Frage an die Koordinierungsstelle weiterleiten' })
      .click();
    await deliverUntil(
      async () => (await cards().filter({ hasText: 'Von Andrea Hoffmann' }).count()) > 0,
    );
    await cards().nth(before).waitFor();
    const forwarded = cards().filter({ hasText: 'Frage an die Koordinierungsstelle' }).last();
    await forwarded.getByText('Von Andrea Hoffmann', { exact: true }).waitFor();
    await forwarded.getByText('Gibt es im Rathaus einen Aufzug?', { exact: true }).waitFor();
    await shot(forwarded, 'c2a-forwarded-question');
    await forwarded.getByRole('textbox', { name: 'Ihre Antwort' }).fill('Ja, am Haupteingang.');
    await forwarded.getByRole('button', { name: 'Antwort senden' }).click();
    await deliverUntil(
      async () => (await forwarded.getByText(/^Beantwortet von Andrea Hoffmann/).count()) > 0,
    );
    await forwarded
      .getByText('Beantwortet von Andrea Hoffmann: Ja, am Haupteingang.', { exact: true })
      .waitFor();
    assert.equal(await forwarded.getByRole('button').count(), 0, 'answered: nothing to send');
    await shot(forwarded, 'c2b-forwarded-answered');
  });

  it('c3. an earlier directory version restored: the change preview card with „Übernehmen“, replaced by the outcome once pressed', async () => {
    const history = await ask('Verlauf');
    await history
      .getByText(/^Verlauf des Verzeichnisses \(2 Versionen\)/)
      .first()
      .waitFor();
    await shot(history, 'c3a-directory-history');
    const preview = await ask('Version wiederherstellen 2');
    await preview
      .getByText('Frühere Version wiederherstellen: Vorschau', { exact: true })
      .waitFor();
    await preview.getByText(/^Personen: 1 geändert/).waitFor();
    const apply = preview.getByRole('button', { name: 'Übernehmen' });
    await apply.waitFor();
    await preview.getByRole('button', { name: 'Verwerfen' }).waitFor();
    await shot(preview, 'c3b-directory-preview');
    const before = await cards().count();
    await apply.click();
    await preview.getByText(/^Übernommen: Version /).waitFor();
    assert.equal(await preview.getByRole('button').count(), 0, 'no buttons left to press');
    assert.equal(await cards().count(), before, 'replaced, not a second card');
    await shot(preview, 'c3c-directory-applied');
    const role = (await bot!.app.directory.current())!.directory.people.find(
      (person) => person.id === 'tkrueger',
    )!.role;
    assert.equal(role, directory.people.find((person) => person.id === 'tkrueger')!.role);
  });
});
