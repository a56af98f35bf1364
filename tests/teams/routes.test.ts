import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { cardActionSchema } from '../../src/teams/card-actions';
import {
  CARD_VERBS,
  MESSAGE_HANDLER_NAMES,
  MESSAGE_ROUTES,
  offered,
  type CardActionKind,
} from '../../src/teams/routes';

/** The `kokobot` literal of every option of the card-action schema. */
function schemaKinds(): string[] {
  return cardActionSchema.options.map((option) => {
    const literal = option.shape.kokobot;
    return [...literal.values][0] as string;
  });
}

describe('the route table (src/teams/routes.ts)', () => {
  it('when the card-action schema gets a kind, then exactly one message route takes it', () => {
    const kinds = schemaKinds();
    assert.ok(kinds.length >= 5, `kinds found: ${kinds.join(', ')}`);
    for (const kind of kinds) {
      const routes = MESSAGE_ROUTES.filter((route) =>
        route.actions.includes(kind as CardActionKind),
      );
      assert.deepEqual(
        routes.map((route) => route.handler).length,
        1,
        `card action "${kind}" is routed to ${routes.length} handlers`,
      );
    }
    const listed = MESSAGE_ROUTES.flatMap((route) => route.actions);
    assert.deepEqual([...listed].sort(), [...kinds].sort());
  });

  it('when a message handler exists, then the table names it exactly once', () => {
    const named = MESSAGE_ROUTES.map((route) => route.handler);
    assert.deepEqual([...named].sort(), [...MESSAGE_HANDLER_NAMES].sort());
    assert.equal(new Set(named).size, named.length);
    assert.equal(named.at(-1), 'questions', 'questions answer whatever no other handler took');
    for (const route of MESSAGE_ROUTES) assert.ok(route.takes.length > 0, route.handler);
  });

  it('when a card names an Action.Execute verb, then the table routes it', () => {
    const cards = path.join(__dirname, '..', '..', 'cards');
    for (const file of fs.readdirSync(cards).filter((name) => name.endsWith('.json'))) {
      const text = fs.readFileSync(path.join(cards, file), 'utf8');
      for (const match of text.matchAll(/"verb"\s*:\s*"([^"$]+)"/g))
        assert.ok(Object.hasOwn(CARD_VERBS, match[1]!), `${file}: verb "${match[1]}"`);
    }
  });

  it('when a button is pressed, then only its route and the routes that read text next to buttons are asked', () => {
    for (const kind of schemaKinds()) {
      const asked = MESSAGE_ROUTES.filter((route) =>
        offered(route, { action: { kokobot: kind } as never }),
      ).map((route) => route.handler);
      const owner = MESSAGE_ROUTES.find((route) => route.actions.includes(kind as CardActionKind))!;
      const always = MESSAGE_ROUTES.filter((route) => route.text === 'always').map(
        (route) => route.handler,
      );
      assert.deepEqual(new Set(asked), new Set([owner.handler, ...always]), kind);
    }
    const typed = MESSAGE_ROUTES.filter((route) => offered(route, {})).map(
      (route) => route.handler,
    );
    assert.deepEqual(
      typed,
      MESSAGE_ROUTES.filter((route) => route.text !== 'none').map((route) => route.handler),
    );
  });
});
