import fs from 'node:fs';
import path from 'node:path';
import * as ACData from 'adaptivecards-templating';
import type { Attachment } from 'botbuilder';
import { CARDS_DIR } from '../../paths';
import type { CardTemplate } from './card-data';

/** A card ready to send: the Adaptive Card and the text that answers on its own without it. */
export interface RenderedCard {
  attachment: Attachment;
  fallbackText: string;
}

const templates = new Map<string, ACData.Template>();

function template(name: string): ACData.Template {
  let cached = templates.get(name);
  if (!cached) {
    const json: unknown = JSON.parse(fs.readFileSync(path.join(CARDS_DIR, `${name}.json`), 'utf8'));
    cached = new ACData.Template(json);
    templates.set(name, cached);
  }
  return cached;
}

/**
 * Cards already bound, by template and data: the same answer again (the next meeting, the chair) is
 * not bound again — binding walks the template through adaptive-expressions and is the costliest
 * step of a reply. Binding is pure (the templates use no clock or random functions), so the result
 * is the same. The cards are deeply frozen and shared: nothing may change a card once bound (the
 * SDK serialises it as it is). Bounded: at most MAX_RENDERED cards, none with large data.
 */
const rendered = new Map<string, object>();
const MAX_RENDERED = 200;
const MAX_CACHED_DATA_CHARS = 8 * 1024;

/**
 * Binds a template from cards/ to its data. Values are data, never template: the templating
 * engine does not evaluate `${…}` inside bound values (a test pins that down).
 */
export function renderCard(name: CardTemplate, data: object, fallbackText: string): RenderedCard {
  const root = { ...data, fallback: fallbackText };
  const key = `${name}\u0000${JSON.stringify(root)}`;
  let content = rendered.get(key);
  if (content === undefined) {
    content = deepFreeze(template(name).expand({ $root: root }) as object);
    if (key.length <= MAX_CACHED_DATA_CHARS) {
      rendered.set(key, content);
      if (rendered.size > MAX_RENDERED) rendered.delete(rendered.keys().next().value!);
    }
  } else {
    // Most recently used last, so that the oldest unused card is the one dropped.
    rendered.delete(key);
    rendered.set(key, content);
  }
  // What botbuilder's CardFactory.adaptiveCard returns, without loading botbuilder for it.
  return { attachment: { contentType: 'application/vnd.microsoft.card.adaptive', content }, fallbackText };
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value))
    if (child && typeof child === 'object' && !Object.isFrozen(child)) deepFreeze(child as object);
  return Object.freeze(value);
}
