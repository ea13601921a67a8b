import type { RequestFilters } from '../filters';

const FIELD_NAMES: Array<[keyof RequestFilters, string]> = [
  ['from', 'from'], ['to', 'to'], ['place', 'place'], ['collection', 'collection'], ['classification', 'classification'], ['tag', 'tag'],
  ['caveat', 'caveat'], ['repository', 'repository'], ['redacted', 'redacted'], ['translation', 'translation'], ['paraphrase', 'paraphrase'],
];

/** The filters chosen beside the query, as a reader of a footnote would want them: `collection: frus1918Russiav03; years 1918–1919`. */
export function scopeText(f: RequestFilters): string {
  const parts: string[] = [];
  if (f.year !== undefined) parts.push(`year ${f.year}`);
  if (f.yearFrom !== undefined || f.yearTo !== undefined) parts.push(`years ${f.yearFrom ?? '…'}–${f.yearTo ?? '…'}`);
  for (const [key, name] of FIELD_NAMES) {
    const v = f[key];
    if (v !== undefined && v !== '') parts.push(`${name}: ${String(v)}`);
  }
  return parts.length > 0 ? parts.join('; ') : 'whole library';
}

export const grouped = (n: number): string => n.toLocaleString('en-GB');

/**
 * The one line that goes with a chart or a table wherever it is pasted: what
 * was asked, over what, what was counted, and when, so a figure in a paper can
 * be traced back (made: the day, UTC).
 */
export function methodNote(what: string, queries: readonly string[], filters: RequestFilters, counts: string, made: Date): string {
  const q = queries.map((x) => `“${x}”`).join(', ');
  return `${what} for ${q} · scope: ${scopeText(filters)} · ${counts} · made ${made.toISOString().slice(0, 10)} with Chancery`;
}
