import { z } from 'zod';
import {
  actorSchema,
  bodySchema,
  fieldSchema,
  goalSchema,
  meetingSchema,
  personSchema,
} from '../directory/schema';

/** The rows of the `directory` table (docs/storage.md), checked when read back. */
export const directoryRecordSchemas = {
  actors: actorSchema,
  people: personSchema,
  bodies: bodySchema,
  fields: fieldSchema,
  goals: goalSchema,
  meetings: meetingSchema,
} as const;

export const directoryPointerRowSchema = z.object({
  version: z.string().min(1),
  importedAt: z.string(),
});
export const directoryManifestRowSchema = z.object({ counts: z.string(), digest: z.string() });
export const directoryJsonRowSchema = z.object({ json: z.string() });
