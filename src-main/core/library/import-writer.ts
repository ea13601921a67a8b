import { setImmediate } from 'node:timers/promises';
import type { ImportedFileReport } from '../../contract';
import type { Db } from '../db/open-database';
import type { DocumentBody, DocumentMeta, ImportedDocument, Placement } from '../../../src-shared/model/document';
import { FTS_VERSION } from '../search/body-index';
import { FTS_SETTING } from '../search/ensure-index';
import { toIndexEntry } from '../search/index-entry';
import type { IndexEntry, SearchIndex } from '../search/search-index';
import type { Tokens } from '../search/terms';
import { docInputs } from './doc-inputs';
import type { DocumentRepository, StoredRow } from './document-repository';
import type { WrittenDoc } from '../links/linking';
import type { ImportLinks, ImportPlan } from './import-links';
import type { PreparedDocument } from './prepared-document';
import type { Settings } from './settings';

export interface ImportWriterDeps {
  db: Db;
  repo: DocumentRepository;
  index: SearchIndex;
  settings: Settings;
  /**
   * Runs right after each document is saved, in the same transaction (user
   * corrections re-applied, highlights re-anchored); returns the metadata to index.
   */
  afterSave?: (id: number, doc: Pick<ImportedDocument, 'meta' | 'key'>, plainText: string) => DocumentMeta;
  /** The imported metadata with the user's corrections over it, as it would be stored (writes nothing). */
  corrected?: (id: number, meta: DocumentMeta) => DocumentMeta;
  /** Runs once a file's rows are written, in the same transaction, with every document of the file (the volumes' terms lists are read here). */
  afterWrite?: (ids: readonly number[]) => void;
  /** The file's links, planned in its rows' transaction and computed after it commits (`import-links.ts`). */
  links?: ImportLinks;
}

/** What writing a file did to the library (the importer's warnings are added by the import service). */
export type WrittenFileReport = Omit<ImportedFileReport, 'warnings' | 'moreWarnings'>;

/** Documents written but not yet in the search index, with what the index should see of each (and its tokens, if worked out). */
export type Unindexed = Array<[number, IndexEntry, Tokens?]>;

/** What a file's rows' transaction leaves to do after it commits. */
export interface AfterRows {
  unindexed: Unindexed;
  /** What to write after the rows (links, person entries), and the documents as the import wrote them (so their rows need not be read back). */
  plan: ImportPlan;
  written: ReadonlyMap<number, WrittenDoc>;
}

/**
 * How long one step of the index catch-up may hold the thread. Each step is
 * a transaction, and with synchronous=FULL each commit waits for the disk:
 * steps of 15 ms spent about as long in commits as in writing. 25 ms keeps
 * a note saved meanwhile well under 200 ms (steps of 40 ms came near it).
 */
const SLICE_MS = 25;

/**
 * Writes a parsed file in two steps, so that the thread that answers the
 * user is never held long. First the rows, in one synchronous transaction:
 * the file is wholly in the library or not at all. Then the search index
 * (a cache of those rows) catches up in short transactions; until it has, the
 * FTS5 table is marked unfinished, so a crash meanwhile means a refill at the
 * next start rather than a stale index.
 */
export function createImportWriter({ db, repo, index, settings, afterSave, corrected, afterWrite, links }: ImportWriterDeps) {
  /** Re-imported as it is: same text, placement and (with the user's corrections) metadata. */
  const unchanged = (stored: StoredRow, doc: PreparedDocument): boolean => {
    if (stored.format !== doc.format || stored.body_json !== doc.row.body || stored.placement_json !== doc.row.placement) return false;
    if (stored.meta_json === doc.row.meta) return true;
    return corrected !== undefined && stored.meta_json === JSON.stringify(corrected(stored.id, doc.meta));
  };

  /** The search index's view with the user's corrected metadata (rare: only documents with corrections). */
  const entryFor = (doc: PreparedDocument, meta: DocumentMeta): IndexEntry => {
    if (meta === doc.meta) return doc.entry;
    const body = JSON.parse(doc.row.body) as DocumentBody;
    const placement = doc.row.placement ? (JSON.parse(doc.row.placement) as Placement) : null;
    return toIndexEntry(meta, body, doc.row.plainText, placement);
  };

  /** What SQLite holds now for a document, as the index sees it (null once deleted). */
  const storedEntry = (id: number): IndexEntry | null => {
    const doc = repo.get(id);
    return doc ? toIndexEntry(doc.meta, doc.body, doc.plainText, doc.placement) : null;
  };

  return {
    /** The rows of one file, in one transaction; returns the report and what is left to do after it (links, the search index). */
    write(sourceFile: string, docs: readonly PreparedDocument[]): { report: WrittenFileReport } & AfterRows {
      const report: WrittenFileReport = { file: sourceFile, documents: [], counts: { new: 0, updated: 0, unchanged: 0 } };
      const unindexed: Unindexed = [];
      const written: number[] = [];
      const saved = new Map<number, WrittenDoc>();
      let plan: ImportPlan = { written: [], toLink: [] };
      db.transaction(() => {
        for (const doc of docs) {
          const stored = repo.storedByKey(doc.key);
          let id = stored?.id ?? 0;
          const same = stored !== undefined && stored !== null && unchanged(stored, doc);
          if (!same) {
            id = repo.saveRow(doc, sourceFile);
            const meta = afterSave ? afterSave(id, doc, doc.row.plainText) : doc.meta;
            const inputs = doc.inputs ?? docInputs(JSON.parse(doc.row.body) as DocumentBody, doc.row.plainText);
            saved.set(id, { meta, placementJson: doc.row.placement, plainText: doc.row.plainText, collection: doc.collection?.id ?? null, inputs });
            const entry = entryFor(doc, meta);
            unindexed.push(entry === doc.entry && doc.tokens ? [id, entry, doc.tokens] : [id, entry]);
          }
          written.push(id);
          // A volume's sections (its text outside documents) are counted apart: "526 documents and 14 sections".
          if (doc.meta.kind?.value === 'section') {
            report.sections = (report.sections ?? 0) + 1;
            continue;
          }
          report.counts[same ? 'unchanged' : stored ? 'updated' : 'new']++;
          report.documents.push({ id, title: doc.row.title });
        }
        afterWrite?.(written);
        // Unchanged documents are relinked too: the volumes they cite may have arrived since.
        if (links) plan = links.plan(written);
        if (unindexed.length === 0) return;
        settings.bumpGeneration();
        settings.set(FTS_SETTING, 'import unfinished');
      })();
      return { report, unindexed, plan, written: saved };
    },

    /**
     * Brings the search index up to date with written rows, a short
     * transaction at a time. `changedSince` says another write may have touched
     * these documents since: the rest are then indexed from SQLite as it is now.
     */
    async catchUp(unindexed: Unindexed, changedSince: () => boolean): Promise<void> {
      let at = 0;
      while (at < unindexed.length) {
        const until = performance.now() + SLICE_MS;
        db.transaction(() => {
          for (; at < unindexed.length && performance.now() < until; at++) {
            const [id, prepared, tokens] = unindexed[at] ?? [0, null];
            const changed = changedSince();
            const entry = changed ? storedEntry(id) : prepared;
            if (!entry) continue;
            index.add(id, entry, changed ? undefined : tokens);
            // Written now rather than batched, so the time it takes counts against the slice.
            index.body.flush();
          }
          if (at < unindexed.length) return;
          index.flush();
          settings.set(FTS_SETTING, FTS_VERSION);
        })();
        if (at < unindexed.length) await setImmediate();
      }
    },
  };
}
