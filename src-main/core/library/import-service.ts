import type { FailedFileReport, ImportedFileReport, ImportProgress, ImportReport } from '../../contract';
import { ImportError } from '../importers/importer';
import { countDocuments } from '../importers/registry';
import { displayName, type ImportSource } from './import-sources';
import { createImportWriter, type ImportWriterDeps } from './import-writer';
import { createWorkerParser, DEFAULT_LIMITS, SOURCE_WORKER, WorkerFailure, type WorkerLimits } from './parse-in-worker';

export interface ImportOptions {
  onProgress?: (p: ImportProgress) => void;
  signal?: AbortSignal;
}

function toFailure(source: ImportSource, err: unknown): FailedFileReport {
  if (err instanceof ImportError || err instanceof WorkerFailure) {
    return { file: source.name, ...(err.line !== undefined ? { line: err.line } : {}), message: err.message };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { file: source.name, message: `${displayName(source)}: could not be imported (${message})` };
}

export interface ImportServiceDeps extends ImportWriterDeps {
  /** The worker's memory cap and stall limit (tests lower them). */
  limits?: Partial<WorkerLimits>;
  /** The worker's module: the TypeScript source by default; the Electron build passes its bundled file. */
  workerScript?: string | URL;
}

/**
 * Imports files one by one: each is parsed in a worker thread (under a memory
 * cap and a stall watchdog), then its rows are written in one synchronous
 * transaction and the search index catches up in short steps (import-writer.ts).
 * A file is wholly in the library or not at all, and a failing file leaves
 * everything already there unchanged.
 */
export function createImportService(deps: ImportServiceDeps) {
  const { index, settings } = deps;
  const limits: WorkerLimits = { ...DEFAULT_LIMITS, ...deps.limits };
  const script = deps.workerScript ?? SOURCE_WORKER;
  const writer = createImportWriter(deps);
  const parser = createWorkerParser(limits, script);
  /** Writing calls let through so far (see `writable`). */
  let writes = 0;

  async function importOne(source: ImportSource, opts: ImportOptions, onDocs: (count: number) => void): Promise<ImportedFileReport> {
    const { docs, warnings } = await parser.parse(source, { ...(opts.signal ? { signal: opts.signal } : {}), onDocs });
    if (docs.length === 0) throw new ImportError(displayName(source), 'no documents found in this file');
    if (opts.signal?.aborted) throw new ImportError(displayName(source), 'import cancelled');
    const { report, unindexed } = writer.write(source.name, docs);
    const writesBefore = writes;
    await writer.catchUp(unindexed, () => writes !== writesBefore);
    return { ...report, warnings: warnings.warnings, ...(warnings.more > 0 ? { moreWarnings: warnings.more } : {}) };
  }

  /** One file into the report; after a cancel, the remaining files are only marked so. */
  async function importFile(source: ImportSource, report: ImportReport, progress: ImportProgress, opts: ImportOptions): Promise<void> {
    if (opts.signal?.aborted) {
      report.cancelled = true;
      return;
    }
    opts.onProgress?.({ ...progress, file: source.name });
    const before = progress.docsDone;
    try {
      report.imported.push(
        await importOne(source, opts, (count) => {
          progress.docsDone = before + count;
          opts.onProgress?.({ ...progress, file: source.name });
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

  return {
    /**
     * Called before every writing call. Resolves at once: an import never
     * holds a transaction across awaits, so a write never waits for one. It
     * is counted, so an index catch-up knows documents may have changed under it.
     */
    async writable(): Promise<void> {
      writes++;
    },
    /** Ends the import worker (when the library closes). */
    close(): void {
      parser.close();
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
      for (const source of sources) total += await countDocuments({ name: source.name, chunks: source.chunks() }).catch(() => 0);
      progress.docsTotal = total;
      for (const source of sources) await importFile(source, report, progress, opts);
      const changed = report.imported.some((f) => f.counts.new + f.counts.updated > 0);
      if (changed) index.persist(settings.generation());
      return report;
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
