import { distance } from 'fastest-levenshtein';
import type MiniSearch from 'minisearch';
import { stem } from './text';

/** What a question token is matched against: the directory index's name vocabulary. */
export interface Vocabulary {
  /** Stemmed name terms (to the name variants that hold them). */
  postings: ReadonlyMap<string, unknown>;
  /** Word endings (at least 4 letters) of vocabulary terms, for "Konferenz" -> Jugendkonferenz. */
  endings: ReadonlyMap<string, string[]>;
  /** The same terms, for typo-tolerant look-up. */
  terms: MiniSearch<{ id: number; term: string }>;
  /** A term by its id in `terms`. */
  termOf: (id: number) => string;
}

const MIN_COMPOUND_PART = 4;

/** Vocabulary terms a question token may mean, with how sure (1 exact … 0.6 two typos). */
export function matchTerm(vocabulary: Vocabulary, folded: string): Map<string, number> {
  const matches = new Map<string, number>();
  const stemmed = stem(folded);
  const add = (term: string, weight: number) => {
    if ((matches.get(term) ?? 0) < weight) matches.set(term, weight);
  };
  if (vocabulary.postings.has(stemmed)) add(stemmed, 1);
  if (vocabulary.postings.has(folded)) add(folded, 1);
  // A word that is itself a name term is no slip for another ("Schule" is not "Schulte").
  const exact = matches.size > 0;
  if (!exact && stemmed.length >= 5 && !/\d/.test(stemmed)) {
    const maxDistance = stemmed.length >= 8 ? 2 : 1;
    for (const hit of vocabulary.terms.search(stemmed, { fuzzy: maxDistance, prefix: false })) {
      const term = vocabulary.termOf(hit.id as number);
      if (Math.abs(term.length - stemmed.length) > maxDistance || term.length < 4) continue;
      const d = distance(term, stemmed);
      if (d <= maxDistance && d > 0) add(term, d === 1 ? 0.8 : 0.6);
    }
  }
  if (matches.get(stemmed) === 1 || matches.get(folded) === 1) return matches;
  // German compounds name their subject first: a Steuerungsgruppensitzung is a meeting of the
  // Steuerungsgruppe. A known last part counts only when the first part is known too — a
  // "Sportausschuss" is not the Ausschuss für Schule und Bildung.
  if (folded.length >= 2 * MIN_COMPOUND_PART) {
    for (let cut = folded.length - 3; cut >= MIN_COMPOUND_PART; cut -= 1) {
      const head = stem(folded.slice(0, cut));
      if (vocabulary.postings.has(head) && head.length >= MIN_COMPOUND_PART) {
        add(head, 0.8);
        break;
      }
    }
    for (let cut = MIN_COMPOUND_PART; cut <= folded.length - MIN_COMPOUND_PART - 1; cut += 1) {
      const head = folded.slice(0, cut).replace(/s$/, '');
      const tail = stem(folded.slice(cut));
      if (
        vocabulary.postings.has(tail) &&
        (vocabulary.postings.has(stem(head)) || vocabulary.postings.has(head))
      ) {
        add(tail, 0.75);
        break;
      }
    }
  }
  // A generic last part ("Konferenz", "Kammer") may mean any record whose name ends with it.
  if (stemmed.length >= 4 && folded.length >= 5) {
    for (const term of vocabulary.endings.get(stemmed) ?? []) add(term, 0.6);
  }
  return matches;
}
