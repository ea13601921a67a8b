import type { Db } from '../db/open-database';
import { WEIGHTS } from './weights';
import type { Asked, Found } from './found';

interface LinkRow {
  other: number;
  text: string;
  basis: 'editorial' | 'text';
}

/** A much-cited document lists at most this many of its citers (the rest rank no higher: the reason is the same). */
const MAX_LINKS = 300;

const how = (r: LinkRow): string => (r.basis === 'editorial' ? `editors' link "${r.text}"` : `reference in the text "${r.text}"`);

/**
 * Cites / cited by, from the links resolved at import (`core/links`): only
 * resolved links count, as in threads: a relation is never guessed from an
 * ambiguous reference.
 */
export function createLinkReasons(db: Db) {
  const cites = db.prepare(`
    SELECT t.target_id AS other, l.text, l.basis FROM doc_links l JOIN doc_link_targets t ON t.link_id = l.id
    WHERE l.source_id = ? AND l.status = 'resolved' AND t.target_id != l.source_id ORDER BY l.start LIMIT ${MAX_LINKS}`);
  const citedBy = db.prepare(`
    SELECT l.source_id AS other, l.text, l.basis FROM doc_link_targets t JOIN doc_links l ON l.id = t.link_id
    WHERE t.target_id = ? AND l.status = 'resolved' AND l.source_id != t.target_id LIMIT ${MAX_LINKS}`);

  /** One reason per document and direction: the first reference names it. */
  const once = (rows: LinkRow[], asked: Asked, make: (r: LinkRow) => Found): Found[] => {
    const seen = new Set<number>();
    return rows.filter((r) => asked.inScope(r.other) && !seen.has(r.other) && seen.add(r.other)).map(make);
  };

  return (asked: Asked): Found[] => [
    ...once(cites.all(asked.id) as LinkRow[], asked, (r) => ({
      id: r.other,
      reason: { kind: 'cites', label: 'Cited in this document', detail: how(r), weight: WEIGHTS.link },
    })),
    ...once(citedBy.all(asked.id) as LinkRow[], asked, (r) => ({
      id: r.other,
      reason: { kind: 'cited-by', label: 'Cites this document', detail: how(r), weight: WEIGHTS.link },
    })),
  ];
}
