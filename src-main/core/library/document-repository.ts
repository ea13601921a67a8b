import type { Db } from '../db/open-database';
import type { DocumentBody, DocumentMeta, ImportedDocument, Placement } from '../../../src-shared/model/document';
import type { DocSummary } from '../../contract';
import { derivedColumns, SUMMARY_SELECT, TAG_FILTER, toSummary, type DocRow } from './document-rows';
import { prepareDocument, type PreparedDocument } from './prepared-document';
import { createSourceMarksWriter } from './source-marks';

/** The stored columns a re-import compares with what it brings. */
export type StoredRow = Pick<DocRow, 'id' | 'format' | 'meta_json' | 'body_json' | 'placement_json'>;

export interface StoredDocument {
  id: number;
  key: string;
  format: ImportedDocument['format'];
  meta: DocumentMeta;
  body: DocumentBody;
  placement: Placement | null;
  sourceFile: string | null;
  plainText: string;
}

/** Documents read at once when the search index is rebuilt (a few megabytes). */
const FOR_INDEX_PAGE = 500;

/** All SQL touching `documents` and `collections` lives here. */
export function createDocumentRepository(db: Db, now: () => string = () => new Date().toISOString()) {
  const upsertCollection = db.prepare(
    `INSERT INTO collections (id, title, published) VALUES (@id, @title, @published)
     ON CONFLICT(id) DO UPDATE SET title = excluded.title, published = excluded.published`,
  );
  const upsertDoc = db.prepare(`
    INSERT INTO documents (key, format, title, date_start, date_end, year, sender, kind, collection_id,
      source_id, parent_source_id, number, meta_json, body_json, placement_json, chapter_json, plain_text, source_file,
      imported_at, updated_at)
    VALUES (@key, @format, @title, @dateStart, @dateEnd, @year, @sender, @kind, @collectionId,
      @sourceId, @parentSourceId, @number, @meta, @body, @placement, @chapter, @plainText, @sourceFile, @now, @now)
    ON CONFLICT(key) DO UPDATE SET format = excluded.format, title = excluded.title,
      date_start = excluded.date_start, date_end = excluded.date_end, year = excluded.year,
      sender = excluded.sender, kind = excluded.kind, collection_id = excluded.collection_id,
      source_id = excluded.source_id, parent_source_id = excluded.parent_source_id,
      number = excluded.number, meta_json = excluded.meta_json, body_json = excluded.body_json,
      placement_json = excluded.placement_json, chapter_json = excluded.chapter_json, plain_text = excluded.plain_text,
      source_file = excluded.source_file, updated_at = excluded.updated_at
    RETURNING id`);
  const byId = db.prepare(`${SUMMARY_SELECT.replace('SELECT d.id,', 'SELECT d.format, d.meta_json, d.body_json, d.plain_text, d.source_file, d.id,')} WHERE d.id = ?`);
  const all = db.prepare(`${SUMMARY_SELECT} WHERE ${TAG_FILTER} ORDER BY c.id IS NULL, c.id, d.id`);
  const updateMeta = db.prepare(`
    UPDATE documents SET title = @title, date_start = @dateStart, date_end = @dateEnd, year = @year,
      sender = @sender, meta_json = @meta WHERE id = @id`);
  const children = db.prepare(
    `SELECT c.id, c.title, c.source_id FROM documents p JOIN documents c
       ON c.collection_id = p.collection_id AND c.parent_source_id = p.source_id
     WHERE p.id = ? ORDER BY c.id`,
  );
  const bySourceId = db.prepare('SELECT id FROM documents WHERE collection_id = ? AND source_id = ?');
  const count = db.prepare('SELECT count(*) AS n FROM documents');
  const byKey = db.prepare('SELECT id, format, meta_json, body_json, placement_json FROM documents WHERE key = ?');
  const filterIds = db.prepare(`
    SELECT d.id, d.date_start AS date FROM documents d
    WHERE d.id IN (SELECT value FROM json_each(@ids))
      AND (@year IS NULL OR d.year = @year) AND (@sender IS NULL OR d.sender = @sender) AND ${TAG_FILTER}`);
  const filterAll = db.prepare(`
    SELECT d.id, d.date_start AS date FROM documents d
    WHERE (@year IS NULL OR d.year = @year) AND (@sender IS NULL OR d.sender = @sender) AND ${TAG_FILTER}
    ORDER BY d.date_start IS NULL, d.date_start, d.id`);
  const summaryById = db.prepare(`${SUMMARY_SELECT.replace('SELECT d.id,', 'SELECT d.plain_text, d.id,')} WHERE d.id = ?`);
  const summariesOnly = db.prepare(`${SUMMARY_SELECT} WHERE d.id IN (SELECT value FROM json_each(?))`);
  const summariesByIds = db.prepare(`${SUMMARY_SELECT.replace('SELECT d.id,', 'SELECT d.plain_text, d.id,')} WHERE d.id IN (SELECT value FROM json_each(?))`);
  const years = db.prepare('SELECT DISTINCT year FROM documents WHERE year IS NOT NULL ORDER BY year');
  const senders = db.prepare('SELECT DISTINCT sender FROM documents WHERE sender IS NOT NULL ORDER BY sender');
  const allTitles = db.prepare('SELECT id, title FROM documents');
  const forIndexPage = db.prepare('SELECT id, meta_json, body_json, placement_json, plain_text FROM documents WHERE id > ? ORDER BY id LIMIT ?');

  const writeMarks = createSourceMarksWriter(db);

  // A volume's documents arrive in a row: write its collection once, not once per document.
  let lastCollection = '';

  return {
    /** Inserts or updates (by `key`) one document; returns its library id and plain text. */
    save(doc: ImportedDocument, sourceFile: string): { id: number; plainText: string } {
      const prepared = prepareDocument(doc);
      return { id: this.saveRow(prepared, sourceFile), plainText: prepared.row.plainText };
    },
    /** The same for a document prepared off the main thread (only SQL left to do); returns its id. */
    saveRow(doc: PreparedDocument, sourceFile: string): number {
      const c = doc.collection;
      const collectionKey = c ? JSON.stringify(c) : '';
      if (c && collectionKey !== lastCollection) upsertCollection.run({ id: c.id, title: c.title, published: c.published ?? null });
      lastCollection = collectionKey;
      const row = upsertDoc.get({ key: doc.key, format: doc.format, collectionId: c?.id ?? null, ...doc.row, sourceFile, now: now() }) as { id: number };
      writeMarks(row.id, doc.meta);
      return row.id;
    },
    /** What is stored under an import key, to tell a re-imported document unchanged from updated. */
    storedByKey(key: string): StoredRow | null {
      return (byKey.get(key) as StoredRow | undefined) ?? null;
    },
    get(id: number): (StoredDocument & { summary: DocSummary }) | null {
      const row = byId.get(id) as DocRow | undefined;
      if (!row) return null;
      return {
        id: row.id,
        key: row.key,
        format: row.format,
        meta: JSON.parse(row.meta_json) as DocumentMeta,
        body: JSON.parse(row.body_json) as DocumentBody,
        placement: row.placement_json ? (JSON.parse(row.placement_json) as Placement) : null,
        sourceFile: row.source_file,
        plainText: row.plain_text,
        summary: toSummary(row),
      };
    },
    list(f: { tag?: string } = {}): DocSummary[] {
      return (all.all({ tag: f.tag ?? null }) as DocRow[]).map(toSummary);
    },
    /** Replaces a document's metadata (user corrections) and the columns derived from it. */
    updateMeta(id: number, meta: DocumentMeta): void {
      updateMeta.run({ id, meta: JSON.stringify(meta), ...derivedColumns(meta) });
      writeMarks(id, meta);
    },
    enclosures(id: number): Array<{ id: number; title: string; sourceId: string | null }> {
      return (children.all(id) as Array<{ id: number; title: string; source_id: string | null }>).map((r) => ({
        id: r.id,
        title: r.title,
        sourceId: r.source_id,
      }));
    },
    idBySourceId(collectionId: string, sourceId: string): number | null {
      const row = bySourceId.get(collectionId, sourceId) as { id: number } | undefined;
      return row?.id ?? null;
    },
    /** Of `ids` (or of all documents when null), those matching the filters, with their dates. */
    filter(ids: number[] | null, f: { year?: number; sender?: string; tag?: string }): Array<{ id: number; date: string | null }> {
      const params = { year: f.year ?? null, sender: f.sender ?? null, tag: f.tag ?? null };
      const rows = ids === null ? filterAll.all(params) : filterIds.all({ ...params, ids: JSON.stringify(ids) });
      return rows as Array<{ id: number; date: string | null }>;
    },
    summaryWithText(id: number): { summary: DocSummary; plainText: string } | null {
      const row = summaryById.get(id) as DocRow | undefined;
      return row ? { summary: toSummary(row), plainText: row.plain_text } : null;
    },
    /** The same for several documents in one statement (a page of search hits), by id. */
    /** Summaries of these documents, in the order asked (unknown ids left out). */
    summaries(ids: readonly number[]): DocSummary[] {
      const found = new Map((summariesOnly.all(JSON.stringify(ids)) as DocRow[]).map((row) => [row.id, toSummary(row)]));
      return ids.flatMap((id) => found.get(id) ?? []);
    },
    summariesWithText(ids: readonly number[]): Map<number, { summary: DocSummary; plainText: string }> {
      const rows = summariesByIds.all(JSON.stringify(ids)) as DocRow[];
      return new Map(rows.map((row) => [row.id, { summary: toSummary(row), plainText: row.plain_text }]));
    },
    years(): number[] {
      return (years.all() as Array<{ year: number }>).map((r) => r.year);
    },
    senders(): string[] {
      return (senders.all() as Array<{ sender: string }>).map((r) => r.sender);
    },
    /** Every document's id and title (the title index is rebuilt from them alone). */
    *titles(): Generator<[number, string]> {
      for (const row of allTitles.iterate() as Iterable<{ id: number; title: string }>) yield [row.id, row.title];
    },
    /**
     * Every document, for rebuilding the search index from the truth. Read a
     * page at a time, so that no statement is open while the caller writes:
     * better-sqlite3 refuses a write while an iterator runs, and a refill
     * writes FTS5 every 256 documents.
     */
    *forIndex(): Generator<{ id: number; meta: DocumentMeta; body: DocumentBody; placement: Placement | null; plainText: string }> {
      type Row = Pick<DocRow, 'id' | 'meta_json' | 'body_json' | 'placement_json' | 'plain_text'>;
      for (let after = 0; ; ) {
        const page = forIndexPage.all(after, FOR_INDEX_PAGE) as Row[];
        for (const row of page) {
          yield {
            id: row.id,
            meta: JSON.parse(row.meta_json) as DocumentMeta,
            body: JSON.parse(row.body_json) as DocumentBody,
            placement: row.placement_json ? (JSON.parse(row.placement_json) as Placement) : null,
            plainText: row.plain_text,
          };
        }
        const last = page[page.length - 1];
        if (!last || page.length < FOR_INDEX_PAGE) return;
        after = last.id;
      }
    },
    count(): number {
      return (count.get() as { n: number }).n;
    },
  };
}

export type DocumentRepository = ReturnType<typeof createDocumentRepository>;
