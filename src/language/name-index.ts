import MiniSearch from 'minisearch';
import { Memo } from '../memo';
import type { RefKey } from './directory-index';
import { matchTerm } from './term-match';
import { fold, stem, STOP_WORDS, tokens } from './text';

/**
 * One name of a record as stemmed terms, with the sum of their idf. Records that bear the same
 * name (every Müller's surname) share one, so the index holds each distinct name once.
 */
interface NameTerms {
  readonly terms: readonly string[];
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

export interface QueryToken {
  position: number;
  folded: string;
}

/** What building the names needs and the index does not keep. */
interface NamesBuild {
  /** Each distinct name (its terms joined) to the one object its records share. */
  names: Map<string, NameTerms>;
  /** Each term to the records that hold it (the index keeps only how many). */
  records: Map<string, Set<RefKey>>;
  /** Each term to its first string: one string per term, however many names use it. */
  strings: Map<string, string>;
}

function interned(strings: Map<string, string>, term: string): string {
  const known = strings.get(term);
  if (known !== undefined) return known;
  strings.set(term, term);
  return term;
}

/** Terms of a name: folded, stop words dropped, stemmed. */
export function nameTerms(name: string): string[] {
  return tokens(fold(name))
    .filter((token) => !STOP_WORDS.has(token))
    .map(stem);
}

/**
 * The names of the records — names, aliases, ids, surnames, goal titles — as stemmed terms, built
 * once per directory version, with a MiniSearch index over the vocabulary for typo-tolerant
 * look-up: which records a question names, and how well.
 */
export class NameIndex {
  /** The names of the records (name variants), by variant number: whose it is and its terms. */
  private readonly variantRefs: RefKey[] = [];
  private readonly variantNames: NameTerms[] = [];
  /** Each term to the variants that hold it. */
  private readonly postings = new Map<string, number[]>();
  /** Each term to how many records hold it. */
  private readonly recordsOfTerm = new Map<string, number>();
  private readonly idf = new Map<string, number>();
  /** Word endings (at least 4 letters) of vocabulary terms, for "Konferenz" -> Jugendkonferenz. */
  private readonly endings = new Map<string, string[]>();
  private readonly vocabulary: MiniSearch<{ id: number; term: string }>;
  /** The vocabulary's terms by MiniSearch id. */
  private readonly vocabularyTerms: readonly string[];

  /** `named`: each record with its names; `recordCount`: how many records the directory has. */
  constructor(named: readonly (readonly [RefKey, readonly string[]])[], recordCount: number) {
    // While building: the distinct names, and the records of each term.
    const build: NamesBuild = { names: new Map(), records: new Map(), strings: new Map() };
    for (const [ref, names] of named) this.addNames(build, ref, names);

    const count = Math.max(1, recordCount);
    for (const [term, records] of build.records) {
      this.recordsOfTerm.set(term, records.size);
      this.idf.set(term, Math.log(1 + count / records.size));
    }
    for (const name of build.names.values()) {
      name.mass = name.terms.reduce((sum, term) => sum + (this.idf.get(term) ?? 0), 0);
    }

    for (const term of this.postings.keys()) {
      for (let cut = 3; cut <= term.length - 4; cut += 1) {
        const ending = term.slice(cut);
        const list = this.endings.get(ending) ?? [];
        if (list.length < 12) list.push(term);
        this.endings.set(ending, list);
      }
    }

    this.vocabularyTerms = [...this.postings.keys()];
    this.vocabulary = new MiniSearch({ fields: ['term'], processTerm: (term) => term });
    this.vocabulary.addAll(this.vocabularyTerms.map((term, id) => ({ id, term })));
  }

  private addNames(build: NamesBuild, ref: RefKey, names: readonly string[]): void {
    const seen = new Set<string>();
    for (const name of names) {
      const terms = nameTerms(name);
      const key = terms.join(' ');
      if (terms.length === 0 || seen.has(key)) continue;
      seen.add(key);
      let shared = build.names.get(key);
      if (!shared) {
        shared = { terms: terms.map((term) => interned(build.strings, term)), mass: 0 };
        build.names.set(key, shared);
      }
      const index = this.variantRefs.length;
      this.variantRefs.push(ref);
      this.variantNames.push(shared);
      for (const term of new Set(shared.terms)) {
        const list = this.postings.get(term);
        if (list) list.push(index);
        else this.postings.set(term, [index]);
        const records = build.records.get(term) ?? new Set<RefKey>();
        records.add(ref);
        build.records.set(term, records);
      }
    }
  }

  hasTerm(term: string): boolean {
    return this.postings.has(term);
  }

  /** Vocabulary terms a question token may mean, with how sure (1 exact … 0.6 two typos). */
  termMatches(folded: string): ReadonlyMap<string, number> {
    return this.termMemo.get(folded, () =>
      matchTerm(
        {
          postings: this.postings,
          endings: this.endings,
          terms: this.vocabulary,
          termOf: (id) => this.vocabularyTerms[id]!,
        },
        folded,
      ),
    );
  }

  /** Per index: the vocabulary of another directory version may match differently. */
  private readonly termMemo = new Memo<ReadonlyMap<string, number>>(10_000);

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
      const ref = this.variantRefs[index]!;
      const name = this.variantNames[index]!;
      let mass = 0;
      let distinct = 0;
      for (const [term, { weight }] of matched) {
        mass += (this.idf.get(term) ?? 0) * weight;
        // A rare, long word that only this record has identifies it (a keyword of a goal title);
        // a generic word ending it ("Kammer" in Handwerkskammer) points at it as much as at others.
        if (term.length >= 6 && this.recordsOfTerm.get(term) === 1) {
          distinct = Math.max(distinct, weight >= 0.8 ? 0.75 * weight : weight);
        }
      }
      const coverage = name.mass > 0 ? mass / name.mass : 0;
      const score = Math.min(1, Math.max(coverage, distinct));
      const positions = [...new Set([...matched.values()].map((m) => m.position))];
      // Every well-matched name of a record counts towards what the question says about it
      // ("Frank Zimmerman": first name and surname, not just "Frank").
      if (score >= 0.5) {
        const union = positionsOf.get(ref) ?? new Set<number>();
        for (const position of positions) union.add(position);
        positionsOf.set(ref, union);
      }
      const spread = Math.min(
        ...[...matched.keys()].map((term) => this.recordsOfTerm.get(term) ?? 1),
      );
      const current = best.get(ref);
      if (
        !current ||
        current.score < score ||
        (current.score === score && current.positions.length < positions.length)
      ) {
        best.set(ref, { ref, score, positions, spread });
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
}
