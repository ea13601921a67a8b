import { ChanceryError, type Deleted, type Highlight, type HighlightAnchor, type HighlightColor, type TextPosition } from '../../contract';
import type { Db } from '../db/open-database';
import type { DocumentRepository } from '../library/document-repository';
import { pageAt, textLayout, type TextLayout } from '../../../src-shared/text/layout';
import { quoteAt } from '../../../src-shared/text/quote';
import { reanchor } from './anchor';
import { createHighlightRepository, rowAnchor, type HighlightRow } from './highlight-repository';

export const KEEP_DELETED_DAYS = 30;

/** What the reader sends: the selection's text and offsets; the context is filled in from the text. */
export interface NewAnchor {
  quote: { exact: string; prefix?: string | undefined; suffix?: string | undefined };
  position: TextPosition;
}

interface Context {
  text: string;
  layout: TextLayout;
  startPage: string | undefined;
}

function toView(r: HighlightRow, ctx: Context | null): Highlight {
  return {
    id: r.id,
    docId: r.doc_id,
    color: r.color,
    comment: r.comment,
    anchor: rowAnchor(r),
    status: r.status,
    page: ctx && r.status === 'anchored' ? pageAt(ctx.layout, r.pos_start, ctx.startPage) : null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const emptyToNull = (s: string | null | undefined): string | null => (s && s.trim().length > 0 ? s : null);

/**
 * Highlights anchored to a document's anchoring text (W3C text quote + text
 * position). Positions are re-checked on read and re-found after re-import;
 * a highlight whose text is gone is kept as 'orphaned', never dropped.
 */
export function createHighlights({ db, repo, now }: { db: Db; repo: DocumentRepository; now: () => string }) {
  const rows = createHighlightRepository(db);

  const context = (docId: number): Context | null => {
    const doc = repo.get(docId);
    if (!doc) return null;
    return { text: doc.plainText, layout: textLayout(doc.body), startPage: doc.placement?.startPage };
  };

  /** Re-places one highlight in `text`; writes only when something changed. */
  const place = (r: HighlightRow, text: string): HighlightRow => {
    const placed = reanchor(text, rowAnchor(r));
    const same = placed.status === r.status && placed.anchor.position.start === r.pos_start && placed.anchor.position.end === r.pos_end && placed.anchor.quote.exact === r.exact;
    if (same) return r;
    rows.setAnchor(r.id, placed.anchor, placed.status);
    return { ...r, ...flatten(placed.anchor), status: placed.status };
  };

  const live = (id: number): HighlightRow => {
    const r = rows.get(id);
    if (!r || r.deleted_at !== null) throw new ChanceryError('not-found', `Highlight ${id} not found`);
    return r;
  };

  return {
    /** Documents the user has highlighted in (for the notes export). */
    documentIds(): number[] {
      return rows.documentIds();
    },
    list(docId: number): Highlight[] {
      const ctx = context(docId);
      if (!ctx) throw new ChanceryError('not-found', `Document ${docId} not found`);
      // Orphans are retried when the document is re-imported, not on every read: the search is costly.
      return db.transaction(() => rows.ofDocument(docId).map((r) => toView(r.status === 'orphaned' ? r : place(r, ctx.text), ctx)))();
    },
    create(docId: number, color: HighlightColor, comment: string | undefined, anchor: NewAnchor): Highlight {
      const ctx = context(docId);
      if (!ctx) throw new ChanceryError('not-found', `Document ${docId} not found`);
      const { start, end } = anchor.position;
      // Trust the position when it holds the quote; else find the quote (the client's offsets may be stale).
      const quote = { exact: anchor.quote.exact, prefix: anchor.quote.prefix ?? '', suffix: anchor.quote.suffix ?? '' };
      const placed = reanchor(ctx.text, { quote, position: { start, end } });
      if (placed.status === 'orphaned') throw new ChanceryError('invalid-argument', 'The highlighted text is not in the document');
      const p = placed.anchor.position;
      const row = rows.insert(docId, color, emptyToNull(comment), { quote: quoteAt(ctx.text, p.start, p.end), position: p }, 'anchored', now());
      return toView(row, ctx);
    },
    update(id: number, patch: { color?: HighlightColor; comment?: string | null }): Highlight {
      const r = live(id);
      const comment = patch.comment === undefined ? r.comment : emptyToNull(patch.comment);
      rows.update(id, patch.color ?? r.color, comment, now());
      return toView(live(id), context(r.doc_id));
    },
    delete(id: number): Deleted {
      live(id);
      const at = now();
      rows.setDeleted(id, at);
      return { id, deletedAt: at, keptForDays: KEEP_DELETED_DAYS };
    },
    restore(id: number): Highlight {
      const r = rows.get(id);
      if (!r) throw new ChanceryError('not-found', `Highlight ${id} not found`);
      rows.setDeleted(id, null);
      const ctx = context(r.doc_id);
      return toView(ctx ? place({ ...r, deleted_at: null }, ctx.text) : r, ctx);
    },
    /** After a re-import: re-place every highlight of the document in its new text (inside the import's transaction). */
    reanchorDocument(docId: number, text: string): void {
      for (const r of rows.allOfDocument(docId)) place(r, text);
    },
    /** A live highlight with its printed page, for citations. */
    get(id: number): Highlight | null {
      const r = rows.get(id);
      return r && r.deleted_at === null ? toView(r, context(r.doc_id)) : null;
    },
    purgeDeletedBefore: rows.purgeDeletedBefore,
  };
}

function flatten(a: HighlightAnchor): Pick<HighlightRow, 'exact' | 'prefix' | 'suffix' | 'pos_start' | 'pos_end'> {
  return { ...a.quote, pos_start: a.position.start, pos_end: a.position.end };
}

export type Highlights = ReturnType<typeof createHighlights>;
