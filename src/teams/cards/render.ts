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
 * Binds a template from cards/ to its data. Values are data, never template: the templating
 * engine does not evaluate `${…}` inside bound values (a test pins that down).
 */
export function renderCard(name: CardTemplate, data: object, fallbackText: string): RenderedCard {
  const content = template(name).expand({ $root: { ...data, fallback: fallbackText } }) as object;
  // What botbuilder's CardFactory.adaptiveCard returns, without loading botbuilder for it.
  return { attachment: { contentType: 'application/vnd.microsoft.card.adaptive', content }, fallbackText };
}
