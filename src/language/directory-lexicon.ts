import type { DirectoryIndex } from './directory-index';
import { fold, tokens } from './text';

/**
 * What a directory says in words, for telling a slip from a word typed on purpose: every folded
 * word of its records (names, roles, descriptions, purposes, goals), and how close a typed word is
 * to a term of a record's name. Built once per directory version.
 */
export interface DirectoryLexicon {
  knows(word: string): boolean;
  /** Edits to the nearest name term (0 exact, 1, 2; Infinity when none is near). */
  nameDistance(word: string): number;
}

const lexicons = new WeakMap<DirectoryIndex, DirectoryLexicon>();

export function directoryLexicon(index: DirectoryIndex): DirectoryLexicon {
  let lexicon = lexicons.get(index);
  if (!lexicon) {
    const words = new Set<string>();
    collectWords(index.directory, words);
    lexicon = {
      knows: (word) => words.has(word) || index.knowsTerm(word),
      nameDistance: (word) => {
        const best = Math.max(0, ...index.termMatches(word).values());
        if (best >= 1) return 0;
        if (best >= 0.75) return 1;
        return best > 0 ? 2 : Infinity;
      },
    };
    lexicons.set(index, lexicon);
  }
  return lexicon;
}

function collectWords(value: unknown, words: Set<string>): void {
  if (typeof value === 'string') {
    for (const word of tokens(fold(value))) words.add(word);
  } else if (Array.isArray(value)) {
    for (const item of value) collectWords(item, words);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) collectWords(item, words);
  }
}
