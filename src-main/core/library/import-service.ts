import type { FailedFileReport, ImportedFileReport, ImportProgress, ImportReport } from '../../contract/views';
import { setImmediate } from 'node:timers/promises';
import type { Db } from '../db/open-database';
import { ImportError } from '../importers/importer';
import { importTextFile } from '../importers/registry';
import { importTei } from '../importers/tei';
import type { DocumentMeta, ImportedDocument } from '../model/document';
import type { SearchIndex } from '../search/search-index';
import { toIndexEntry } from '../search/index-entry';
import type { DocumentRepository } from './document-repository';
import { countDocuments } from './count-documents';
import { displayName, type ImportSource } from './import-sources';
import type { Settings } from './settings';


export interface ImportOptions {
  onProgress?: (p: ImportProgress) => void;
  signal?: AbortSignal;
}

/** Plain-text documents are read whole; nothing genuine comes near this size. */
const MAX_TEXT_BYTES = 64 * 1024 * 1024;

/**
 * Lets the event loop breathe between chunks, so progress can be polled and a
 * cancel can arrive while a large file is being imported.
 */
async function* yielding(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    yield chunk;
    await setImmediate();
  }
}

async function readAll(source: ImportSource): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source.chunks()) {
    size += chunk.byteLength;
    if (size > MAX_TEXT_BYTES) throw new ImportError(displayName(source), `file is too large for a text document (over ${MAX_TEXT_BYTES >> 20} MB)`);
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

const isTei = (name: string): boolean => name.toLowerCase().endsWith('.xml');

function toFailure(source: ImportSource, err: unknown): FailedFileReport {
  if (err instanceof ImportError) return { file: source.name, ...(err.line !== undefined ? { line: err.line } : {}), message: err.message };
  const message = err instanceof Error ? err.message : String(err);
  return { file: source.name, message: `${displayName(source)}: could not be imported (${message})` };
}

/**
 * Imports files one transaction per file: a file is wholly in the library or
 * not at all, and a failing file leaves everything already there unchanged.
 */
export interface ImportServiceDeps {
  db: Db;
  repo: DocumentRepository;
  index: SearchIndex;
  settings: Settings;
  /**
   * Runs right after each document is saved, in the same transaction (user
   * corrections re-applied, highlights re-anchored); returns the metadata to index.
   */
  afterSave?: (id: number, doc: ImportedDocument, plainText: string) => DocumentMeta;
}

export function createImportService(deps: ImportServiceDeps) {
  const { db, repo, index, settings, afterSave } = deps;

  /** Puts the index back to what SQLite says for these ids (after a rollback). */
  const reindex = (ids: Iterable<number>): void => {
    for (const id of ids) {
      const doc = repo.get(id);
      if (doc) index.addToMemory(id, toIndexEntry(doc.meta, doc.body, doc.plainText, doc.placement));
      else index.remove(id);
    }
  };

  async function parse(source: ImportSource, emit: (doc: ImportedDocument) => void, opts: ImportOptions): Promise<void> {
    const name = displayName(source);
    if (isTei(source.name)) {
      await importTei({ name, chunks: yielding(source.chunks()) }, emit, opts.signal ? { signal: opts.signal } : {});
      return;
    }
    const result = importTextFile(name, await readAll(source));
    result.documents.forEach(emit);
  }

  /**
   * A file's transaction stays open across awaits (the parser yields between
   * chunks), so other writers must wait for it: on the one connection they
   * would otherwise join it and vanish with a rollback.
   */
  let openTransaction: Promise<void> | null = null;

  async function importOne(source: ImportSource, opts: ImportOptions, onDoc: () => void): Promise<ImportedFileReport> {
    let close = (): void => undefined;
    openTransaction = new Promise((resolve) => (close = resolve));
    try {
      return await importInTransaction(source, opts, onDoc);
    } finally {
      openTransaction = null;
      close();
    }
  }

  async function importInTransaction(source: ImportSource, opts: ImportOptions, onDoc: () => void): Promise<ImportedFileReport> {
    const saved: Array<{ id: number; title: string }> = [];
    const sectionIds = new Set<number>();
    db.exec('BEGIN IMMEDIATE');
    try {
      await parse(
        source,
        (doc) => {
          if (opts.signal?.aborted) throw new ImportError(displayName(source), 'import cancelled');
          const { id, plainText } = repo.save(doc, source.name);
          const meta = afterSave ? afterSave(id, doc, plainText) : doc.meta;
          index.add(id, toIndexEntry(meta, doc.body, plainText, doc.placement ?? null));
          saved.push({ id, title: doc.meta.title.value });
          if (doc.meta.kind?.value === 'section') sectionIds.add(id);
          else onDoc();
        },
        opts,
      );
      if (saved.length === 0) throw new ImportError(displayName(source), 'no documents found in this file');
      index.flush();
      settings.bumpGeneration();
      db.exec('COMMIT');
      // A volume's sections are counted apart: "526 documents and 14 sections".
      const documents = saved.filter((s) => !sectionIds.has(s.id));
      return { file: source.name, documents, ...(sectionIds.size > 0 ? { sections: sectionIds.size } : {}) };
    } catch (err) {
      db.exec('ROLLBACK');
      index.discard();
      reindex(saved.map((s) => s.id));
      throw err;
    }
  }

  return {
    /** Resolves when no import transaction is open; the caller then writes synchronously. */
    async writable(): Promise<void> {
      while (openTransaction) await openTransaction;
    },
    async importSources(sources: readonly ImportSource[], opts: ImportOptions = {}): Promise<ImportReport> {
      const report: ImportReport = { imported: [], failed: [] };
      const progress: ImportProgress = {
        filesDone: 0,
        filesTotal: sources.length,
        docsDone: 0,
        docsTotal: null,
        bytesDone: 0,
        bytesTotal: sources.reduce((n, s) => n + s.size, 0),
        file: null,
      };
      let total = 0;
      for (const source of sources) total += await countDocuments(source).catch(() => 0);
      progress.docsTotal = total;
      for (const source of sources) {
        if (opts.signal?.aborted) {
          report.cancelled = true;
          break;
        }
        opts.onProgress?.({ ...progress, file: source.name });
        try {
          report.imported.push(
            await importOne(source, opts, () => {
              progress.docsDone++;
              if (progress.docsDone % 50 === 0) opts.onProgress?.({ ...progress, file: source.name });
            }),
          );
        } catch (err) {
          if (opts.signal?.aborted) report.cancelled = true;
          else report.failed.push(toFailure(source, err));
        }
        progress.filesDone++;
        progress.bytesDone += source.size;
        opts.onProgress?.({ ...progress, file: source.name });
      }
      if (report.imported.length > 0) index.persist(settings.generation());
      return report;
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
