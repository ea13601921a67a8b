import type { Db } from '../db/open-database';
import type { FoundLink } from './found-link';

export interface StoredLink {
  id: number;
  source_id: number;
  start: number;
  end: number;
  text: string;
  basis: FoundLink['basis'];
  in_footnote: number;
  status: FoundLink['status'];
  target_ref: string | null;
  target_label: string | null;
  why: string;
}

export interface StoredTarget {
  link_id: number;
  target_id: number;
  anchor: string | null;
}

/** All SQL on `doc_links` and `doc_link_targets`. */
export function createLinkStore(db: Db) {
  const clear = db.prepare('DELETE FROM doc_links WHERE source_id = ?');
  const insert = db.prepare(`
    INSERT INTO doc_links (source_id, start, end, text, basis, in_footnote, status, target_ref, target_label, why)
    VALUES (@source, @start, @end, @text, @basis, @inFootnote, @status, @targetRef, @targetLabel, @why)`);
  const insertTarget = db.prepare('INSERT INTO doc_link_targets (link_id, rank, target_id, anchor) VALUES (?, ?, ?, ?)');
  const ofSource = db.prepare('SELECT * FROM doc_links WHERE source_id = ? ORDER BY start, id');
  const targetsOfSource = db.prepare(`
    SELECT t.link_id, t.target_id, t.anchor FROM doc_link_targets t JOIN doc_links l ON l.id = t.link_id
    WHERE l.source_id = ? ORDER BY t.link_id, t.rank`);
  const citing = db.prepare(`
    SELECT DISTINCT l.* FROM doc_link_targets t JOIN doc_links l ON l.id = t.link_id
    WHERE t.target_id = ? AND l.source_id <> t.target_id ORDER BY l.source_id, l.start`);
  const targetsOfLinks = db.prepare(`
    SELECT link_id, target_id, anchor FROM doc_link_targets
    WHERE link_id IN (SELECT value FROM json_each(?)) ORDER BY link_id, rank`);
  const citingTargets = db.prepare('SELECT DISTINCT l.source_id FROM doc_link_targets t JOIN doc_links l ON l.id = t.link_id WHERE t.target_id IN (SELECT value FROM json_each(?))').pluck();
  const intoVolumes = db.prepare(`
    SELECT DISTINCT l.source_id FROM doc_links l, json_each(?) v
    WHERE l.target_ref = v.value OR (l.target_ref >= v.value || '#' AND l.target_ref < v.value || '$')`).pluck();
  // A reference cites a document sent before it, rarely years before: only citing documents dated from a year before the
  // new ones to two years after are rechecked (undated ones always), so an import never relinks the whole library.
  const unresolvedText = db
    .prepare(
      `SELECT DISTINCT l.source_id FROM doc_links l JOIN documents d ON d.id = l.source_id
       WHERE l.basis = 'text' AND l.status <> 'resolved' AND (d.year IS NULL OR d.year BETWEEN @from - 1 AND @until + 2)`,
    )
    .pluck();

  return {
    /** Replaces a document's links with what the finders found now. */
    replace(source: number, links: readonly FoundLink[]): void {
      clear.run(source);
      for (const l of links) {
        const row = {
          source,
          start: l.start,
          end: l.end,
          text: l.text,
          basis: l.basis,
          inFootnote: l.inFootnote ? 1 : 0,
          status: l.status,
          targetRef: l.targetRef ?? null,
          targetLabel: l.targetLabel ?? null,
          why: l.why,
        };
        const linkId = Number(insert.run(row).lastInsertRowid);
        l.targets.forEach((t, rank) => insertTarget.run(linkId, rank, t.id, t.anchor ?? null));
      }
    },
    ofSource: (source: number): { links: StoredLink[]; targets: StoredTarget[] } => ({
      links: ofSource.all(source) as StoredLink[],
      targets: targetsOfSource.all(source) as StoredTarget[],
    }),
    /** Links in other documents that name `target` among their targets. */
    citing(target: number): { links: StoredLink[]; targets: StoredTarget[] } {
      const links = citing.all(target) as StoredLink[];
      return { links, targets: targetsOfLinks.all(JSON.stringify(links.map((l) => l.id))) as StoredTarget[] };
    },
    /** Documents with a link to one of `ids`. */
    citingAny: (ids: readonly number[]): number[] => citingTargets.all(JSON.stringify(ids)) as number[],
    /** Documents with an editorial link into one of these volumes (`frus1924v02#pg_64`, `frus1924v02`). */
    intoVolumes: (volumes: readonly string[]): number[] => intoVolumes.all(JSON.stringify(volumes)) as number[],
    /** Documents with a reference found in the text not resolved yet, dated near `years` (a new document of those years may resolve it). */
    unresolvedText(years: { from: number; until: number } | null): number[] {
      return years === null ? [] : (unresolvedText.all(years) as number[]);
    },
  };
}

export type LinkStore = ReturnType<typeof createLinkStore>;
