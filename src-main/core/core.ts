import { join } from 'node:path';
import { backupIfDue } from './db/backups';
import { asDamage } from './db/library-damage';
import { openDatabase, type Db } from './db/open-database';
import { LIBRARY_FILE } from './db/recovery';
import { createDossierServices } from './dossiers/dossier-services';
import { createDocumentRepository } from './library/document-repository';
import { createOutline } from './library/outline';
import { createDocumentDeletion } from './library/delete-documents';
import { createImportJobs } from './library/import-jobs';
import { createImportLinks } from './library/import-links';
import { createImportService } from './library/import-service';
import { createLibraryChanges } from './library/library-changes';
import { preparePrivateLibrary } from './library/private-files';
import { sourcesFromPaths } from './library/import-sources';
import type { WorkerLimits } from './library/parse-in-worker';
import { createSettings } from './library/settings';
import { createReadingServices } from './reading-services';
import { createRevisions } from './revisions/revisions';
import { ensureNoteIndex } from './search/note-index';
import { ensureIndex, indexEntries } from './search/ensure-index';
import { createInspector } from './search/inspect';
import { createSearch } from './search/search';
import { createSearchIndex } from './search/search-index';
import { createResultViews } from './search/views/result-views';
import { createThreads } from './threads/threads';
import { createRelated } from './related/related';
import { personIndexAsPeople } from './related/person-index-people';
import type { RankLimits } from './search/rank';
import { createTrash } from './trash/trash';
import { createLinks } from './links/links';
import type { LinkFinder } from './links/link-finder';
import { createTermStore } from './terms/term-store';
import { createSavedServices } from './saved/saved-services';
import { createPeople } from './people/people';
import type { ImportReport } from '../contract';

export { LIBRARY_FILE };

/**
 * The whole application logic over one library folder, free of Electron.
 * Every face (Electron IPC, browser-mode HTTP, CLI) wraps one of these.
 */
export interface CoreOptions {
  libraryDir: string;
  /** Library size from which the in-memory term index is kept (tests lower it to exercise it on small libraries). */
  termsFrom?: number;
  /** Ranking thresholds (tests lower them to rank a small library as a large one). */
  rankLimits?: RankLimits;
  /** The clock (tests move it to see the trash purged and revisions coalesced). */
  now?: () => string;
  /** The import worker's memory cap and stall limit (tests lower them). */
  importLimits?: Partial<WorkerLimits>;
  /** The import worker's module when the core runs bundled (the Electron build); by default its TypeScript source. */
  importWorker?: string | URL;
  /** What finds links between documents; by default the editors' links and references found in the text (the bench measures the cost of linking with none). */
  linkFinders?: readonly LinkFinder[];
  /** How many files an import parses at once (tests fix it; by default it follows the cores and the files' size). */
  importWorkers?: number;
  /** How long each step of an import's links and person entries may hold the thread (tests shorten it to see the steps on a quick machine). */
  importSliceMs?: number;
}

type CoreParts = Required<Pick<CoreOptions, 'libraryDir' | 'now'>> & Pick<CoreOptions, 'termsFrom' | 'importLimits' | 'importWorker' | 'importWorkers' | 'importSliceMs' | 'linkFinders' | 'rankLimits'>;

export function createCore(options: CoreOptions) {
  const parts: CoreParts = { now: () => new Date().toISOString(), ...options };
  const { libraryDir } = parts;
  preparePrivateLibrary(libraryDir);
  const path = join(libraryDir, LIBRARY_FILE);
  const db = openDatabase(path);
  try {
    return coreOver(db, parts);
  } catch (err) {
    // Damage outside the user's tables shows only when the index is built from them.
    db.close();
    throw asDamage(err, path);
  }
}

