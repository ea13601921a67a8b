import type { Party } from '../../../src-shared/model/document';

/** "The Ambassador in France (Caffery)", "Secretary of State", "Maurice Dejean". */
export function partyLabel(p: Party): string {
  if (p.role && p.name) return `${p.role} (${p.name})`;
  return p.name ?? p.role ?? '';
}

/** Short form used for filters and lists: names where known, else the office. */
export function partiesShort(parties: readonly Party[] | undefined): string | null {
  if (!parties || parties.length === 0) return null;
  const names = parties.map((p) => p.name ?? p.role ?? '').filter((s) => s.length > 0);
  return names.length > 0 ? names.join('; ') : null;
}
