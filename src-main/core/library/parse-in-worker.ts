import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ImportError } from '../importers/importer';
import { checkFileSize } from '../importers/registry';
import type { FileWarnings } from '../importers/warnings';
import type { FromWorker, ToWorker, WorkerJob } from './import-worker-messages';
import { displayName, unreadable, type ImportSource } from './import-sources';
import { unpackDocuments, unpackTokens } from './packed-documents';
import type { PreparedDocument } from './prepared-document';

export interface WorkerLimits {
  /** The worker's heap cap (V8 old generation), in MB. */
  memoryMb: number;
  /** The worker is stopped when it shows no progress (a chunk taken, documents sent) for this long. */
  stallMs: number;
}

/**
 * Whole FRUS volumes parse in well under 100 MB; the cap keeps the process
 * (main thread and worker together) below 600 MB whatever a file holds.
 */
export const DEFAULT_LIMITS: WorkerLimits = { memoryMb: 256, stallMs: 60_000 };

/**
 * The worker's module: next to this one, as TypeScript when the core runs
 * from source (tsx, vitest). The Electron build passes its bundled file instead.
 */
export const SOURCE_WORKER = new URL(`./import-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

function startWorker(script: string | URL, limits: WorkerLimits): Worker {
  const fromSource = String(script).endsWith('.ts');
  return new Worker(script, {
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 16 },
    // Running from source, the worker needs the same TypeScript loader as its parent.
    ...(fromSource ? { execArgv: ['--import', 'tsx'] } : {}),
  });
}

const duration = (ms: number): string => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`);

/** A file the worker refused, its message as the importer worded it (naming the file and line). */
export class WorkerFailure extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'WorkerFailure';
  }
}

/** A file's documents, prepared for saving, and the importer's warnings about it. */
export interface ParsedFile {
  docs: PreparedDocument[];
  warnings: FileWarnings;
}

export interface ParseOptions {
  signal?: AbortSignal;
  /** Documents parsed so far in this file (for progress). */
  onDocs?: (count: number) => void;
  /** Tokenise each document for the term index too (the library keeps one). */
  tokens?: boolean;
}

/** An idle worker is kept this long for the next file or import, then ended (its memory given back). */
const IDLE_MS = 30_000;

/**
 * Parses files in a worker thread, one at a time. The worker is started for
 * the first file and kept a while for the next ones (starting one costs up to
 * seconds when running from source, more than parsing a short file); one that
 * had to be stopped is replaced. While idle it does not keep the process
 * alive; `close` ends it.
 */
export function createWorkerParser(limits: WorkerLimits, script: string | URL) {
  let worker: Worker | null = null;
  let idle: NodeJS.Timeout | undefined;
  /** Where the current file's events go; a stopped worker's late events go nowhere. */
  let listener: ((e: WorkerEvent) => void) | null = null;

  const ready = (): Worker => {
    if (worker) return worker;
    const w = startWorker(script, limits);
    const forward = (e: WorkerEvent): void => {
      if (w === worker) listener?.(e);
    };
    w.on('message', (m: FromWorker) => forward({ m }));
    w.on('error', (err: Error & { code?: string }) => forward({ err }));
    w.on('exit', (code) => forward({ code }));
    worker = w;
    return w;
  };

  const stopWorker = (): void => {
    clearTimeout(idle);
    const w = worker;
    worker = null;
    void w?.terminate();
  };

  const rest = (w: Worker): void => {
    if (w !== worker) return;
    w.unref();
    idle = setTimeout(stopWorker, IDLE_MS);
    idle.unref();
  };

  return {
    /** Starts the worker ahead of its first file (from source it takes a few hundred ms), idle until then. */
    warm(): void {
      if (!worker) rest(ready());
    },
    /**
     * Resolves with all of a file's documents, prepared for saving, and what
     * the importer noticed on the way. A file the
     * worker cannot finish (refused, over the memory cap, stalled, crashed,
     * cancelled) rejects with an error naming the file.
     */
    async parse(source: ImportSource, opts: ParseOptions = {}): Promise<ParsedFile> {
      const name = displayName(source);
      // A file on disk is read by the worker: fed from here, its chunks waited while this thread wrote the file before (a third of an import).
      const job: WorkerJob = { name, size: source.size, tokens: opts.tokens ?? false, ...(source.path !== undefined ? { path: source.path } : {}) };
      checkFileSize(name, source.size); // a file too large, or of no importable kind, is refused before a byte is sent
      const w = ready();
      clearTimeout(idle);
      w.ref();
      let settled = false;
      const docs: PreparedDocument[] = [];
      let counted = 0;
      let feeding: Promise<void> = Promise.resolve();
      let warnings: FileWarnings = { warnings: [], more: 0 };
      const parsed = new Promise<ParsedFile>((resolve, reject) => {
        const settle = (err: Error | null, fatal = false): void => {
          if (settled) return;
          settled = true;
          clearTimeout(watchdog);
          opts.signal?.removeEventListener('abort', onAbort);
          listener = null;
          if (fatal) stopWorker();
          else rest(w);
          if (err) reject(err);
          else resolve({ docs, warnings });
        };
        const stopped = (why: string): void => settle(new ImportError(name, `the import stopped: ${why}`), true);
        const stalled = (): void => stopped(`it made no progress for ${duration(limits.stallMs)}`);
        let watchdog = setTimeout(stalled, limits.stallMs);
        const onAbort = (): void => settle(new ImportError(name, 'import cancelled'), true);
        listener = (e) => {
          if ('m' in e) {
            clearTimeout(watchdog);
            watchdog = setTimeout(stalled, limits.stallMs);
            if (e.m.t === 'docs') {
              const batch = unpackDocuments(e.m.docs);
              const tokens = e.m.tokens ? unpackTokens(e.m.tokens) : [];
              batch.forEach((doc, k) => docs.push(tokens[k] ? { ...doc, tokens: tokens[k] } : doc));
              counted += e.m.counted;
              opts.onDocs?.(counted);
            } else if (e.m.t === 'done') {
              warnings = e.m.warnings;
              settle(null);
            }
            else if (e.m.t === 'failed') settle(new WorkerFailure(e.m.message, e.m.line));
          } else if ('err' in e) stopped(e.err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `it needed more than ${limits.memoryMb} MB` : e.err.message);
          else stopped(`the parser ended unexpectedly (exit code ${e.code})`);
        };
        opts.signal?.addEventListener('abort', onAbort);
        if (opts.signal?.aborted) onAbort();
        w.postMessage({ t: 'file', job } satisfies ToWorker);
        if (job.path !== undefined) return;
        feeding = feed(source, w, () => settled).catch((err: unknown) => settle(unreadable(name, err), true));
      });
      // The file's last message must reach the worker before the next file's first.
      return parsed.finally(() => feeding);
    },
    close: stopWorker,
  };
}

type WorkerEvent = { m: FromWorker } | { err: Error & { code?: string } } | { code: number };

export type WorkerParser = ReturnType<typeof createWorkerParser>;

/**
 * Sends a file to the worker chunk by chunk, then its end (also when the
 * worker gave up early, so it knows where the next file starts). Each chunk is
 * copied once and the copy handed over: a stream's buffers may share memory.
 */
async function feed(source: ImportSource, worker: Worker, over: () => boolean): Promise<void> {
  try {
    for await (const chunk of source.chunks()) {
      if (over()) return;
      const own = Uint8Array.from(chunk);
      worker.postMessage({ t: 'chunk', chunk: own } satisfies ToWorker, [own.buffer]);
    }
  } finally {
    worker.postMessage({ t: 'end' } satisfies ToWorker);
  }
}
