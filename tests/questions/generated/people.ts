/** Staff of the institutions: German names, gender-fitting job titles, unique e-mails, deputies. */
import { asciiSlug, FEMALE_NAMES, LAST_NAMES, MALE_NAMES, type Gender } from './names';
import type { Random } from './prng';
import type { Institution, Person } from './world';

export function peopleFor(r: Random, institutions: Institution[]): Person[] {
  const people: Person[] = [];
  const names = new Set<string>();
  const ids = new Set<string>();
  const emails = new Set<string>();
  for (const institution of institutions) {
    const staff: Person[] = [];
    institution.roles.forEach((spec, index) => {
      const always = index === 0 || institution.id === 'koko';
      if (!always && !r.chance(0.65)) return;
      const gender: Gender = r.chance(0.55) ? 'f' : 'm';
      let first: string;
      let last: string;
      do {
        first = r.pick(gender === 'f' ? FEMALE_NAMES : MALE_NAMES);
        last = r.pick(LAST_NAMES);
      } while (names.has(`${first} ${last}`));
      const name = `${first} ${last}`;
      names.add(name);
      let id = asciiSlug(`${first[0]}${last}`).replace(/\./g, '');
      for (let n = 2; ids.has(id); n += 1)
        id = `${asciiSlug(`${first[0]}${last}`).replace(/\./g, '')}${n}`;
      ids.add(id);
      let email = `${asciiSlug(first)}.${asciiSlug(last)}@${institution.domain}`.replace(
        /\.\.+/g,
        '.',
      );
      if (emails.has(email)) email = email.replace('@', `${staff.length + 2}@`);
      emails.add(email);
      staff.push({
        id,
        name,
        first,
        last,
        gender,
        actor: institution.id,
        role: spec.title[gender],
        spec,
        email,
        coordinator: !!spec.coordinator,
      });
    });
    const [head, ...others] = staff;
    if (head && others.length > 0) {
      if (r.chance(0.8)) head.deputy = r.pick(others).id;
      for (const other of others) if (r.chance(0.4)) other.deputy = head.id;
    }
    people.push(...staff);
  }
  return people;
}
