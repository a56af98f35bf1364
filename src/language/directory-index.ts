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
import { matchTerm } from './term-match';
import { fold, stem, STOP_WORDS, tokens } from './text';

/** `people/jmueller`: a record of the directory, as questions and answers refer to it. */
export type RefKey = `${Section}/${string}`;
export const refKey = (section: Section, id: string): RefKey => `${section}/${id}`;
export function parseRef(key: RefKey): { section: Section; id: string } {
  const slash = key.indexOf('/');
  return { section: key.slice(0, slash) as Section, id: key.slice(slash + 1) };
}

interface Variant {
  ref: RefKey;
  terms: string[];
  mass: number;
}

export interface NameCandidate {
  ref: RefKey;
  /** 0..1: how completely and how exactly the question names this record. */
  score: number;
  /** Positions of the question tokens that name it. */
  positions: number[];
  /** How many records share its most specific matched name term (1 = only this one). */
  spread: number;
}

/** A person a question describes by role ("die Leiterin des Jugendamts"), with how well. */
export type { RoleCandidate } from './role-index';

export interface QueryToken {
  position: number;
  folded: string;
}

/** Terms of a name: folded, stop words dropped, stemmed. */
export function nameTerms(name: string): string[] {
  return tokens(fold(name))
    .filter((token) => !STOP_WORDS.has(token))
    .map(stem);
}

/**
 * Everything the question engine looks records up by, built once per directory version: the names,
 * aliases, ids, surnames and goal titles as stemmed terms (with a MiniSearch index over the
 * vocabulary for typo-tolerant look-up), and a full-text index over purposes and descriptions.
 */
