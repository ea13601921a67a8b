/**
 * How the sender and recipient of a document read in the reader, the search
 * index's facets and the dossier PDF: office and name, "The Ambassador in
 * France (Caffery)". A citation style that names parties its own way (FRUS:
 * "from the Ambassador … and …") keeps that rule in the style.
 */

/** A person or office on either end of a document: the model's Party. */
export interface PartyLike {
  name?: string;
  role?: string;
}

/** "The Ambassador in France (Caffery)", "Secretary of State", "Maurice Dejean"; the name once when the office already says it. */
export function partyLabel(party: PartyLike): string {
  const role = party.role?.trim();
  const name = party.name?.trim();
  if (role && name) return role.includes(name) ? role : `${role} (${name})`;
  return role || name || '';
}

/** Several parties: "The Ambassador in France (Caffery); Secretary of State". */
export function partiesLabel(parties: readonly PartyLike[]): string {
  return parties.map(partyLabel).filter((s) => s.length > 0).join('; ');
}

/** The short form for filters and lists: names where known, else the office; null when there is nothing to show. */
export function partiesShort(parties: readonly PartyLike[] | undefined): string | null {
  if (!parties || parties.length === 0) return null;
  const names = parties.map((p) => p.name?.trim() || p.role?.trim() || '').filter((s) => s.length > 0);
  return names.length > 0 ? names.join('; ') : null;
}
