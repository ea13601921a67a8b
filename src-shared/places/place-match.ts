import { PLACES, type PlaceEntry } from './gazetteer';

/** A dateline's place read against the gazetteer. */
export interface PlaceMatch {
  place: PlaceEntry;
  /** The name as the text writes it ("Peiping", "Department of State"). */
  matched: string;
  /** What precedes the place, when it names an office at it ("Commissioner of the United States to China"). */
  office?: string;
}

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every name of every place, longest first so that "San Juan del Norte" wins over a shorter name inside it. */
const NAMES: Array<[string, PlaceEntry]> = PLACES.flatMap((p) => [p.name, ...p.aliases].map((n): [string, PlaceEntry] => [fold(n), p])).sort((a, b) => b[0].length - a[0].length);
const OF_NAME = new Map(NAMES);
// Folded text: a name matches as whole words, so "Rome" is not found in "Romero".
const ANY_NAME = new RegExp(`(?<![\\p{L}\\p{N}])(?:${NAMES.map(([n]) => escape(n)).join('|')})(?![\\p{L}])`, 'gu');

/**
 * The place a text names, or undefined when it names none the gazetteer
 * knows. The last-named place wins: "Legation of the United States, Managua,
 * Nicaragua" and "Department of State, Washington" name an office before the
 * city; "Consulate of the United States, San Juan del Norte, Bluefields" was
 * written at Bluefields.
 */
export function matchPlace(text: string | undefined): PlaceMatch | undefined {
  if (!text) return undefined;
  const folded = fold(text);
  let last: RegExpExecArray | undefined;
  for (const m of folded.matchAll(ANY_NAME)) last = m;
  const place = last && OF_NAME.get(last[0]);
  if (!last || !place) return undefined;
  // Folding keeps lengths for the Latin scripts datelines use; if it did not, the table's own spelling is shown.
  const sameLength = folded.length === text.length;
  const matched = sameLength ? text.slice(last.index, last.index + last[0].length) : last[0];
  const before = sameLength ? text.slice(0, last.index).replace(/[\s,;:.]+$/, '').trim() : '';
  const office = before && OF_NAME.get(fold(before)) !== place ? before : undefined;
  return { place, matched, ...(office ? { office } : {}) };
}

/** A dateline place tidied for showing as written: single spaces, no trailing punctuation. */
export function tidyPlace(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/^[\s,;:]+|[\s,;:.]+$/g, '').trim();
}

/**
 * The place facet's value for a dateline: the known place's name (Peiping,
 * "Department of State, Washington" → Peking, Washington), else the words as
 * written: an unknown place is never guessed at.
 */
export function placeFacetValue(text: string | undefined): string | null {
  if (!text?.trim()) return null;
  return matchPlace(text)?.place.name ?? tidyPlace(text);
}
