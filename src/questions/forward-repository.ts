import type { StoredReference } from '../conversations/model';
import type { Language } from '../i18n';

/** A question forwarded to the coordination office, and where its cards went. */
export interface ForwardedQuestion {
  id: string;
  question: string;
  askerName: string;
  askerReference: StoredReference;
  language: Language;
  status: 'open' | 'answered';
  answeredBy?: string;
  answer?: string;
  deliveries: { personId: string; reference: StoredReference; activityId?: string }[];
  etag?: string;
}

export interface ForwardRepository {
  /** False when a forward with this id exists already (a repeated click): nothing is written. */
  create(forward: ForwardedQuestion): Promise<boolean>;
  get(id: string): Promise<ForwardedQuestion | undefined>;
  /** Records where the cards went (after sending). */
  saveDeliveries(forward: ForwardedQuestion): Promise<void>;
  /** Marks it answered only if nobody answered since it was read (ETag); false if someone did. */
  markAnswered(forward: ForwardedQuestion, answeredBy: string, answer: string): Promise<boolean>;
}
