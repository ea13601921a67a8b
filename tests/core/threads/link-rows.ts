/** Writes rows of the links tables directly, as the linkers will: the thread reads only these. */
import type { Db } from '../../../src-main/core/db/open-database';

export type LinkStatus = 'resolved' | 'ambiguous' | 'not-found';

export function insertLink(db: Db, source: number, targets: number[], { basis = 'text', status = 'resolved' }: { basis?: 'text' | 'editorial'; status?: LinkStatus } = {}): void {
  const { lastInsertRowid } = db
    .prepare(`INSERT INTO doc_links (source_id, start, end, text, basis, status, why) VALUES (?, 0, 4, 'ref', ?, ?, 'test')`)
    .run(source, basis, status);
  targets.forEach((t, rank) => db.prepare('INSERT INTO doc_link_targets (link_id, rank, target_id) VALUES (?, ?, ?)').run(lastInsertRowid, rank, t));
}
