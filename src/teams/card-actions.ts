import { z } from 'zod';
import { cleanDisplayText } from '../display-text';
import { localDateTimeSchema, movedTimesSchema } from '../meetings/local-date-time';

/**
 * What a button on one of kokobot's cards may send back (Action.Submit `value`). Parsed at the edge;
 * anything else is treated as an outdated or foreign button. Never trusted for identity: who pressed
 * comes from the activity, not from these fields.
 */
const refKey = z
  .string()
  .regex(/^(actors|people|bodies|fields|goals|meetings)\/[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/);

/** Text a person typed into a card, shown to others later: cleaned as display names are. */
const typed = (max: number, options: { multiline: boolean }) =>
  z
    .string()
    .max(max)
    .transform((value) => cleanDisplayText(value, options));

// A confirmed move must carry real times, the end after the start: an impossible date once got
// stored and the meeting vanished from every answer.
const meetingChangeAction = z
  .object({
    kokobot: z.literal('meeting-change'),
    meetingId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}(@\d{4}-\d{2}-\d{2})?$/),
    change: z.enum(['moved', 'cancelled']),
    start: localDateTimeSchema.optional(),
    end: localDateTimeSchema.optional(),
    confirm: z.boolean(),
  })
  .refine(
    (action) =>
      action.change !== 'moved' || !action.confirm || movedTimesSchema.safeParse(action).success,
    { message: 'a confirmed move needs a real start and an end after it' },
  );

export const cardActionSchema = z.union([
  meetingChangeAction,
  z.object({
    kokobot: z.literal('clarify'),
    subject: refKey,
    question: typed(2000, { multiline: false }),
  }),
  z.object({
    kokobot: z.literal('status-nudge'),
    roundIds: z
      .array(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}(@\d{4}-\d{2}-\d{2})?$/))
      .min(1)
      .max(20),
    confirm: z.boolean(),
  }),
  z.object({
    kokobot: z.literal('forward'),
    question: typed(2000, { multiline: false }).pipe(z.string().min(1)),
  }),
  z.object({
    kokobot: z.literal('forward-reply'),
    forwardId: z.string().regex(/^[a-f0-9]{32}$/),
    reply: typed(4000, { multiline: true }).optional(),
  }),
]);
export type CardAction = z.infer<typeof cardActionSchema>;

/** undefined: no card data at all; 'invalid': data that is not one of ours (or malformed). */
export function parseCardAction(value: unknown): CardAction | 'invalid' | undefined {
  if (value === undefined || value === null) return undefined;
  const result = cardActionSchema.safeParse(value);
  return result.success ? result.data : 'invalid';
}
