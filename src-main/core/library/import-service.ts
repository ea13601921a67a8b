import type { FailedFileReport, ImportedFileReport, ImportProgress, ImportReport } from '../../contract';
import { ImportError } from '../importers/importer';
import { countDocuments } from '../importers/registry';
import { displayName, type ImportSource } from './import-sources';
import { createImportWriter, type ImportWriterDeps } from './import-writer';
import { DEFAULT_LIMITS, SOURCE_WORKER, WorkerFailure, type ParsedFile, type WorkerLimits } from './parse-in-worker';
import { createParsePool, poolSizeFor } from './parse-pool';

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
  /** How many files are parsed at once, each in its own worker (by default `poolSizeFor` the files). */
  parseWorkers?: number;
}

/**
 * Imports files as a pipeline: files are parsed in a pool of worker threads
 * (each under a memory cap and a stall watchdog), several at once, while one
 * writer on this thread saves them in the order given: a file's rows in one
 * synchronous transaction, then the search index catches up in short steps
 * (import-writer.ts). So a folder of volumes uses every core, and the parse
 * of the next files overlaps the write of this one. A file is wholly in the
 * library or not at all, and a failing file leaves everything already there
 * unchanged.
 */
export function createImportService(deps: ImportServiceDeps) {
  const { index, settings } = deps;
  const limits: WorkerLimits = { ...DEFAULT_LIMITS, ...deps.limits };
  const script = deps.workerScript ?? SOURCE_WORKER;
  const writer = createImportWriter(deps);
  const pool = createParsePool(limits, script);
  /** Writing calls let through so far (see `writable`). */
  let writes = 0;

  async function importOne(source: ImportSource, parsing: Promise<ParsedFile>, opts: ImportOptions): Promise<ImportedFileReport> {
    const { docs, warnings } = await parsing;
    if (docs.length === 0) throw new ImportError(displayName(source), 'no documents found in this file');
    if (opts.signal?.aborted) throw new ImportError(displayName(source), 'import cancelled');
    const { report, unindexed, plan, written } = writer.write(source.name, docs);
    const writesBefore = writes;
    await deps.links?.run(plan, written);
    await writer.catchUp(unindexed, () => writes !== writesBefore);
    return { ...report, warnings: warnings.warnings, ...(warnings.more > 0 ? { moreWarnings: warnings.more } : {}) };
  }

  /** Writes one parsed file into the report; after a cancel, the remaining files are only marked so. */
  async function importFile(source: ImportSource, parsing: Promise<ParsedFile>, report: ImportReport, progress: ImportProgress, opts: ImportOptions): Promise<void> {
    if (opts.signal?.aborted) {
      report.cancelled = true;
      return;
    }
    try {
      report.imported.push(await importOne(source, parsing, opts));
    } catch (err) {
      if (opts.signal?.aborted) report.cancelled = true;
      else report.failed.push(toFailure(source, err));
    }
    progress.filesDone++;
    progress.bytesDone += source.size;
    opts.onProgress?.({ ...progress, file: source.name });
  }

  /**
   * Starts parsing the files (the pool takes as many at once as it has
   * workers; the rest wait their turn). Only so many files are parsed ahead
   * of the writer: each waits in memory, whole, until written.
   */
  function parseAhead(sources: readonly ImportSource[], progress: ImportProgress, opts: ImportOptions) {
    const parses: Array<Promise<ParsedFile> | undefined> = [];
    const counted: number[] = [];
    let next = 0;
    const start = (): void => {
      const i = next++;
      const source = sources[i];
      if (!source) return;
      counted[i] = 0;
      const onDocs = (count: number): void => {
        counted[i] = count;
        progress.docsDone = counted.reduce((a, b) => a + b, 0);
        opts.onProgress?.({ ...progress, file: source.name });
      };
      // Tokens for the term index are worked out in the worker when the library keeps one already.
      const parsing = pool.parse(source, { ...(opts.signal ? { signal: opts.signal } : {}), onDocs, tokens: index.terms !== null });
      // Awaited in turn by the writer; until then a failure must not count as unhandled.
      parsing.catch(() => undefined);
      parses[i] = parsing;
    };
    const ahead = pool.workers + 1;
    return {
      /** Starts the first files' parses, as `take(0)` would. */
      prime(): void {
        while (next <= Math.min(ahead, sources.length - 1)) start();
      },
      /** The file's parse (started now if it was not yet), and the next ones started up to the limit. */
      take(i: number): Promise<ParsedFile> {
        while (next <= Math.min(i + ahead, sources.length - 1)) start();
        const parsing = parses[i];
        parses[i] = undefined;
        return parsing ?? Promise.reject(new Error('not parsed'));
      },
    };
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
    /** Ends the import workers (when the library closes). */
    close(): void {
      pool.close();
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
      pool.use(deps.parseWorkers ?? poolSizeFor(sources.length, progress.bytesTotal));
      pool.warm();
      const ahead = parseAhead(sources, progress, opts);
      // The workers parse while this thread counts the documents for the progress bar: counting first (50 ms for the three corpus volumes) left them idle.
      ahead.prime();
      let total = 0;
      for (const source of sources) total += await countDocuments({ name: source.name, chunks: source.chunks() }).catch(() => 0);
      progress.docsTotal = total;
      for (const [i, source] of sources.entries()) {
        if (opts.signal?.aborted) {
          report.cancelled = true;
          break;
        }
        opts.onProgress?.({ ...progress, file: source.name });
        await importFile(source, ahead.take(i), report, progress, opts);
      }
      const changed = report.imported.some((f) => f.counts.new + f.counts.updated > 0);
      if (changed) index.persist(settings.generation());
      return report;
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
