import { DateTime } from 'luxon';
import MiniSearch from 'minisearch';
import type {
  Actor,
  Body,
  Directory,
  Field,
  Goal,
  Meeting,
  Person,
  Section,
} from '../directory/model';
import { Memo } from '../memo';
import { RoleIndex, type RoleCandidate } from './role-index';
import { nameVariants } from './name-variants';
import { NameIndex, type NameCandidate, type QueryToken } from './name-index';
import { fold, stem, STOP_WORDS, tokens } from './text';
import { withAffiliation } from './affiliation';

/** `people/jmueller`: a record of the directory, as questions and answers refer to it. */
export type RefKey = `${Section}/${string}`;
export const refKey = (section: Section, id: string): RefKey => `${section}/${id}`;
export function parseRef(key: RefKey): { section: Section; id: string } {
  const slash = key.indexOf('/');
  return { section: key.slice(0, slash) as Section, id: key.slice(slash + 1) };
}

/** A person a question describes by role ("die Leiterin des Jugendamts"), with how well. */
export type { RoleCandidate } from './role-index';
export { nameTerms, type NameCandidate, type QueryToken } from './name-index';

/**
 * Everything the question engine looks records up by, built once per directory version: the names,
 * aliases, ids, surnames and goal titles as stemmed terms (name-index.ts), the people's roles
 * (role-index.ts), and a full-text index over purposes and descriptions.
 */
export class DirectoryIndex {
  readonly actors = new Map<string, Actor>();
  readonly people = new Map<string, Person>();
  readonly bodies = new Map<string, Body>();
  readonly fields = new Map<string, Field>();
  readonly goals = new Map<string, Goal>();
  readonly meetings = new Map<string, Meeting>();
  /** The records' names, for "which record does the question name". */
  private readonly names: NameIndex;
  private readonly nameWords: Set<string>;
  private readonly texts: MiniSearch<{ id: string; text: string }>;
  /** Goal ids folded ("z2.1") to the goal id. */
  readonly goalIds = new Map<string, string>();
  /** Every person's role as role words (stems, compound parts, concepts), for "Wer leitet …". */
  readonly roleIndex: RoleIndex;
  /** Meetings by start time (epoch ms in the organisation's zone), computed once per version. */
  readonly meetingsByStart: { meeting: Meeting; start: number }[];

  constructor(
    readonly version: string,
    readonly directory: Directory,
  ) {
    for (const actor of directory.actors) this.actors.set(actor.id, actor);
    for (const person of directory.people) this.people.set(person.id, person);
    for (const body of directory.bodies) this.bodies.set(body.id, body);
    for (const field of directory.fields) this.fields.set(field.id, field);
    for (const goal of directory.goals) this.goals.set(goal.id, goal);
    for (const meeting of directory.meetings) this.meetings.set(meeting.id, meeting);
    const zone = directory.organisation.timezone;
    this.meetingsByStart = directory.meetings
      .map((meeting) => ({ meeting, start: DateTime.fromISO(meeting.start, { zone }).toMillis() }))
      .sort((a, b) => a.start - b.start);

    const named: [RefKey, string[]][] = [];
    for (const actor of directory.actors) {
      const names = [actor.name, ...actor.aliases];
      named.push([refKey('actors', actor.id), [...names, ...nameVariants(names), actor.id]]);
    }
    for (const person of directory.people) {
      const parts = person.name.split(/\s+/);
      const surname = parts[parts.length - 1] ?? person.name;
      named.push([refKey('people', person.id), [person.name, surname, parts[0] ?? '']]);
    }
    this.roleIndex = new RoleIndex(directory, this.actors);
    for (const body of directory.bodies) {
      const names = [body.name, ...body.aliases];
      named.push([refKey('bodies', body.id), [...names, ...nameVariants(names), body.id]]);
    }
    for (const field of directory.fields) {
      named.push([refKey('fields', field.id), [field.name, ...field.aliases, field.id]]);
    }
    for (const goal of directory.goals) {
      this.goalIds.set(fold(goal.id), goal.id);
      named.push([refKey('goals', goal.id), [goal.title, goal.id]]);
    }
    this.names = new NameIndex(named, this.idCount());
    this.nameWords = new Set(named.flatMap(([, names]) => names.flatMap((n) => tokens(fold(n)))));

    this.texts = new MiniSearch({
      fields: ['text'],
      processTerm: (term) => {
        const folded = fold(term);
        return folded && !STOP_WORDS.has(folded) ? stem(folded) : null;
      },
    });
    this.texts.addAll([
      ...directory.bodies.map((body) => ({
        id: refKey('bodies', body.id),
        text: `${body.name} ${body.purpose}`,
      })),
      ...directory.actors.map((actor) => ({
        id: refKey('actors', actor.id),
        text: `${actor.name} ${actor.description}`,
      })),
      ...directory.goals.map((goal) => ({
        id: refKey('goals', goal.id),
        text: `${goal.title} ${goal.what} ${goal.why}`,
      })),
      ...directory.fields.map((field) => ({
        id: refKey('fields', field.id),
        text: `${field.name} ${field.description}`,
      })),
    ]);
  }

  /**
   * People a question describes by their role, best first (see role-index.ts): asked for a head,
   * the head of the whole institution comes before the head of a team in it.
   */
  findByRole(
    tokens: QueryToken[],
    scope: { actor?: string; deputies?: boolean } = {},
  ): RoleCandidate[] {
    return this.roleIndex.find(tokens, scope);
  }

  private idCount(): number {
    const d = this.directory;
    return d.actors.length + d.people.length + d.bodies.length + d.fields.length + d.goals.length;
  }

  hasTerm(term: string): boolean {
    return this.names.hasTerm(term);
  }

  /** Vocabulary terms a question token may mean, with how sure (1 exact … 0.6 two typos). */
  termMatches(folded: string): ReadonlyMap<string, number> {
    return this.names.termMatches(folded);
  }

  /** Whether a folded word is (or stems to) a term of a record's name: never a typo of a cue word. */
  knowsTerm(word: string): boolean {
    return this.names.knowsTerm(word);
  }

  /** Whether a folded word is written, as it is, in some record's name (not only its stem). */
  hasNameWord(word: string): boolean {
    return this.nameWords.has(word);
  }

  /** Records the question names, best first. */
  findByName(queryTokens: QueryToken[]): NameCandidate[] {
    return withAffiliation((id) => this.people.get(id)?.actor, this.names.findByName(queryTokens));
  }

  private readonly textMemo = new Memo<readonly { ref: RefKey; score: number }[]>(2_000);

  /** Records whose purpose or description talks about these words (e.g. "regionaler Handlungsplan"). */
  findByText(words: string[]): readonly { ref: RefKey; score: number }[] {
    const query = words.join(' ');
    if (!query.trim()) return [];
    return this.textMemo.get(query, () =>
      this.texts
        .search(query, { fuzzy: 0.15, combineWith: 'OR' })
        .map((hit) => ({ ref: hit.id as RefKey, score: hit.score })),
    );
  }
}
