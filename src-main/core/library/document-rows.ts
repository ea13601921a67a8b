import type { Collection, DocumentMeta, ImportedDocument, Placement } from '../../../src-shared/model/document';
import { partiesShort } from '../../../src-shared/display/parties';
import type { DocSummary } from '../../contract';

/** Rows of `documents` as the repository reads them, and the values derived from metadata. */
export interface DocRow {
  id: number;
  key: string;
  format: ImportedDocument['format'];
  title: string;
  date_start: string | null;
  kind: string | null;
  sender: string | null;
  number: string | null;
  meta_json: string;
  body_json: string;
  placement_json: string | null;
  plain_text: string;
  source_file: string | null;
  collection_id: string | null;
  collection_title: string | null;
  collection_published: string | null;
  parent_id: number | null;
  /** The document's tags joined by U+001F. */
  tags: string | null;
}

export const SUMMARY_SELECT = `
  SELECT d.id, d.key, d.title, d.date_start, d.kind, d.sender, d.number, d.placement_json,
         d.collection_id, c.title AS collection_title, c.published AS collection_published,
         p.id AS parent_id,
         (SELECT group_concat(t.tag, char(31)) FROM doc_tags t WHERE t.doc_id = d.id) AS tags
  FROM documents d
  LEFT JOIN collections c ON c.id = d.collection_id
  LEFT JOIN documents p ON p.collection_id = d.collection_id AND p.source_id = d.parent_source_id`;

function yearOf(date: string | undefined): number | null {
  const m = date ? /^(\d{4})/.exec(date) : null;
  return m ? Number(m[1]) : null;
}

/** The columns filters and lists read, derived from the (possibly user-corrected) metadata. */
export function derivedColumns(meta: DocumentMeta) {
  const date = meta.date?.value;
  return {
    title: meta.title.value,
    dateStart: date?.start ?? null,
    dateEnd: date?.end ?? null,
    year: yearOf(date?.start),
    sender: partiesShort(meta.from?.value),
  };
}

export const TAG_FILTER = '(@tag IS NULL OR EXISTS (SELECT 1 FROM doc_tags t WHERE t.doc_id = d.id AND t.tag = @tag))';

export function toSummary(row: Omit<DocRow, 'format' | 'meta_json' | 'body_json' | 'plain_text' | 'source_file'>): DocSummary {
  const placement = row.placement_json ? (JSON.parse(row.placement_json) as Placement) : null;
  const collection: Collection | null = row.collection_id
    ? { id: row.collection_id, title: row.collection_title ?? row.collection_id, ...(row.collection_published ? { published: row.collection_published } : {}) }
    : null;
  return {
    id: row.id,
    title: row.title,
    date: row.date_start,
    kind: row.kind,
    from: row.sender,
    collection,
    chapter: placement?.chapter ?? [],
    number: row.number,
    parentId: row.parent_id,
    tags: row.tags ? row.tags.split('\u001f').sort((a, b) => a.localeCompare(b)) : [],
  };
}
