/** The generated world: the directory as written to YAML plus what questions need to know about it. */
import type { Gender } from './names';

export type Genus = 'm' | 'f' | 'n' | 'pl';

export interface RoleSpec {
  /** Job title by gender. */
  title: Record<Gender, string>;
  /** Heads the institution ("Wer leitet …?"). */
  head?: boolean;
  coordinator?: boolean;
  /** What the person is in charge of, for "Wer ist bei … für … zuständig?" (de, en). */
  topic?: { de: string; en: string };
  /** A school's StuBo (goes to the Arbeitskreis StuBos). */
  stubo?: boolean;
}

export interface Institution {
  id: string;
  name: string;
  aliases: string[];
  genus: Genus;
  kind: 'city' | 'school-authority' | 'partner' | 'network' | 'external';
  description: string;
  /** Switchboard number, part of the description (the schema has no phone field). */
  phone: string;
  /** English descriptor when it names this one institution only ("youth office"). */
  en?: string;
  /** Topic key for membership in bodies ("bo", "uebergang", "dual", "koord", "jbh"). */
  tags: string[];
  partners: string[];
  domain: string;
  roles: RoleSpec[];
}

export interface Person {
  id: string;
  name: string;
  first: string;
  last: string;
  gender: Gender;
  actor: string;
  role: string;
  spec: RoleSpec;
  email: string;
  deputy?: string;
  coordinator: boolean;
}

export interface Chair {
  person: string;
  from: string;
  to: string;
}

export interface Schedule {
  rrule: string;
  from: string;
  until?: string;
  start: string;
  end: string;
  location: string;
  online?: string;
  agenda: string[];
}

export interface Body {
  id: string;
  name: string;
  aliases: string[];
  genus: Genus;
  purpose: string;
  field?: string;
  members: string[];
  chairs: Chair[];
  /** How the chair rotates (for questions by school year). */
  rotation: 'calendar' | 'school-year' | 'none';
  schedule?: Schedule;
  /** English descriptor ("steering group") when unique. */
  en?: string;
}

export interface Field {
  id: string;
  number: number;
  name: string;
  aliases: string[];
  description: string;
}

export type GoalStatus = 'on-track' | 'at-risk' | 'delayed' | 'done' | 'paused';

export interface Goal {
  id: string;
  field: string;
  title: string;
  what: string;
  why: string;
  owner: string;
  partners: string[];
  due: string;
  body: string;
  /** Reported by its owner in the last status round (stored beside the directory). */
  status: GoalStatus;
  progress: number;
}

export interface Meeting {
  id: string;
  body: string;
  start: string;
  end: string;
  location: string;
  online?: string;
  agenda: string[];
}

export interface World {
  seed: number;
  place: string;
  placeKind: 'city' | 'kreis';
  organisation: { name: string; timezone: string; locale: string; state: string };
  /** "Today" of the questions (ISO date, Europe/Berlin). */
  today: string;
  institutions: Institution[];
  people: Person[];
  bodies: Body[];
  fields: Field[];
  goals: Goal[];
  /** Explicit meetings plus every occurrence of the series (for expectations). */
  meetings: Meeting[];
  /** Explicit meetings only (as written to the file). */
  explicitMeetings: Meeting[];
}
