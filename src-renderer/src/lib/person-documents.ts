import type { PersonDocument, PersonRole } from '@contract';
import { yearOf } from './person-years';

/** The documents a role tab and the histogram's year leave (the page's date order kept). */
export function shownDocuments(documents: readonly PersonDocument[], role: PersonRole | null, year: number | null): PersonDocument[] {
  return documents.filter((d) => (role === null || d.roles.includes(role)) && (year === null || yearOf(d.date) === year));
}

/** How many documents each role tab would list in the chosen year: a tab with none is disabled, not hidden, so the tabs never shift. */
export function roleCounts(documents: readonly PersonDocument[], year: number | null): Record<PersonRole | 'all', number> {
  const counts = { all: 0, sender: 0, recipient: 0, mentioned: 0 };
  for (const d of documents) {
    if (year !== null && yearOf(d.date) !== year) continue;
    counts.all++;
    for (const r of d.roles) counts[r]++;
  }
  return counts;
}
