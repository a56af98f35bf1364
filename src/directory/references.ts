import { closest, distance } from 'fastest-levenshtein';
import type { DirectoryMessageKey } from '../i18n/directory';
import type { Directory } from './model';

/** A problem at a place of the file, worded later in the reader's language (problems.ts). */
export interface LocatedProblem {
  path: (string | number)[];
  key: DirectoryMessageKey;
  params?: Record<string, string | number>;
  /** The nearest valid key or id, offered as „meinten Sie …?“. */
  suggestion?: string;
}

/** The nearest of `candidates` to `value`, when it is near enough to be the one meant. */
export function nearest(value: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  if (list.length === 0 || value === '') return undefined;
  const best = closest(value, list);
  const edits = distance(value.toLowerCase(), best.toLowerCase());
  return edits <= Math.max(1, Math.min(3, Math.floor(value.length / 3))) ? best : undefined;
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
          key: 'ref.duplicate',
          params: { id: record.id, number: previous + 1 },
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
        key: 'ref.actorAndPerson',
        params: { id: person.id },
      });
    }
  });

  const expect = (
    path: (string | number)[],
    value: string | undefined,
    kinds: { set: Set<string>; noun: 'actor' | 'person' | 'body' | 'field' }[],
  ) => {
    if (value === undefined || kinds.some((kind) => kind.set.has(value))) return;
    problems.push({
      path,
      key: kinds.length > 1 ? 'ref.actorOrPerson' : `ref.${kinds[0]!.noun}`,
      params: { value },
      suggestion: nearest(
        value,
        kinds.flatMap((kind) => [...kind.set]),
      ),
    });
  };
  const actor = { set: actors, noun: 'actor' } as const;
  const person = { set: people, noun: 'person' } as const;
  const body = { set: bodies, noun: 'body' } as const;
  const field = { set: fields, noun: 'field' } as const;

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
        key: 'ref.ownDeputy',
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
