import type { Db } from '../db/open-database';
import type { DocStore } from '../search/doc-store';
import { WEIGHTS } from './weights';
import type { Asked, Found } from './found';

/** Documents of the same decimal file looked at, nearest in date first kept; a subject file can hold thousands. */
const MAX_SAME_FILE = 2000;
const KEEP_SAME_FILE = 30;

/** "861.00/1234" → "861.00"; null for numbers without a file part (lot files, subject-numeric). */
export function decimalFile(value: string): string | null {
  const slash = value.indexOf('/');
  return slash > 0 ? value.slice(0, slash).trim() : null;
}

/**
 * Same file number (the source note's `fileNumbers`, kept as rows in
 * `doc_source_marks` by migration 12): the exact number, and the same decimal
 * file under another number, nearest in date first.
 */
export function createFileReasons(db: Db, store: () => DocStore) {
  // Without the index named, SQLite walks every file number (the (field, value) index): 67 ms at 100,000 documents.
  const numbers = db.prepare("SELECT DISTINCT value FROM doc_source_marks INDEXED BY doc_source_marks_doc WHERE doc_id = ? AND field = 'file'").pluck();
  const exact = db.prepare("SELECT DISTINCT doc_id FROM doc_source_marks WHERE field = 'file' AND value = ? AND doc_id != ?").pluck();
  // '/' + 1 is '0': the range holds every value starting "861.00/".
  const inFile = db.prepare(
    `SELECT doc_id, value FROM doc_source_marks WHERE field = 'file' AND value >= ? AND value < ? AND doc_id != ? LIMIT ${MAX_SAME_FILE}`,
  );

  return (asked: Asked): Found[] => {
    const own = numbers.all(asked.id) as string[];
    const out: Found[] = [];
    const exactIds = new Set<number>();
    for (const value of own) {
      for (const id of exact.all(value, asked.id) as number[]) {
        if (!asked.inScope(id) || exactIds.has(id)) continue;
        exactIds.add(id);
        out.push({ id, reason: { kind: 'same-file-number', label: `Same file ${value}`, detail: null, weight: WEIGHTS.fileNumber } });
      }
    }
    const dateKey = store().dateKey;
    const ownDate = dateKey[asked.id] ?? 0;
    for (const file of new Set(own.map(decimalFile).filter((f): f is string => f !== null))) {
      const rows = (inFile.all(`${file}/`, `${file}0`, asked.id) as Array<{ doc_id: number; value: string }>).filter(
        (r) => !exactIds.has(r.doc_id) && asked.inScope(r.doc_id),
      );
      const nearest = rows.sort((a, b) => Math.abs((dateKey[a.doc_id] ?? 0) - ownDate) - Math.abs((dateKey[b.doc_id] ?? 0) - ownDate));
      const kept = new Set<number>();
      for (const r of nearest) {
        if (kept.size >= KEEP_SAME_FILE || kept.has(r.doc_id)) continue;
        kept.add(r.doc_id);
        out.push({ id: r.doc_id, reason: { kind: 'same-file', label: `Same decimal file ${file}`, detail: `filed as ${r.value}`, weight: WEIGHTS.file } });
      }
    }
    return out;
  };
}
