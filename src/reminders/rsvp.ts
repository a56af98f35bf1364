/** Zusage / Absage / Vertretung: a member's answer to a meeting reminder. */
export const RSVP_ANSWERS = ['yes', 'no', 'deputy'] as const;
export type RsvpAnswer = (typeof RSVP_ANSWERS)[number];

export interface Rsvp {
  meetingId: string;
  personId: string;
  answer: RsvpAnswer;
  at: string;
}

/**
 * Members' answers, the latest press per meeting and person wins. The table implementation is
 * `src/storage/table-rsvp-repository.ts`.
 */
export interface RsvpRepository {
  set(rsvp: Rsvp): Promise<void>;
  get(meetingId: string, personId: string): Promise<Rsvp | undefined>;
  forMeeting(meetingId: string): Promise<Rsvp[]>;
}
