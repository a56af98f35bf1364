import type { Actor, Person } from '../../directory/model';
import { contactsOf } from '../facts';
import type { MessageKey } from '../../i18n/de';
import { joinList, type ComposeContext } from './shared';

/**
 * One contact detail asked for directly (issue 16): a phone number, an e-mail address, a postal
 * address, of an institution or a person. The directory's schema has e-mail addresses for people
 * only; an institution's number or address is read from its description ("Telefon: 0234 …"). The
 * text answers with exactly that detail, or says it is not recorded and gives who can be reached.
 */
export type ContactDetail = 'phone' | 'email' | 'address';

/** A phone number in free text: after "Telefon", "Tel.", "Phone", else a number led by 0 or +. */
export function phoneIn(text: string): string | undefined {
  const labelled =
    /\b(?:telefon(?:nummer)?|tel\.?|fon|phone|rufnummer)\s*:?\s*(\+?\d[\d /()-]{4,}\d)/i.exec(text);
  if (labelled) return labelled[1]!.trim();
  const bare = /(?:^|[\s(])((?:\+\d{2}|0)\d{2,5}[ /-]?\d[\d -]{3,}\d)/.exec(text);
  return bare ? bare[1]!.trim() : undefined;
}

/** An e-mail address in free text. */
export function emailIn(text: string): string | undefined {
  return /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(text)?.[0];
}

/** A postal address in free text: after "Adresse"/"Anschrift"/"Address", or street, number, postcode and town. */
export function addressIn(text: string): string | undefined {
  const labelled = /\b(?:adresse|anschrift|address)\s*:\s*([^.;]+\d[^.;]*)/i.exec(text);
  if (labelled) return labelled[1]!.trim();
  const street =
    /([A-ZÄÖÜ][\wäöüß.-]*(?:[Ss]tra(?:ß|ss)e|[Ss]tr\.|[Ww]eg|[Pp]latz|[Aa]llee|[Rr]ing|[Gg]asse|[Dd]amm|[Uu]fer)\s+\d+\w?,?\s+\d{5}\s+[A-ZÄÖÜ][\wäöüß-]+)/.exec(
      text,
    );
  return street ? street[1]!.trim() : undefined;
}

const ACTOR_KEYS: Record<ContactDetail, { found: MessageKey; none: MessageKey }> = {
  phone: { found: 'q.phone.actor', none: 'q.phone.actor.none' },
  email: { found: 'q.email.actor', none: 'q.email.actor.none' },
  address: { found: 'q.address.actor', none: 'q.address.actor.none' },
};
const PERSON_KEYS: Record<'phone' | 'address', { found: MessageKey; none: MessageKey }> = {
  phone: { found: 'q.phone.person.actor', none: 'q.phone.person.none' },
  address: { found: 'q.address.person.actor', none: 'q.address.person.none' },
};

function detailOf(actor: Actor, detail: ContactDetail): string | undefined {
  if (detail === 'phone') return phoneIn(actor.description);
  if (detail === 'email') return emailIn(actor.description);
  return addressIn(actor.description);
}

/** "Wie kann ich das Jobcenter telefonisch erreichen?": the number, or who to contact instead. */
export function actorDetailSentence(
  ctx: ComposeContext,
  actor: Actor,
  detail: ContactDetail,
): string {
  const value = detailOf(actor, detail);
  const keys = ACTOR_KEYS[detail];
  if (value) return ctx.t(keys.found, { actor: actor.name, value });
  const none = ctx.t(keys.none, { actor: actor.name });
  const contacts = contactsOf(ctx.index, actor);
  if (contacts.length === 0) return none;
  return `${none} ${ctx.t('q.detail.contacts', {
    people: joinList(
      ctx,
      contacts.map((person) => `${person.name} (${person.role}, ${person.email})`),
    ),
  })}`;
}

/** A person's phone number or address: not in the schema; their institution's, and their e-mail. */
export function personDetailSentence(
  ctx: ComposeContext,
  person: Person,
  detail: Exclude<ContactDetail, 'email'>,
): string {
  const actor = ctx.index.actors.get(person.actor);
  const value = actor ? detailOf(actor, detail) : undefined;
  const params = { person: person.name, email: person.email };
  const keys = PERSON_KEYS[detail];
  if (!value || !actor) return ctx.t(keys.none, params);
  return ctx.t(keys.found, { ...params, actor: actor.name, value });
}
