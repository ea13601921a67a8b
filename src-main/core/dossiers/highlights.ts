import type { Db } from '../db/open-database';

/** A highlight as the PDF needs it: where it is in the body text, what it says, its colour. */
export interface DossierHighlight {
  /** [start, end) offsets into the document's anchoring text (`bodyText` of the body). */
  start: number;
  end: number;
  /** The quoted text as the user selected it; used when the offsets no longer match. */
  exact: string;
  /** CSS-like colour name or #rrggbb. */
  color: string;
  comment: string;
}

/** Either shape: flat columns (exact, pos_start, pos_end, as migration 3 has it) or an `anchor` JSON column. */
interface HighlightRow {
  color?: unknown;
  comment?: unknown;
  anchor?: unknown;
  exact?: unknown;
  pos_start?: unknown;
  pos_end?: unknown;
  status?: unknown;
  deleted_at?: unknown;
}

interface AnchorJson {
  quote?: { exact?: unknown };
  position?: { start?: unknown; end?: unknown };
}

/**
 * Reads a document's live highlights from the annotations engineer's `highlights`
 * table. Read defensively (the table arrives in migration 3 and its exact shape may
 * move): no table, a missing column or a malformed anchor yields fewer highlights,
 * never an error. Swap for the annotations module's own reader once it exists.
 */
export function loadHighlights(db: Db, docId: number): DossierHighlight[] {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'highlights'").get();
  if (!exists) return [];
  let rows: HighlightRow[];
  try {
    rows = db.prepare('SELECT * FROM highlights WHERE doc_id = ?').all(docId) as HighlightRow[];
  } catch {
    return [];
  }
  return rows.flatMap(toHighlight).sort((a, b) => a.start - b.start || a.end - b.end);
}

function anchorOf(row: HighlightRow): AnchorJson {
  if (typeof row.anchor !== 'string') return { quote: { exact: row.exact }, position: { start: row.pos_start, end: row.pos_end } };
  try {
    return JSON.parse(row.anchor) as AnchorJson;
  } catch {
    return {};
  }
}

function toHighlight(row: HighlightRow): DossierHighlight[] {
  if (row.deleted_at !== null && row.deleted_at !== undefined) return [];
  const anchor = anchorOf(row);
  const exact = typeof anchor.quote?.exact === 'string' ? anchor.quote.exact : '';
  const start = anchor.position?.start;
  const end = anchor.position?.end;
  // An orphaned highlight's text is gone from the document: it keeps its quote but no place.
  if (row.status === 'orphaned' || typeof start !== 'number' || typeof end !== 'number' || end <= start) {
    return exact ? [{ start: -1, end: -1, exact, color: colorOf(row), comment: commentOf(row) }] : [];
  }
  return [{ start, end, exact, color: colorOf(row), comment: commentOf(row) }];
}

const colorOf = (row: HighlightRow): string => (typeof row.color === 'string' && row.color ? row.color : 'yellow');
const commentOf = (row: HighlightRow): string => (typeof row.comment === 'string' ? row.comment : '');

/**
 * Puts each highlight on the text it quotes: the stored offsets when the text
 * there still reads the same, else the first occurrence of the quote, else nothing.
 */
export function resolveHighlights(text: string, list: readonly DossierHighlight[]): DossierHighlight[] {
  return list.flatMap((h) => {
    if (h.start >= 0 && h.end <= text.length && (h.exact === '' || text.slice(h.start, h.end) === h.exact)) return [h];
    const at = h.exact ? text.indexOf(h.exact) : -1;
    return at >= 0 ? [{ ...h, start: at, end: at + h.exact.length }] : [];
  });
}
