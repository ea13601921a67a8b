import type { Db } from '../db/open-database';
import { WEIGHTS } from './weights';
import type { Asked, Found } from './found';

/** Neighbours kept on each side: a chapter can hold hundreds of documents, the nearest in the volume's order say the most. */
const EACH_SIDE = 15;

/** A heading short enough for a label: FRUS sub-chapter headings run to a paragraph of dated clauses. */
export function shortHeading(heading: string, max = 60): string {
  const clause = heading.split(/—|; /)[0]?.trim() ?? heading;
  if (clause.length <= max) return clause === heading ? clause : `${clause} …`;
  return `${clause.slice(0, clause.lastIndexOf(' ', max)).replace(/[,;:]$/, '')} …`;
}

/**
 * Same chapter: the documents the editors placed under the same headings of
 * the same volume, nearest in the volume's order (library ids follow it). Both
 * queries walk the outline index (collection, id, …, chapter) from the
 * document outwards and stop at the first neighbours.
 */
export function createChapterReasons(db: Db) {
  const own = db.prepare('SELECT collection_id AS collection, chapter_json AS chapter FROM documents WHERE id = ?');
  const after = db.prepare(
    `SELECT id FROM documents INDEXED BY documents_outline WHERE collection_id = ? AND id > ? AND chapter_json = ? ORDER BY id LIMIT ${EACH_SIDE}`,
  ).pluck();
  const before = db.prepare(
    `SELECT id FROM documents INDEXED BY documents_outline WHERE collection_id = ? AND id < ? AND chapter_json = ? ORDER BY id DESC LIMIT ${EACH_SIDE}`,
  ).pluck();

  return (asked: Asked): Found[] => {
    const row = own.get(asked.id) as { collection: string | null; chapter: string | null } | undefined;
    if (!row?.collection || !row.chapter) return [];
    const headings = JSON.parse(row.chapter) as string[];
    const heading = headings[headings.length - 1];
    if (!heading) return [];
    const ids = [...(before.all(row.collection, asked.id, row.chapter) as number[]), ...(after.all(row.collection, asked.id, row.chapter) as number[])];
    return ids
      .filter((id) => asked.inScope(id))
      .map((id) => ({
        id,
        reason: { kind: 'same-chapter', label: `Same chapter: ${shortHeading(heading)}`, detail: headings.join(' › '), weight: WEIGHTS.chapter },
      }));
  };
}
