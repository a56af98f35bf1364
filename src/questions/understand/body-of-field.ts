import type { Cue } from '../cues';
import {
  parseRef,
  refKey,
  type DirectoryIndex,
  type NameCandidate,
  type QueryToken,
  type RefKey,
} from '../../language/directory-index';

/** Cues that ask about a body, never about a field of action: meetings, chair, members, agenda. */
const BODY_CUES: Cue[] = ['meet', 'chair', 'members', 'agenda', 'attend', 'online'];

const CLARIFY_MAX = 6;

/**
 * "Wann tagt die FAG Berufliche Orientierung?": a body whose name holds a field's name is meant,
 * not the field, when the question also names the body by another word of its names ("FAG",
 * "Arbeitskreis"), or asks what only a body has (meetings, a chair, members, an agenda). Several
 * such bodies and nothing to tell them apart: asked back. Undefined when the field stays.
 */
export function bodyOverField(
  index: DirectoryIndex,
  input: {
    named: NameCandidate[];
    queryTokens: QueryToken[];
    picked: RefKey | undefined;
    cues: Set<Cue>;
  },
): { subject: RefKey } | { clarify: RefKey[] } | undefined {
  const { named, queryTokens, picked, cues } = input;
  if (!picked || parseRef(picked).section !== 'fields') return undefined;
  const field = named.find((candidate) => candidate.ref === picked);
  if (!field) return undefined;
  const bodies = named.filter(
    (candidate) =>
      parseRef(candidate.ref).section === 'bodies' &&
      candidate.score >= 0.4 &&
      field.positions.every((position) => candidate.positions.includes(position)),
  );
  if (bodies.length === 0) return fieldsBodies(index, parseRef(picked).id, cues);
  // Words of the question beyond the field's name that name one of these bodies ("FAG").
  const rest = queryTokens.filter((token) => !field.positions.includes(token.position));
  const support = new Map<RefKey, number>();
  for (const token of rest) {
    for (const hit of index.findByName([token])) {
      if (bodies.some((body) => body.ref === hit.ref))
        support.set(hit.ref, (support.get(hit.ref) ?? 0) + 1);
    }
  }
  const most = Math.max(0, ...support.values());
  const supported = bodies.filter((body) => (support.get(body.ref) ?? 0) === most && most > 0);
  if (supported.length === 1) return { subject: supported[0]!.ref };
  // "Which goals are in HF3?": "are in" asks for goals there, not for members.
  if (!BODY_CUES.some((cue) => cues.has(cue) && !(cue === 'members' && cues.has('goals'))))
    return undefined;
  const among = supported.length > 1 ? supported : bodies;
  if (among.length === 1) return { subject: among[0]!.ref };
  return { clarify: among.slice(0, CLARIFY_MAX).map((body) => body.ref) };
}

/** Cues that only a body's meetings or its chair answer ("Wann tagt HF4?"). */
const MEETING_CUES: Cue[] = ['meet', 'chair', 'agenda', 'online', 'attend'];

/**
 * "Wann tagt die Kommunale Koordinierung?": no body carries the field's name, but a field does not
 * meet; its bodies do. One: that one; several: asked back.
 */
function fieldsBodies(
  index: DirectoryIndex,
  fieldId: string,
  cues: Set<Cue>,
): { subject: RefKey } | { clarify: RefKey[] } | undefined {
  if (!MEETING_CUES.some((cue) => cues.has(cue))) return undefined;
  const bodies = index.directory.bodies
    .filter((body) => body.field === fieldId)
    .map((body) => refKey('bodies', body.id));
  if (bodies.length === 0) return undefined;
  if (bodies.length === 1) return { subject: bodies[0]! };
  return { clarify: bodies.slice(0, CLARIFY_MAX) };
}

/** `pickSubject`'s result, with a body named after a field put in the field's place. */
export function withBodyOverField(
  index: DirectoryIndex,
  picked: { subject?: RefKey; clarify?: RefKey[] },
  input: { named: NameCandidate[]; queryTokens: QueryToken[]; cues: Set<Cue> },
): { subject?: RefKey; clarify?: RefKey[] } {
  const body = bodyOverField(index, { ...input, picked: picked.subject });
  return body ?? picked;
}
