/** An `in:notes` / `in:documents` field as the query language reads it (case-insensitive value, not in quotes). */
const IN_FIELD = /(^|\s)in:(notes|documents)(?=\s|$)/gi;

/**
 * The query without its `in:` fields, for when the user picks a scope tab: the
 * query's own `in:` wins over the tabs in the core, so the two must not disagree.
 */
export function withoutScope(query: string): string {
  return query.replace(IN_FIELD, ' ').replace(/\s{2,}/g, ' ').trim();
}
