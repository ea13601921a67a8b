import type { FacetCount } from '../../contract';
import type { Db } from '../db/open-database';
import type { DocStore } from './doc-store';

/** The facets read from the source apparatus (doc_source_marks), beside the facet store's. */
export interface SourceFacetCounts {
  caveat: FacetCount[];
  repository: FacetCount[];
  translation: FacetCount[];
  paraphrase: FacetCount[];
  redacted: FacetCount[];
}

type Group = keyof SourceFacetCounts;

/** The marks as two parallel columns (document, value number), one row per document and value. */
interface Marks {
  store: DocStore;
  version: number;
  docs: Int32Array;
  codes: Int32Array;
  values: Array<{ group: Group; value: string }>;
}

/**
 * One row per document and facet value: a document with three markers of
 * withheld text counts once under `redacted` "yes" and once per kind.
 */
const ROWS = `
  SELECT DISTINCT doc_id, grp, value FROM (
    SELECT doc_id, 'caveat' AS grp, value FROM doc_source_marks WHERE field = 'caveat'
    UNION ALL SELECT doc_id, 'repository', value FROM doc_source_marks WHERE field = 'repository'
    UNION ALL SELECT doc_id, value, 'yes' FROM doc_source_marks WHERE field = 'flag' AND value IN ('translation', 'paraphrase')
    UNION ALL SELECT doc_id, 'redacted', 'yes' FROM doc_source_marks WHERE field = 'redaction'
    UNION ALL SELECT doc_id, 'redacted', value FROM doc_source_marks WHERE field = 'redaction'
  ) ORDER BY doc_id`;

const TOP = 20;
const KIND_LABEL: Record<string, string> = { yes: 'Any marker', no: 'None' };
const YES_NO_LABEL: Record<string, string> = { yes: 'Yes', no: 'No' };

function load(db: Db, store: DocStore): Marks {
  const rows = db.prepare(ROWS).raw().all() as Array<[number, Group, string]>;
  const docs = new Int32Array(rows.length);
  const codes = new Int32Array(rows.length);
  const values: Marks['values'] = [];
  const numbers = new Map<string, number>();
  rows.forEach(([doc, group, value], i) => {
    const key = `${group}\u0000${value}`;
    let n = numbers.get(key);
    if (n === undefined) {
      n = values.length;
      values.push({ group, value });
      numbers.set(key, n);
    }
    docs[i] = doc;
    codes[i] = n;
  });
  return { store, version: store.version, docs, codes, values };
}

/** Most first, ties by name; yes/no groups keep yes before no. */
function ordered(list: FacetCount[], group: Group): FacetCount[] {
  if (group === 'caveat' || group === 'repository') return list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, TOP);
  const rank = (v: string): number => (v === 'yes' ? 0 : v === 'no' ? 1 : 2);
  return list.sort((a, b) => rank(a.value) - rank(b.value) || b.count - a.count || a.value.localeCompare(b.value));
}

/**
 * Counts over every matching document: one pass over the marks rows (a few
 * per document that has a source note or a marker at all), testing each
 * row's document in `matched`. The rows are read from SQLite once per change
 * of the facet store (each import, re-import or metadata edit changes it),
 * so a search as you type reads no SQL for these facets. "No" is the rest
 * of the match set: exact without a row per document lacking the mark.
 */
export function createSourceFacetCounter(db: Db) {
  let marks: Marks | null = null;
  return {
    count(store: DocStore, matched: Uint8Array, total: number): SourceFacetCounts {
      if (marks?.store !== store || marks.version !== store.version) marks = load(db, store);
      const counts = new Uint32Array(marks.values.length);
      const { docs, codes } = marks;
      for (let i = 0; i < docs.length; i++) if (matched[docs[i] ?? 0] === 1) counts[codes[i] ?? 0] = (counts[codes[i] ?? 0] ?? 0) + 1;
      const out: SourceFacetCounts = { caveat: [], repository: [], translation: [], paraphrase: [], redacted: [] };
      marks.values.forEach(({ group, value }, n) => {
        const count = counts[n] ?? 0;
        if (count === 0) return;
        const label = group === 'redacted' ? (KIND_LABEL[value] ?? value[0]?.toUpperCase() + value.slice(1)) : YES_NO_LABEL[value];
        out[group].push(label === undefined ? { value, count } : { value, count, label });
      });
      for (const group of ['translation', 'paraphrase', 'redacted'] as const) {
        const yes = out[group].find((f) => f.value === 'yes')?.count ?? 0;
        if (yes > 0 && total - yes > 0) out[group].push({ value: 'no', count: total - yes, label: group === 'redacted' ? 'None' : 'No' });
      }
      for (const group of Object.keys(out) as Group[]) out[group] = ordered(out[group], group);
      return out;
    },
  };
}
