import type { Db } from '../db/open-database';
import type { DocStore, FacetDim } from './doc-store';
import { normaliseClassification } from '../../../src-shared/sources/source-note';
import { foldTerm, foldedWords } from '../../../src-shared/text/fold';
import type { FieldFilters, MarkFilter, Range, TextField } from './query-fields';
import { matchPlace } from '../../../src-shared/places/place-match';
import { workingSetIds } from '../saved/set-members';
import { documentsOfPeople } from '../people/person-filter';

/** Filters given beside the query (the UI's facet choices), same meaning as the query's fields. */
export interface RequestFilters {
  year?: number;
  yearFrom?: number;
  yearTo?: number;
  from?: string;
  to?: string;
  place?: string;
  collection?: string;
  classification?: string;
  tag?: string;
  /** "Limit to set": a working set's name, as the query's `set:`. */
  set?: string;
  /** A person: the facet's value (the person's id) or a name, as `person:`. */
  person?: string;
  /** The source facets' choices: `caveat:`, `repository:`, `redacted:`, `translation:`, `paraphrase:`. */
  caveat?: string;
  repository?: string;
  redacted?: string;
  translation?: string;
  paraphrase?: string;
}

const MARK_REQUEST = ['caveat', 'repository', 'redacted', 'translation', 'paraphrase'] as const;

/** Every word of `want` begins a word of the value: from:caffery, from:"secretary of state". */
export function valueMatches(want: string, value: string): boolean {
  const w = foldedWords(want);
  const v = foldedWords(value);
  return w.length > 0 && w.every((x) => v.some((y) => y.startsWith(x)));
}

const intersect = (a: Range | undefined, b: Range): Range => (a ? { min: Math.max(a.min, b.min), max: Math.min(a.max, b.max) } : b);

/** The query's fields and the request's filters, together. */
export function mergeFilters(f: FieldFilters, r: RequestFilters): FieldFilters {
  const out: FieldFilters = { ...f, from: [...f.from], to: [...f.to], place: [...f.place], collection: [...f.collection], classification: [...f.classification], tag: [...f.tag], set: [...f.set], person: [...f.person], marks: [...f.marks] };
  for (const key of ['from', 'to', 'place', 'collection', 'classification', 'tag', 'set', 'person'] as const) {
    const v = r[key]?.trim();
    if (v) out[key].push(v);
  }
  for (const field of MARK_REQUEST) {
    const value = r[field]?.trim();
    if (value) out.marks.push({ field, value, neg: false });
  }
  if (r.year !== undefined) out.year = intersect(out.year, { min: r.year, max: r.year });
  if (r.yearFrom !== undefined || r.yearTo !== undefined) out.year = intersect(out.year, { min: r.yearFrom ?? -Infinity, max: r.yearTo ?? Infinity });
  return out;
}

const DIM_OF: Record<Exclude<TextField, 'tag' | 'set' | 'person'>, FacetDim> = { from: 'sender', to: 'recipient', place: 'place', collection: 'collection', classification: 'classification' };

type Pred = (id: number) => boolean;

export interface FilterContext {
  db: Db;
  store: DocStore;
  /** Collection id → title, so `collection:` can name a volume by words of its title. */
  collectionTitles: () => Map<string, string>;
}

/**
 * `classification:secret` is Secret, not Top Secret: the level as a whole,
 * in any spelling ("TOP SECRET", "top secret"), or the start of one
 * (`classification:conf`).
 */
function classificationMatches(values: readonly string[], want: string): boolean[] {
  const level = foldTerm(normaliseClassification(want));
  const start = foldedWords(want).join(' ');
  return values.map((printed) => {
    const v = normaliseClassification(printed);
    return foldTerm(v) === level || (start !== '' && foldedWords(v).join(' ').startsWith(start));
  });
}

