import type { CardAction } from './card-actions';
import type { MessageInput } from './message-handler';

/*
 * Every way into kokobot, in one table: which feature answers a typed command, a pressed card
 * button (Action.Submit data, Action.Execute verb) or an invoke. KokoBot (bot.ts) follows this table
 * and nothing else; a new command, button or verb is added here first.
 */

/** The words that open the help card (typed on their own, no button pressed). */
export const HELP_WORDS =
  /^(hilfe|help|\?|hilfe\s*!|menü|menu|was kannst du\??|what can you do\??)$/i;

/** The features that answer messages (src/teams/message-handler.ts), as the table names them. */
export const MESSAGE_HANDLER_NAMES = [
  'directory-upload',
  'forwarding',
  'status-commands',
  'preferences',
  'channels',
  'meeting-changes',
  'rsvp-offer',
  'small-talk',
  'questions',
] as const;
export type MessageHandlerName = (typeof MESSAGE_HANDLER_NAMES)[number];

export type CardActionKind = CardAction['kokobot'];

export interface MessageRoute {
  handler: MessageHandlerName;
  /** What it takes, in one line. */
  takes: string;
  /** The card buttons (Action.Submit `kokobot` kinds of card-actions.ts) it answers. */
  actions: readonly CardActionKind[];
  /**
   * Typed text: 'typed' = only when no button was pressed; 'always' = also next to a pressed
   * button; 'none' = never. The handler still decides from the words whether the text is its own.
   */
  text: 'none' | 'typed' | 'always';
}

/**
 * Messages, after the status card's Action.Submit fallback and the help words: asked in this order,
 * the first handler that answers wins; when none does, the "not yet" sentence is sent.
 */
export const MESSAGE_ROUTES: readonly MessageRoute[] = [
  {
    handler: 'directory-upload',
    takes:
      'a directory file sent to the bot (a preview to confirm), "Verlauf", "Version wiederherstellen N", "Verzeichnis herunterladen" (coordinators)',
    actions: [],
    text: 'typed',
  },
  {
    handler: 'forwarding',
    takes:
      'the "forward to a coordinator" button, and a coordinator\'s reply to a forwarded question',
    actions: ['forward', 'forward-reply'],
    text: 'none',
  },
  {
    handler: 'status-commands',
    takes:
      'the nudge confirmation; a typed status, "Zwischenbilanz …", "wer fehlt noch …" (coordinators)',
    actions: ['status-nudge'],
    text: 'typed',
  },
  {
    handler: 'preferences',
    takes: '"Erinnerungen aus" / "an", "abwesend bis …", "wieder da"',
    actions: [],
    text: 'typed',
  },
  {
    handler: 'channels',
    takes: 'a coordinator registering a channel for a body ("Kanal registrieren für …")',
    actions: [],
    text: 'typed',
  },
  {
    handler: 'meeting-changes',
    takes:
      '"Sitzung verschieben … auf …" / "Sitzung absagen …" (coordinators), and its confirmation',
    actions: ['meeting-change'],
    text: 'always',
  },
  {
    handler: 'rsvp-offer',
    takes: '"ich kann nicht / ich komme" about a meeting: offers the RSVP buttons',
    actions: [],
    text: 'typed',
  },
  {
    handler: 'small-talk',
    takes: 'greetings, thanks and the like',
    actions: [],
    text: 'typed',
  },
  {
    handler: 'questions',
    takes: 'everything else: a question about the directory, and the "did you mean" buttons',
    actions: ['clarify'],
    text: 'typed',
  },
];

/** Whether a route's handler is asked for this message at all (the table's pattern). */
export function offered(route: MessageRoute, input: Pick<MessageInput, 'action'>): boolean {
  if (input.action && route.actions.includes(input.action.kokobot)) return true;
  if (route.text === 'always') return true;
  return route.text === 'typed' && !input.action;
}

/**
 * Action.Submit data that is not a message command: the status card pressed on a client without
 * Universal Actions. Handled before every message route, by the status feature.
 */
export const SUBMIT_FALLBACKS = { status: 'status' } as const;

/** Action.Execute (`adaptiveCard/action`) verbs and the feature that answers each. */
export const CARD_VERBS = {
  'status-submit': 'status',
  'status-edit': 'status',
  'status-refresh': 'status',
  rsvp: 'rsvp',
  'directory-confirm': 'directory',
  'directory-discard': 'directory',
} as const;
export type CardVerb = keyof typeof CARD_VERBS;

export function cardVerb(verb: unknown): CardVerb | undefined {
  return typeof verb === 'string' && Object.hasOwn(CARD_VERBS, verb)
    ? (verb as CardVerb)
    : undefined;
}

/** The invoke a card press (Action.Execute) arrives as. */
export const CARD_ACTION_INVOKE = 'adaptiveCard/action';

/**
 * Invokes kokobot offers. `adaptiveCard/action` with an Action.Execute goes to CARD_VERBS (an
 * unknown verb, or a press without Action.Execute, gets the "outdated button" message); every other
 * invoke name (task modules, message extensions …) is not offered and gets 400.
 */
export const INVOKES = {
  [CARD_ACTION_INVOKE]: 'the card verbs of CARD_VERBS',
  'fileConsent/invoke': 'a directory file offered in personal chat, accepted or declined',
} as const;

/** Conversation updates: the bot added to a chat (reference kept, welcome card) or installed. */
export const CONVERSATION_UPDATES = {
  membersAdded: 'keep the reference; send the welcome card when the bot itself was added',
  installationUpdateAdd: 'keep the reference',
} as const;
