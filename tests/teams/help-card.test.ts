import assert from 'node:assert/strict';
import { startBot, type BotHarness } from '../support/bot-harness';
import { textOf, type CaughtActivity } from '../support/connector-emulator';

type Node = Record<string, unknown>;
function walk(node: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(node)) node.forEach((item) => walk(item, visit));
  else if (node && typeof node === 'object') {
    visit(node as Node);
    Object.values(node).forEach((value) => walk(value, visit));
  }
}

describe('the welcome and help card (HTTP, CloudAdapter, Azurite)', () => {
  let bot: BotHarness;
  before(async () => {
    bot = await startBot();
  });
  after(async () => {
    await bot.close();
  });

  async function ask(text: string, locale: string): Promise<CaughtActivity> {
    const before = bot.connector.activities.length;
    await bot.message(text, { locale });
    return bot.connector.waitFor(
      (activity) => bot.connector.activities.indexOf(activity) >= before,
    );
  }

  for (const [locale, help] of [
    ['de-DE', 'hilfe'],
    ['en-US', 'help'],
  ] as const) {
    it(`when a ${locale} user opens the help, then its example buttons are short, one per row, and each one pressed gets a real answer`, async () => {
      const card = (await ask(help, locale)).body.attachments![0]!.content as Node;
      assert.equal(card.actions, undefined, 'no row of card-level buttons to clip');
      const buttons: { title: string; value: string }[] = [];
      walk(card.body, (node) => {
        if (node.type !== 'ActionSet') return;
        const actions = node.actions as { title: string; data: { msteams: { value: string } } }[];
        assert.equal(actions.length, 1, 'one button per row');
        buttons.push({ title: actions[0]!.title, value: actions[0]!.data.msteams.value });
      });
      assert.equal(buttons.length, 3);
      let factSets = 0;
      walk(card.body, (node) => void (node.type === 'FactSet' && (factSets += 1)));
      assert.equal(factSets, 0, 'labels above values, no FactSet titles to break');
      for (const button of buttons) {
        assert.ok(button.title.length <= 30, `short enough for a narrow client: ${button.title}`);
        const reply = await ask(button.value, locale);
        const template = (reply.body.attachments?.[0]?.content as Node | undefined)?.body;
        assert.ok(template, `a card answers "${button.value}"`);
        assert.doesNotMatch(
          textOf(reply),
          /(nicht gefunden|finde ich nicht|could not find|nothing)/i,
        );
        assert.ok(reply.body.text, `the answer is said as text: ${button.value}`);
      }
    });
  }
});