export class DirectoryIndex {
  readonly actors = new Map<string, Actor>();
  readonly people = new Map<string, Person>();
  readonly bodies = new Map<string, Body>();
  readonly fields = new Map<string, Field>();
  readonly goals = new Map<string, Goal>();
  readonly meetings = new Map<string, Meeting>();
  private readonly variants: Variant[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly recordsOfTerm = new Map<string, Set<RefKey>>();
  private readonly idf = new Map<string, number>();
  /** Word endings (at least 4 letters) of vocabulary terms, for "Konferenz" -> Jugendkonferenz. */
  private readonly endings = new Map<string, string[]>();
  private readonly vocabulary: MiniSearch<{ id: number; term: string }>;
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

    for (const actor of directory.actors) {
      this.addNames(refKey('actors', actor.id), [actor.name, ...actor.aliases, actor.id]);
    }
    for (const person of directory.people) {
      const parts = person.name.split(/\s+/);
      const surname = parts[parts.length - 1] ?? person.name;
      this.addNames(refKey('people', person.id), [person.name, surname, parts[0] ?? '']);
    }
    this.roleIndex = new RoleIndex(directory, this.actors);
    for (const body of directory.bodies) {
      this.addNames(refKey('bodies', body.id), [body.name, ...body.aliases, body.id]);
    }
    for (const field of directory.fields) {
      this.addNames(refKey('fields', field.id), [field.name, ...field.aliases, field.id]);
    }
    for (const goal of directory.goals) {
      this.goalIds.set(fold(goal.id), goal.id);
      this.addNames(refKey('goals', goal.id), [goal.title, goal.id]);
    }

    const recordCount = Math.max(1, this.idCount());
    for (const [term, records] of this.recordsOfTerm) {
      this.idf.set(term, Math.log(1 + recordCount / records.size));
    }
    for (const variant of this.variants) {
      variant.mass = variant.terms.reduce((sum, term) => sum + (this.idf.get(term) ?? 0), 0);
    }

    for (const term of this.postings.keys()) {
      for (let cut = 3; cut <= term.length - 4; cut += 1) {
        const ending = term.slice(cut);
        const list = this.endings.get(ending) ?? [];
        if (list.length < 12) list.push(term);
        this.endings.set(ending, list);
      }
    }

    this.vocabulary = new MiniSearch({
      fields: ['term'],
      storeFields: ['term'],
      processTerm: (term) => term,
    });
    this.vocabulary.addAll([...this.postings.keys()].map((term, id) => ({ id, term })));

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

  private addNames(ref: RefKey, names: string[]): void {
    const seen = new Set<string>();
    for (const name of names) {
      const terms = nameTerms(name);
      const key = terms.join(' ');
      if (terms.length === 0 || seen.has(key)) continue;
      seen.add(key);
      const index = this.variants.length;
      this.variants.push({ ref, terms, mass: 0 });
      for (const term of new Set(terms)) {
        const list = this.postings.get(term) ?? [];
        list.push(index);
        this.postings.set(term, list);
        const records = this.recordsOfTerm.get(term) ?? new Set<RefKey>();
        records.add(ref);
        this.recordsOfTerm.set(term, records);
      }
    }
  }

  hasTerm(term: string): boolean {
    return this.postings.has(term);
  }

  /** Vocabulary terms a question token may mean, with how sure (1 exact … 0.6 two typos). */
  termMatches(folded: string): ReadonlyMap<string, number> {
    return this.termMemo.get(folded, () =>
      matchTerm({ postings: this.postings, endings: this.endings, terms: this.vocabulary }, folded),
    );
  }

  /** Per index: the vocabulary of another directory version may match differently. */
  private readonly termMemo = new Memo<ReadonlyMap<string, number>>(10_000);
  private readonly textMemo = new Memo<readonly { ref: RefKey; score: number }[]>(2_000);

  /** Whether a folded word is (or stems to) a term of a record's name: never a typo of a cue word. */
  knowsTerm(word: string): boolean {
    return this.postings.has(word) || this.postings.has(stem(word));
  }

  /** Records the question names, best first. */
  findByName(queryTokens: QueryToken[]): NameCandidate[] {
    // Per variant: the best weight each of its terms got, and from which question token.
    const perVariant = new Map<number, Map<string, { weight: number; position: number }>>();
    for (const token of queryTokens) {
      for (const [term, weight] of this.termMatches(token.folded)) {
        for (const index of this.postings.get(term) ?? []) {
          let matched = perVariant.get(index);
          if (!matched) {
            matched = new Map();
            perVariant.set(index, matched);
          }
          const previous = matched.get(term);
          if (!previous || previous.weight < weight)
            matched.set(term, { weight, position: token.position });
        }
      }
    }
    const best = new Map<RefKey, NameCandidate>();
    const positionsOf = new Map<RefKey, Set<number>>();
    for (const [index, matched] of perVariant) {
      const variant = this.variants[index]!;
      let mass = 0;
      let distinct = 0;
      for (const [term, { weight }] of matched) {
        mass += (this.idf.get(term) ?? 0) * weight;
        // A rare, long word that only this record has identifies it (a keyword of a goal title);
        // a generic word ending it ("Kammer" in Handwerkskammer) points at it as much as at others.
        if (term.length >= 6 && this.recordsOfTerm.get(term)?.size === 1) {
          distinct = Math.max(distinct, weight >= 0.8 ? 0.75 * weight : weight);
        }
      }
      const coverage = variant.mass > 0 ? mass / variant.mass : 0;
      const score = Math.min(1, Math.max(coverage, distinct));
      const positions = [...new Set([...matched.values()].map((m) => m.position))];
      // Every well-matched name of a record counts towards what the question says about it
      // ("Frank Zimmerman": first name and surname, not just "Frank").
      if (score >= 0.5) {
        const union = positionsOf.get(variant.ref) ?? new Set<number>();
        for (const position of positions) union.add(position);
        positionsOf.set(variant.ref, union);
      }
      const spread = Math.min(
        ...[...matched.keys()].map((term) => this.recordsOfTerm.get(term)?.size ?? 1),
      );
      const current = best.get(variant.ref);
      if (
        !current ||
        current.score < score ||
        (current.score === score && current.positions.length < positions.length)
      ) {
        best.set(variant.ref, { ref: variant.ref, score, positions, spread });
      }
    }
    for (const [ref, union] of positionsOf) {
      const candidate = best.get(ref)!;
      candidate.positions = [...new Set([...candidate.positions, ...union])];
    }
    for (const candidate of best.values()) candidate.positions.sort((a, b) => a - b);
    return [...best.values()].sort(
      (a, b) => b.score - a.score || b.positions.length - a.positions.length,
    );
  }

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
