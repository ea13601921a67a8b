import { REDACTION_KINDS } from '../../../src-shared/sources/redactions';

/**
 * Field filters of the search language (`from:`, `year:1947..1949`, `date:..1948-02`…)
 * and the date keys they compare: YYYYMMDD as an integer, where an unknown
 * month or day is 00, so a document dated only "1947" sorts before 1947-01-01.
 */
export interface Range {
  min: number;
  max: number;
}

export interface FieldFilters {
  from: string[];
  to: string[];
  place: string[];
  collection: string[];
  classification: string[];
  tag: string[];
  /** People of the person index, by name (`person:"Lansing"`) or id (the facet's value): any role. */
  person: string[];
  /** Excluded values, per text field (`-from:Hull`). */
  not: Array<{ field: TextField; value: string }>;
  year?: Range;
  date?: Range;
  scope?: 'notes' | 'documents';
  /** Source-apparatus fields (`file:861.51`, `redacted:yes`), answered from doc_source_marks. */
  marks: MarkFilter[];
}

export type MarkField = 'file' | 'repository' | 'caveat' | 'redacted' | 'translation' | 'paraphrase';
export interface MarkFilter {
  field: MarkField;
  value: string;
  neg: boolean;
}
const MARK_FIELDS: readonly string[] = ['file', 'repository', 'caveat', 'redacted', 'translation', 'paraphrase'];

export type TextField = 'from' | 'to' | 'place' | 'collection' | 'classification' | 'tag' | 'person';
const TEXT_FIELDS: readonly string[] = ['from', 'to', 'place', 'collection', 'classification', 'tag', 'person'];

export const emptyFilters = (): FieldFilters => ({ from: [], to: [], place: [], collection: [], classification: [], tag: [], person: [], not: [], marks: [] });

const DATE = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

/** A date's key at its start (`low`) or end (missing month/day 00 or 99). */
function dateKey(s: string, low: boolean): number | null {
  const m = DATE.exec(s);
  if (!m) return null;
  const fill = low ? 0 : 99;
  const month = m[2] === undefined ? fill : Number(m[2]);
  const day = m[3] === undefined ? fill : Number(m[3]);
  if (month > 12 && month !== 99) return null;
  return Number(m[1]) * 10000 + month * 100 + day;
}

/** The key of a stored document date ('1947-12-03T10:00', '1941', null → 0). */
export function docDateKey(date: string | null | undefined): number {
  const m = date ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date) : null;
  if (!m) return 0;
  return Number(m[1]) * 10000 + Number(m[2] ?? 0) * 100 + Number(m[3] ?? 0);
}

/** `1947`, `1947..1949`, `..1948`, `1947..` with `parse` reading each end. */
function range(value: string, parse: (s: string, low: boolean) => number | null): Range | null {
  const [a = '', b, ...rest] = value.split('..');
  if (rest.length > 0) return null;
  if (b === undefined) {
    const min = parse(a, true);
    const max = parse(a, false);
    return min === null || max === null ? null : { min, max };
  }
  const min = a === '' ? -Infinity : parse(a, true);
  const max = b === '' ? Infinity : parse(b, false);
  if (min === null || max === null || (a === '' && b === '')) return null;
  return { min, max };
}

const yearOf = (s: string): number | null => (/^\d{4}$/.test(s) ? Number(s) : null);

/** Adds one `name:value` to the filters; returns a hint when the value cannot be read. */
export function addField(f: FieldFilters, name: string, value: string, neg: boolean): string | null {
  const v = value.trim();
  if (v === '') return `"${name}:" needs a value.`;
  if (name === 'year' || name === 'date') {
    if (neg) return `"-${name}:" is not supported; use a range such as ${name}:..1947.`;
    const r = name === 'year' ? range(v, yearOf) : range(v, dateKey);
    if (!r) return name === 'year' ? `Bad year "${v}": use year:1947 or year:1947..1949.` : `Bad date "${v}": use date:1947-11..1948-02 (either end may be left open).`;
    f[name] = r;
    return null;
  }
  if (name === 'in') {
    const scope = v.toLowerCase();
    if (scope !== 'notes' && scope !== 'documents') return `Unknown "in:${v}": use in:notes or in:documents.`;
    f.scope = scope;
    return null;
  }
  if (MARK_FIELDS.includes(name)) {
    const yesNo = name === 'redacted' || name === 'translation' || name === 'paraphrase';
    const kind = name === 'redacted' && REDACTION_KINDS.some((k) => k === v.toLowerCase());
    if (yesNo && !kind && !/^(?:yes|no)$/i.test(v)) return name === 'redacted' ? `Use redacted:yes, redacted:no or a kind (${REDACTION_KINDS.map((k) => (k.includes(' ') ? `"${k}"` : k)).join(', ')}).` : `Use ${name}:yes or ${name}:no.`;
    f.marks.push({ field: name as MarkField, value: v, neg });
    return null;
  }
  if (!TEXT_FIELDS.includes(name)) return `Unknown field "${name}:".`;
  if (neg) f.not.push({ field: name as TextField, value: v });
  else f[name as TextField].push(v);
  return null;
}