/** A test on one document's values of `dim`: does any match `want`? */
function valuePred(ctx: FilterContext, field: TextField, want: string): Pred {
  if (field === 'tag') {
    const ids = new Set(ctx.db.prepare('SELECT doc_id FROM doc_tags WHERE tag = ?').pluck().all(want.trim()) as number[]);
    return (id) => ids.has(id);
  }
  if (field === 'set') {
    const ids = new Set(workingSetIds(ctx.db, want));
    return (id) => ids.has(id);
  }
  if (field === 'person') {
    const ids = documentsOfPeople(ctx.db, want);
    return (id) => ids.has(id);
  }
  const dim = DIM_OF[field];
  const titles = dim === 'collection' ? ctx.collectionTitles() : null;
  const dict = ctx.store.dicts[dim];
  // place:peiping finds the place however its datelines spell it: the facet holds the gazetteer's name.
  const known = dim === 'place' ? matchPlace(want)?.place.name : undefined;
  if (known) {
    return ctx.store.valueFilter(dim, dict.values.map((v) => v === known));
  }
  const ok = titles
    ? dict.values.map((v) => foldTerm(v) === foldTerm(want.trim()) || valueMatches(want, titles.get(v) ?? ''))
    : dim === 'classification'
      ? classificationMatches(dict.values, want)
      : dict.matchingEvery(foldedWords(want));
  return ctx.store.valueFilter(dim, ok);
}

/**
 * `file:861.51` matches file numbers beginning so (the decimal system is a
 * hierarchy: 861 is Russia, 861.51 its finance); `redacted:yes` any marker of
 * withheld or omitted text (`redacted:"not declassified"` one kind of it);
 * `caveat:nodis` a handling caveat; `translation:yes` / `paraphrase:yes` the flags.
 */
function markPred(ctx: FilterContext, m: MarkFilter): Pred {
  const v = m.value.trim();
  const sql: Record<MarkFilter['field'], [string, string[]]> = {
    file: [`field = 'file' AND value LIKE ? ESCAPE '\\'`, [`${v.replace(/[\\%_]/g, (c) => `\\${c}`)}%`]],
    repository: [`field = 'repository'`, []],
    caveat: [`field = 'caveat' AND value = ? COLLATE NOCASE`, [v]],
    redacted: /^(?:yes|no)$/i.test(v) ? [`field = 'redaction'`, []] : [`field = 'redaction' AND value = ? COLLATE NOCASE`, [v]],
    translation: [`field = 'flag' AND value = 'translation'`, []],
    paraphrase: [`field = 'flag' AND value = 'paraphrase'`, []],
  };
  const [where, args] = sql[m.field];
  let ids = ctx.db.prepare(`SELECT doc_id FROM doc_source_marks WHERE ${where}`).all(...args) as Array<{ doc_id: number; value?: string }>;
  if (m.field === 'repository') {
    const rows = ctx.db.prepare(`SELECT doc_id, value FROM doc_source_marks WHERE field = 'repository'`).all() as Array<{ doc_id: number; value: string }>;
    ids = rows.filter((r) => valueMatches(v, r.value));
  }
  const set = new Set(ids.map((r) => r.doc_id));
  const no = /^no$/i.test(v) && (m.field === 'redacted' || m.field === 'translation' || m.field === 'paraphrase');
  return no !== m.neg ? (id) => !set.has(id) : (id) => set.has(id);
}

/** One predicate for all filters (null: no filter), evaluated against the facet store. */
export function buildFilter(ctx: FilterContext, f: FieldFilters): Pred | null {
  const preds: Pred[] = [];
  for (const field of ['from', 'to', 'place', 'collection', 'classification', 'tag', 'set', 'person'] as const) {
    for (const want of f[field]) preds.push(valuePred(ctx, field, want));
  }
  for (const { field, value } of f.not) {
    const p = valuePred(ctx, field, value);
    preds.push((id) => !p(id));
  }
  for (const m of f.marks ?? []) preds.push(markPred(ctx, m));
  const { year, date } = f;
  const dateKey = ctx.store.dateKey;
  // A year is a range of date keys (yyyymmdd): one comparison pair per document, no division.
  if (year) preds.push((id) => (dateKey[id] ?? 0) >= year.min * 10000 && (dateKey[id] ?? 0) < (year.max + 1) * 10000);
  if (date) preds.push((id) => (dateKey[id] ?? 0) >= date.min && (dateKey[id] ?? 0) <= date.max);
  if (preds.length === 0) return null;
  const [only] = preds;
  if (preds.length === 1 && only) return only;
  return (id) => {
    for (const p of preds) if (!p(id)) return false;
    return true;
  };
}
