import { foldTerm } from '../../../src-shared/text/fold';
import { nameFits, nameKey } from '../../../src-shared/people/person-names';

/**
 * How well a query names a person ('Lansing', 'Robert Lansing', 'lans'): 3
 * the whole name, 2 the name as far as printed ('Francis' for 'Francis,
 * David R.'), 1 a part of a name, 0.5 a word of the description, 0 not at all.
 */
export function nameScore(query: string, names: readonly string[], descriptions: readonly string[] = []): number {
  const q = nameKey(query);
  if (q === '') return 0;
  let best = 0;
  for (const name of names) {
    if (nameKey(name) === q) return 3;
    if (nameFits(query, name)) best = Math.max(best, 2);
    else if (foldTerm(name).includes(foldTerm(query.trim())) || nameKey(name).includes(q)) best = Math.max(best, 1);
  }
  if (best === 0 && descriptions.some((d) => foldTerm(d).includes(foldTerm(query.trim())))) best = 0.5;
  return best;
}

/** Whether a query names the person: the whole name, or the name as far as the query prints it (what `person:` filters by). */
export function namesPerson(query: string, names: readonly string[]): boolean {
  return nameScore(query, names) >= 2;
}