function coreOver(db: Db, { libraryDir, termsFrom, now, importLimits, importWorker, importWorkers, importSliceMs, linkFinders, rankLimits }: CoreParts) {
  const settings = createSettings(db);
  const repo = createDocumentRepository(db);
  const index = createSearchIndex({ db, entries: () => indexEntries(repo), ...(termsFrom === undefined ? {} : { termsFrom }) });
  const reading = createReadingServices({ db, repo, index, settings, now });
  const notes = reading.notes;
  const people = createPeople({ db, generation: () => settings.generation() });
  const links = createLinks({ db, ...(linkFinders ? { finders: linkFinders } : {}) });
  const terms = createTermStore(db);
  const importLinks = createImportLinks({ db, linking: links, settings, people: people.importSteps, ...(importSliceMs ? { sliceMs: importSliceMs } : {}) });
  // An import stopped between a file's rows and its links or person entries (the app quit or crashed) is finished first.
  importLinks.finishPending();
  const imports = createImportService({
    db,
    repo,
    index,
    settings,
    afterSave: reading.afterSave,
    corrected: reading.metaEdits.corrected,
    links: importLinks,
    afterWrite: (ids) => terms.afterImport(ids),
    ...(importLimits ? { limits: importLimits } : {}),
    ...(importWorker ? { workerScript: importWorker } : {}),
    ...(importWorkers ? { parseWorkers: importWorkers } : {}),
  });
  const search = createSearch({ db, repo, index, notes: reading.noteSearch, peopleVersion: () => people.version, ...(rankLimits ? { rankLimits } : {}) });
  const inspector = createInspector({ db, index });
  const saved = createSavedServices({ db, settings, search, index, now });
  const views = createResultViews({ db, repo, index, now });
  const deletion = links.relinkingAfter(createDocumentDeletion({ db, index, settings, trash: reading.documentTrash }));
  const jobs = createImportJobs(imports);
  const dossiers = createDossierServices({ db, repo, highlights: reading.highlights, noteOf: (docId) => notes.get(docId)?.body ?? '', now });
  const trash = createTrash({ db, reading, dossiers: dossiers.store, saved, now });
  trash.purge();
  const revisions = createRevisions({ db, notes, dossiers: dossiers.store, now });
  const threads = createThreads({ db });
  const related = createRelated({ db, repo, index, people: personIndexAsPeople(db, () => index.store, () => people.version) });
  const outline = createOutline({ db, generation: () => settings.generation() });

  /** The index is a cache of SQLite: rebuild it whenever the persisted copy is stale. */
  const indexState = { rebuilt: ensureIndex({ db, repo, index, settings }) };
  ensureNoteIndex(db, settings);
  const changes = createLibraryChanges({ db, settings, reloadIndex: () => ensureIndex({ db, repo, index, settings }) });

  return {
    db,
    repo,
    notes,
    /** Notes, highlights, tags, metadata corrections, citations, reader state. */
    reading,
    search,
    /** What a query became (terms, counts, filters) and why it found nothing. */
    inspector,
    /** Timeline, concordance and term trend over a search's whole match set. */
    views,
    /** The browse list's shape, kept until the library changes. */
    outline,
    /** Links between documents: computed at import, recomputed when documents come and go. */
    links,
    /** Deletes documents from SQLite and every index (notes keep their text); links to them say not-found. */
    deletion,
    index,
    imports,
    jobs,
    /** Source dossiers and their PDF export. */
    dossiers,
    /** Everything deleted, restorable for 30 days; purged at start. */
    trash,
    /** Earlier versions of notes, introductions and commentaries. */
    revisions,
    /** The conversation a document belongs to, from the links between documents. */
    threads,
    /** Documents related to one, each with why (links, file, correspondence, text, chapter, people). */
    related,
    /** Terms and abbreviations of the volumes' terms lists, and the documents citing them. */
    terms,
    /** Saved searches, working sets (`set:`) and the opt-in research log. */
    saved,
    /** The person index: persons lists, the names linked to them, correspondents joined by name; merges and splits. */
    people,
    settings,
    /** What other processes changed in the library file (polled by the faces that stay open). */
    changes,
    /** True when this start had to rebuild the search index (false = loaded from disk). */
    indexRebuilt: indexState.rebuilt,
    async importPaths(paths: readonly string[], opts: Parameters<typeof imports.importSources>[1] = {}): Promise<ImportReport> {
      const { sources, missing } = await sourcesFromPaths(paths);
      const report = await imports.importSources(sources, opts);
      report.failed.push(...missing.map((file) => ({ file, message: `${file}: no such file or folder` })));
      return report;
    },
    /**
     * First start: a library that has never held documents gets the sample
     * documents, so a newcomer lands somewhere. Runs once per library, ever.
     */
    async seedIfNew(seedsDir: string): Promise<ImportReport | null> {
      if (settings.get('library.seeded') !== null || repo.count() > 0) return null;
      const report = await this.importPaths([seedsDir]);
      settings.set('library.seeded', new Date().toISOString());
      return report;
    },
    /** The daily copy (faces that run for long call this once started; the CLI does not). */
    backupIfDue(): Promise<string | null> {
      return backupIfDue(db, join(libraryDir, 'backups'));
    },
    close(): void {
      // What edits left unwritten (the title index), so the next start finds it in step.
      index.persistDeferred(settings.generation());
      imports.close();
      db.close();
    },
  };
}

export type Core = ReturnType<typeof createCore>;
