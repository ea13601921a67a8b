import type { Db } from '../db/open-database';

/**
 * The documents connected to one through resolved links (editorial or found
 * in the text), followed both ways: what it cites, what cites it, and so on.
 * A breadth-first walk, so that a capped thread keeps the nearest documents.
 * Targets since deleted are not in `documents` and drop out.
 *
 * Sections (a volume's index, list of papers, persons list, a chapter's
 * editorial note) are not letters in anyone's conversation: the index alone
 * cites most of a volume, so a walk through it joined every telegram that
 * one page of the index named into one 247-document "thread". The walk
 * neither enters nor leaves through them.
 */
const LETTER = "coalesce(d.kind, '') <> 'section'";

export function createLinkGraph(db: Db) {
  const cites = db
    .prepare(
      `SELECT DISTINCT t.target_id FROM doc_links l JOIN doc_link_targets t ON t.link_id = l.id
       JOIN documents d ON d.id = t.target_id
       WHERE l.source_id = ? AND l.status = 'resolved' AND ${LETTER}`,
    )
    .pluck();
  const citedBy = db
    .prepare(
      `SELECT DISTINCT l.source_id FROM doc_link_targets t JOIN doc_links l ON l.id = t.link_id
       JOIN documents d ON d.id = l.source_id
       WHERE t.target_id = ? AND l.status = 'resolved' AND ${LETTER}`,
    )
    .pluck();
  const exists = db.prepare('SELECT 1 FROM documents WHERE id = ?').pluck();
  const isLetter = db.prepare(`SELECT 1 FROM documents d WHERE d.id = ? AND ${LETTER}`).pluck();

  return {
    /** The connected documents, `id` first; at most `cap`, and whether more were left. */
    component(id: number, cap: number): { ids: number[]; truncated: boolean } {
      if (!exists.get(id)) return { ids: [], truncated: false };
      if (!isLetter.get(id)) return { ids: [id], truncated: false };
      const seen = new Set<number>([id]);
      const queue = [id];
      for (let i = 0; i < queue.length; i += 1) {
        const at = queue[i] as number;
        const next = [...(cites.all(at) as number[]), ...(citedBy.all(at) as number[])];
        for (const n of next) {
          if (seen.has(n)) continue;
          if (seen.size >= cap) return { ids: queue, truncated: true };
          seen.add(n);
          queue.push(n);
        }
      }
      return { ids: queue, truncated: false };
    },
  };
}
