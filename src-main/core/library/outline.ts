import type { Db } from '../db/open-database';
import type { LibraryOutline } from '../../contract';
import { titleLineChars } from '../../../src-shared/display/title-line';

interface OutlineRow {
  id: number;
  title: string;
  date_start: string | null;
  number: string | null;
  collection_id: string | null;
  collection_title: string | null;
  /** The chapter headings as JSON text (`chapter_json`): grouped by the text, parsed once per distinct value. */
  chapter: string | null;
  parent_id: number | null;
}

const SINGLE = 'Single documents';

/**
 * The outline of the library for the browse list (see `LibraryOutline`):
 * one pass over the documents' small columns, kept until the library
 * changes (its generation). Library order is the one `library.list` gives:
 * volumes by id, documents in import order, single documents last.
 */
export function createOutline({ db, generation }: { db: Db; generation: () => number }) {
  // Two statements in index order: `ORDER BY collection_id IS NULL` (volumes before single documents) cost a sort of every row.
  const select = (where: string) =>
    db.prepare(`
      SELECT d.id, d.title, d.date_start, d.number, d.collection_id, c.title AS collection_title,
             d.chapter_json AS chapter, p.id AS parent_id
      FROM documents d INDEXED BY documents_outline
      LEFT JOIN collections c ON c.id = d.collection_id
      LEFT JOIN documents p ON p.collection_id = d.collection_id AND p.source_id = d.parent_source_id
      WHERE ${where}
      ORDER BY d.collection_id, d.id`);
  const inVolumes = select('d.collection_id IS NOT NULL');
  const single = select('d.collection_id IS NULL');
  const sections = db.prepare("SELECT count(*) AS n FROM documents INDEXED BY documents_sections WHERE kind = 'section'");
  let cached: { generation: number; outline: LibraryOutline } | null = null;

  function build(): LibraryOutline {
    const { n } = sections.get() as { n: number };
    const out: LibraryOutline = { groups: [], paths: [], ids: [], path: [], parent: [], titleChars: [], byDate: [], sections: n };
    const groupOf = new Map<string, number>();
    const pathOf = new Map<string, number>();
    const dates: Array<string | null> = [];
    const titles: string[] = [];
    for (const r of [...(inVolumes.all() as OutlineRow[]), ...(single.all() as OutlineRow[])]) {
      const groupKey = r.collection_id === null ? 'single' : `c:${r.collection_id}`;
      let group = groupOf.get(groupKey);
      if (group === undefined) {
        group = out.groups.length;
        out.groups.push({ key: groupKey, title: r.collection_id === null ? SINGLE : (r.collection_title ?? r.collection_id) });
        groupOf.set(groupKey, group);
      }
      const chapterJson = r.chapter ?? '[]';
      const pathKey = `${group}\u0000${chapterJson}`;
      let path = pathOf.get(pathKey);
      if (path === undefined) {
        path = out.paths.length;
        out.paths.push({ group, chapter: JSON.parse(chapterJson) as string[] });
        pathOf.set(pathKey, path);
      }
      out.ids.push(r.id);
      out.path.push(path);
      out.parent.push(r.parent_id ?? 0);
      out.titleChars.push(titleLineChars({ title: r.title, number: r.number, parentId: r.parent_id }));
      dates.push(r.date_start);
      titles.push(r.title);
    }
    out.byDate = out.ids.map((_, i) => i).sort((a, b) => compareDate(dates[a] ?? null, titles[a] ?? '', dates[b] ?? null, titles[b] ?? ''));
    return out;
  }

  return {
    /** The outline as of the library's current generation. */
    get(): LibraryOutline {
      const g = generation();
      if (cached?.generation !== g) cached = { generation: g, outline: build() };
      return cached.outline;
    },
  };
}

/** One collator for the whole sort: `localeCompare` per pair is several times slower over 100,000 titles. */
const collator = new Intl.Collator();

/** Dated documents first, in date order; ties (and the undated) by title. */
function compareDate(da: string | null, ta: string, db: string | null, tb: string): number {
  if (da === db) return collator.compare(ta, tb);
  if (da === null) return 1;
  if (db === null) return -1;
  return da < db ? -1 : 1;
}

export type Outline = ReturnType<typeof createOutline>;
