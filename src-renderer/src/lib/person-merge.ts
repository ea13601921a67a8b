import type { PersonSummary } from '@contract';

/**
 * Which person a merge keeps as the head: an editor's listed entry over an
 * inferred one (its name and description are the edition's), else the person
 * whose page the user is on.
 */
export function mergeDirection<P extends Pick<PersonSummary, 'id' | 'source'>>(current: P, other: P): { into: P; from: P } {
  if (current.source === 'inferred' && other.source === 'listed') return { into: other, from: current };
  return { into: current, from: other };
}
