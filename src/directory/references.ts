import type { Directory } from './model';

export interface LocatedProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Cross-reference checks over a schema-valid directory: unique ids per section, and every id that
 * points somewhere points at a record of the right kind. Returns every problem, not just the first.
 */
export function checkReferences(directory: Directory): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const idsOf = (section: keyof Omit<Directory, 'organisation'>) => {
    const seen = new Map<string, number>();
    directory[section].forEach((record, index) => {
      const previous = seen.get(record.id);
      if (previous !== undefined) {
        problems.push({
          path: [section, index, 'id'],
          message: `duplicate id "${record.id}" (also ${section}[${previous}])`,
        });
      } else {
        seen.set(record.id, index);
      }
    });
    return new Set(seen.keys());
  };
  const actors = idsOf('actors');
  const people = idsOf('people');
  const bodies = idsOf('bodies');
  const fields = idsOf('fields');
  idsOf('goals');
  idsOf('meetings');

  directory.people.forEach((person, index) => {
    if (actors.has(person.id)) {
      problems.push({
        path: ['people', index, 'id'],
        message: `"${person.id}" is also an actor id; lists that mix actors and people need distinct ids`,
      });
    }
  });

  const expect = (
    path: (string | number)[],
    value: string | undefined,
    kinds: { set: Set<string>; noun: string }[],
  ) => {
    if (value === undefined || kinds.some((kind) => kind.set.has(value))) return;
    problems.push({
      path,
      message: `no ${kinds.map((kind) => kind.noun).join(' or ')} "${value}"`,
    });
  };
  const actor = { set: actors, noun: 'actor' };
  const person = { set: people, noun: 'person' };
  const body = { set: bodies, noun: 'body' };
  const field = { set: fields, noun: 'field' };

  directory.actors.forEach((record, index) => {
    record.partners.forEach((partner, p) =>
      expect(['actors', index, 'partners', p], partner, [actor]),
    );
  });
  directory.people.forEach((record, index) => {
    expect(['people', index, 'actor'], record.actor, [actor]);
    expect(['people', index, 'deputy'], record.deputy, [person]);
    if (record.deputy === record.id) {
      problems.push({
        path: ['people', index, 'deputy'],
        message: 'a person cannot be their own deputy',
      });
    }
  });
  directory.bodies.forEach((record, index) => {
    expect(['bodies', index, 'field'], record.field, [field]);
    record.members.forEach((member, m) =>
      expect(['bodies', index, 'members', m], member, [actor, person]),
    );
    record.chairs.forEach((chair, c) =>
      expect(['bodies', index, 'chairs', c, 'person'], chair.person, [person]),
    );
  });
  directory.goals.forEach((record, index) => {
    expect(['goals', index, 'field'], record.field, [field]);
    expect(['goals', index, 'owner'], record.owner, [person]);
    expect(['goals', index, 'body'], record.body, [body]);
    record.partners.forEach((partner, p) =>
      expect(['goals', index, 'partners', p], partner, [actor, person]),
    );
  });
  directory.meetings.forEach((record, index) => {
    expect(['meetings', index, 'body'], record.body, [body]);
  });
  return problems;
}
