import type { Db } from '../db/open-database';
import type { DocumentRepository } from '../library/document-repository';
import { ChanceryError, type Deleted, type Dossier, type DossierItem, type DossierItemMode, type DossierPaper, type DossierSummary } from '../../contract';
import { createRevisionStore } from '../revisions/revision-store';
import { createDossierTrash } from './dossier-trash';
import { createItemOrder } from './item-order';

interface DossierRow {
  id: number;
  title: string;
  author: string;
  introduction: string;
  paper: DossierPaper;
  created_at: string;
  updated_at: string;
}

interface ItemRow {
  id: number;
  dossier_id: number;
  doc_id: number;
  commentary: string;
  mode: DossierItemMode;
}

export interface DossierPatch {
  title?: string;
  author?: string;
  introduction?: string;
  paper?: DossierPaper;
}

/** Dossiers and their items as the user sees them (the trash aside). Every write is one transaction. */
export function createDossierStore({ db, repo, now = () => new Date().toISOString() }: { db: Db; repo: DocumentRepository; now?: () => string }) {
  const q = {
    list: db.prepare(`
      SELECT d.id, d.title, d.author, d.updated_at, count(i.id) AS n
      FROM dossiers d LEFT JOIN dossier_items i ON i.dossier_id = d.id AND i.deleted_at IS NULL
      WHERE d.deleted_at IS NULL GROUP BY d.id ORDER BY d.title COLLATE NOCASE, d.id`),
    get: db.prepare('SELECT id, title, author, introduction, paper, created_at, updated_at FROM dossiers WHERE id = ? AND deleted_at IS NULL'),
    // The editor's last autosave can land after its dossier went to the trash: it still reaches it.
    getAny: db.prepare('SELECT id, title, author, introduction, paper, created_at, updated_at FROM dossiers WHERE id = ?'),
    items: db.prepare('SELECT id, dossier_id, doc_id, commentary, mode FROM dossier_items WHERE dossier_id = ? AND deleted_at IS NULL ORDER BY position, id'),
    item: db.prepare('SELECT id, dossier_id, doc_id, commentary, mode FROM dossier_items WHERE id = ? AND deleted_at IS NULL'),
    // Commentary typed just before its item was removed still reaches it (in the trash).
    itemAny: db.prepare('SELECT id, dossier_id, doc_id, commentary, mode FROM dossier_items WHERE id = ?'),
    insert: db.prepare(`INSERT INTO dossiers (title, author, introduction, paper, created_at, updated_at)
      VALUES (@title, @author, @introduction, @paper, @now, @now) RETURNING id`),
    update: db.prepare(`UPDATE dossiers SET title = coalesce(@title, title), author = coalesce(@author, author),
      introduction = coalesce(@introduction, introduction), paper = coalesce(@paper, paper), updated_at = @now WHERE id = @id`),
    touch: db.prepare('UPDATE dossiers SET updated_at = ? WHERE id = ?'),
    updateItem: db.prepare(`UPDATE dossier_items SET commentary = coalesce(@commentary, commentary),
      mode = coalesce(@mode, mode) WHERE id = @id`),
  };
  const order = createItemOrder(db, now);
  const history = createRevisionStore(db, now);
  const trash = createDossierTrash({ db, history, now });

  const toItem = (r: ItemRow): DossierItem => {
    const doc = repo.summaryWithText(r.doc_id)?.summary;
    if (!doc) throw new ChanceryError('not-found', `Document ${r.doc_id} not found`);
    return { id: r.id, docId: r.doc_id, commentary: r.commentary, mode: r.mode, doc };
  };

  const get = (id: number, trashedToo = false): Dossier | null => {
    const row = (trashedToo ? q.getAny : q.get).get(id) as DossierRow | undefined;
    if (!row) return null;
    const items = (q.items.all(id) as ItemRow[]).map(toItem);
    const { created_at: createdAt, updated_at: updatedAt, ...rest } = row;
    return { ...rest, createdAt, updatedAt, items };
  };

  const must = (id: number): Dossier => {
    const d = get(id);
    if (!d) throw new ChanceryError('not-found', `Dossier ${id} not found`);
    return d;
  };

  const itemRow = (itemId: number): ItemRow => {
    const row = q.item.get(itemId) as ItemRow | undefined;
    if (!row) throw new ChanceryError('not-found', `Dossier item ${itemId} not found`);
    return row;
  };

  return {
    list(): DossierSummary[] {
      const rows = q.list.all() as Array<{ id: number; title: string; author: string; updated_at: string; n: number }>;
      return rows.map((r) => ({ id: r.id, title: r.title, author: r.author, itemCount: r.n, updatedAt: r.updated_at }));
    },
    get,
    /** The dossier or a not-found error. */
    must,
    /** A live item or a not-found error. */
    item(itemId: number): DossierItem {
      return toItem(itemRow(itemId));
    },
    /** Ids of the dossiers with exactly this title (the CLI addresses dossiers by name). */
    create(init: { title: string; author?: string; introduction?: string; paper?: DossierPaper }): Dossier {
      const introduction = init.introduction ?? '';
      const id = db.transaction(() => {
        const row = q.insert.get({ title: init.title.trim(), author: init.author ?? '', introduction, paper: init.paper ?? 'a4', now: now() }) as { id: number };
        if (introduction !== '') history.record({ kind: 'introduction', id: row.id }, { title: '', body: introduction });
        return row.id;
      })();
      return must(id);
    },
    update(id: number, patch: DossierPatch): Dossier {
      if (!get(id, true)) throw new ChanceryError('not-found', `Dossier ${id} not found`);
      db.transaction(() => {
        q.update.run({ id, title: patch.title?.trim() ?? null, author: patch.author ?? null, introduction: patch.introduction ?? null, paper: patch.paper ?? null, now: now() });
        if (patch.introduction !== undefined) history.record({ kind: 'introduction', id }, { title: '', body: patch.introduction });
      })();
      return get(id, true) as Dossier;
    },
    /** To the trash, with its introduction and every item's commentary. */
    delete(id: number): Deleted {
      must(id);
      return trash.deleteDossier(id);
    },
    restore(id: number): Dossier {
      trash.restoreDossier(id);
      return must(id);
    },
    addItems(dossierId: number, docIds: readonly number[]): Dossier {
      must(dossierId);
      const missing = docIds.filter((docId) => repo.summaryWithText(docId) === null);
      if (missing.length > 0) throw new ChanceryError('not-found', `Documents not found: ${missing.join(', ')}`);
      order.append(dossierId, docIds);
      return must(dossierId);
    },
    /** To the trash, with its commentary; `restoreItem` puts it back in its place. */
    removeItem(itemId: number): Dossier {
      const row = itemRow(itemId);
      trash.removeItem(itemId, row.dossier_id);
      return must(row.dossier_id);
    },
    restoreItem(itemId: number): Dossier {
      return must(trash.restoreItem(itemId));
    },
    purgeDeletedBefore: trash.purgeDeletedBefore,
    reorder(dossierId: number, itemIds: readonly number[]): Dossier {
      const current = must(dossierId).items.map((i) => i.id);
      const same = current.length === itemIds.length && new Set(itemIds).size === itemIds.length && itemIds.every((id) => current.includes(id));
      if (!same) throw new ChanceryError('invalid-argument', 'reorder: itemIds must list every item of the dossier exactly once');
      order.set(dossierId, itemIds);
      return must(dossierId);
    },
    sortByDate(dossierId: number): Dossier {
      must(dossierId);
      order.set(dossierId, order.byDate(dossierId));
      return must(dossierId);
    },
    updateItem(itemId: number, patch: { commentary?: string; mode?: DossierItemMode }): DossierItem {
      const row = q.itemAny.get(itemId) as ItemRow | undefined;
      if (!row) throw new ChanceryError('not-found', `Dossier item ${itemId} not found`);
      db.transaction(() => {
        q.updateItem.run({ id: itemId, commentary: patch.commentary ?? null, mode: patch.mode ?? null });
        if (patch.commentary !== undefined) history.record({ kind: 'commentary', id: itemId }, { title: '', body: patch.commentary });
        q.touch.run(now(), row.dossier_id);
      })();
      return toItem(q.itemAny.get(itemId) as ItemRow);
    },
  };
}

export type DossierStore = ReturnType<typeof createDossierStore>;
