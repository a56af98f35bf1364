import type { Body, Chair } from './model';

/** The chairs of a body on a day (ISO date): the chair rotates, so it depends on the day. */
export function chairsOn(body: Body, date: string): Chair[] {
  return body.chairs.filter((chair) => chair.from <= date && date <= chair.to);
}
