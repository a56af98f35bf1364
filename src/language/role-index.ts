import type { Actor, Directory, Person } from '../directory/model';
import type { QueryToken } from './directory-index';
import { editDistance } from './edit-distance';
import {
  DEPUTY_CONCEPT,
  HEAD_CONCEPT,
  queryRoleWord,
  roleWordMatch,
  roleWords,
  type RoleWord,
} from './roles';

export interface RoleCandidate {
  personId: string;
  score: number;
}

/**
 * Every person's role as role words (stems, compound parts, concepts), built once per directory
 * version, and the look-up "Wer leitet …?" / "who runs …" uses: which people a question describes
 * by their role.
 */
export class RoleIndex {
  /**
   * Each person's role words. People with the same role (many "Koordinatorin") share one list,
   * so the index holds each distinct role once and a look-up scores each distinct role once.
   */
  readonly roles = new Map<string, readonly RoleWord[]>();
  /** People whose role heads their institution as a whole ("Leiter des Jugendamts", not "Teamleiter U25"). */
  readonly institutionHeads = new Set<string>();

  constructor(
    private readonly directory: Directory,
    private readonly actors: ReadonlyMap<string, Actor>,
  ) {
    const byRole = new Map<string, readonly RoleWord[]>();
    const byActor = new Map<string, string[]>();
    for (const person of directory.people) this.add(person, byRole, byActor);
  }

  private add(
    person: Person,
    byRole: Map<string, readonly RoleWord[]>,
    byActor: Map<string, string[]>,
  ): void {
    let words = byRole.get(person.role);
    if (!words) {
      words = roleWords(person.role);
      byRole.set(person.role, words);
    }
    this.roles.set(person.id, words);
    let own = byActor.get(person.actor);
    if (!own) {
      const actor = this.actors.get(person.actor);
      own = actor
        ? roleWords([actor.name, ...actor.aliases].join(' ')).map((word) => word.word)
        : [];
      byActor.set(person.actor, own);
    }
    // A word of the role that names the institution itself, or a whole office ("Amt").
    const institutional = (part: string) =>
      part.length < 3 ||
      /^(amt|amts|haupt|gesamt|geschaeft)$/.test(part) ||
      own.some((name) => name.length >= 4 && (name.includes(part) || part.includes(name)));
    const heads = words.filter((word) => word.terms.includes(HEAD_CONCEPT));
    if (heads.length === 0 || words.some((word) => word.terms.includes(DEPUTY_CONCEPT))) return;
    const qualified = words.some((word) =>
      // A compound's first part ("Bereichs|leiterin") or another word ("… Jugendberufshilfe")
      // narrows the role to a part of the institution.
      word.terms.includes(HEAD_CONCEPT)
        ? word.prefix !== undefined && !institutional(word.prefix)
        : !institutional(word.word) && !institutional(word.terms[0] ?? word.word),
    );
    if (!qualified) this.institutionHeads.add(person.id);
  }

  /** Every word written in some role, for mending a slip of one ("dezernetin"). */
  private vocabulary?: Map<number, string[]>;

  /** A long question word one letter off the one role word it means, as that word. */
  private mended(word: string): string {
    if (word.length < 7) return word;
    if (!this.vocabulary) {
      this.vocabulary = new Map();
      const seen = new Set<string>();
      for (const words of this.roles.values())
        for (const { word: written } of words) {
          if (seen.has(written) || written.length < 6) continue;
          seen.add(written);
          const list = this.vocabulary.get(written.length) ?? [];
          list.push(written);
          this.vocabulary.set(written.length, list);
        }
    }
    const near: string[] = [];
    for (const length of [word.length - 1, word.length, word.length + 1])
      for (const written of this.vocabulary.get(length) ?? []) {
        if (written === word) return word;
        if (editDistance(word, written, 1) <= 1) near.push(written);
      }
    return near.length === 1 ? near[0]! : word;
  }

  /**
   * People a question describes by their role, best first: each question word scores its best
   * match with the person's role words; asked for a head, the head of the whole institution comes
   * before the head of a team in it, a deputy head after both.
   */
  find(tokens: QueryToken[], scope: { actor?: string; deputies?: boolean } = {}): RoleCandidate[] {
    const query = tokens
      .map((token) => queryRoleWord(this.mended(token.folded)))
      .filter((word): word is RoleWord => word !== undefined);
    if (query.length === 0) return [];
    // Asked for a head as such ("Leiterin", "head"), not for a team's ("Teamleitung").
    const asksHead = query.some(
      (word) =>
        word.terms.includes(HEAD_CONCEPT) &&
        (word.prefix === undefined || /^(amt|amts|haupt|gesamt|geschaeft)$/.test(word.prefix)),
    );
    const asksDeputy = query.some((word) => word.terms.includes(DEPUTY_CONCEPT));
    const ranked: RoleCandidate[] = [];
    // Per distinct role (people share them): how well the question's words meet it.
    const scores = new Map<readonly RoleWord[], number>();
    for (const person of this.directory.people) {
      if (scope.actor !== undefined && person.actor !== scope.actor) continue;
      const role = this.roles.get(person.id) ?? NO_ROLE;
      let score = scores.get(role);
      if (score === undefined) {
        score = roleScore(query, role);
        scores.set(role, score);
      }
      if (score === 0) continue;
      if (asksHead && this.institutionHeads.has(person.id)) score += 0.5;
      if (
        !asksDeputy &&
        !scope.deputies &&
        role.some((word) => word.terms.includes(DEPUTY_CONCEPT))
      )
        score -= 0.7;
      if (score > 0) ranked.push({ personId: person.id, score });
    }
    return ranked.sort((a, b) => b.score - a.score);
  }
}

const NO_ROLE: readonly RoleWord[] = [];

/** Each question word's best match among a role's words, summed. */
function roleScore(query: readonly RoleWord[], role: readonly RoleWord[]): number {
  let score = 0;
  for (const word of query) {
    const best = Math.max(0, ...role.map((roleWord) => roleWordMatch(word, roleWord)));
    // The very word ("Schulrätin"), or a compound of the same kind ("Teamleiterin" for
    // "Teamleitung"), before a form or concept that merely meets it.
    const same = role.some(
      (roleWord) =>
        !roleWord.object &&
        (roleWord.word === word.word ||
          (word.prefix !== undefined && roleWord.prefix === word.prefix)),
    );
    // A word that meets two words of the role ("Studienberatung": "Berufsberaterin für
    // akademische Berufe") fits it better than one meeting one.
    const meets = role.filter(
      (roleWord) => !roleWord.object && roleWordMatch(word, roleWord) >= 1,
    ).length;
    score += best + (best > 0 && same ? 0.1 : 0) + (meets >= 2 ? 0.1 : 0);
  }
  return score;
}
