import type { z } from 'zod';
import type {
  actorSchema,
  bodySchema,
  chairSchema,
  directorySchema,
  fieldSchema,
  goalSchema,
  meetingSchema,
  organisationSchema,
  personSchema,
} from './schema';

/** Domain records of the directory ("who does what"), typed from the file schema. */
export type Organisation = z.infer<typeof organisationSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Person = z.infer<typeof personSchema>;
export type Chair = z.infer<typeof chairSchema>;
export type Body = z.infer<typeof bodySchema>;
export type Field = z.infer<typeof fieldSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type Directory = z.infer<typeof directorySchema>;

export const SECTIONS = ['actors', 'people', 'bodies', 'fields', 'goals', 'meetings'] as const;
export type Section = (typeof SECTIONS)[number];

export function countRecords(directory: Directory): Record<Section, number> {
  return {
    actors: directory.actors.length,
    people: directory.people.length,
    bodies: directory.bodies.length,
    fields: directory.fields.length,
    goals: directory.goals.length,
    meetings: directory.meetings.length,
  };
}
