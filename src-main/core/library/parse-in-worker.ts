import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ImportError } from '../importers/importer';
import type { FromWorker, ToWorker, WorkerJob } from './import-worker-messages';
import { displayName, type ImportSource } from './import-sources';
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

/** Plain-text documents are read whole; nothing genuine comes near this size. */
export const MAX_TEXT_BYTES = 64 * 1024 * 1024;

/**
 * The worker's module: next to this one, as TypeScript when the core runs
 * from source (tsx, vitest). The Electron build passes its bundled file instead.
 */
export const SOURCE_WORKER = new URL(`./import-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

function startWorker(script: string | URL, job: WorkerJob, limits: WorkerLimits): Worker {
  const fromSource = String(script).endsWith('.ts');
  return new Worker(script, {
    workerData: job,
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

export interface ParseOptions {
  limits: WorkerLimits;
  script: string | URL;
  signal?: AbortSignal;
  /** Documents parsed so far in this file (for progress). */
  onDocs?: (count: number) => void;
}

/**
 * Parses one file in a worker thread and resolves with all its documents,
 * prepared for saving. A file the worker cannot finish (over the memory cap,
 * stalled, crashed, cancelled) rejects with an ImportError naming the file.
 */
export function parseInWorker(source: ImportSource, opts: ParseOptions): Promise<PreparedDocument[]> {
  const name = displayName(source);
  const { limits } = opts;
  const job: WorkerJob = { name, tei: source.name.toLowerCase().endsWith('.xml'), size: source.size, maxTextBytes: MAX_TEXT_BYTES };
  if (!job.tei && source.size > MAX_TEXT_BYTES) {
    return Promise.reject(new ImportError(name, `file is too large for a text document (over ${MAX_TEXT_BYTES >> 20} MB)`));
  }
  const worker = startWorker(opts.script, job, limits);
  const docs: PreparedDocument[] = [];
  let settled = false;
  return new Promise<PreparedDocument[]>((resolve, reject) => {
    const stop = (err: Error | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      opts.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      if (err) reject(err);
      else resolve(docs);
    };
    const stalled = (): void => stop(new ImportError(name, `the import stopped: it made no progress for ${duration(limits.stallMs)}`));
    let watchdog = setTimeout(stalled, limits.stallMs);
    const onAbort = (): void => stop(new ImportError(name, 'import cancelled'));
    opts.signal?.addEventListener('abort', onAbort);
    if (opts.signal?.aborted) onAbort();
    worker.on('message', (m: FromWorker) => {
      clearTimeout(watchdog);
      watchdog = setTimeout(stalled, limits.stallMs);
      if (m.t === 'docs') {
        docs.push(...m.docs);
        opts.onDocs?.(docs.length);
      } else if (m.t === 'done') stop(null);
      else if (m.t === 'failed') stop(new WorkerFailure(m.message, m.line));
    });
    worker.on('error', (err: Error & { code?: string }) => {
      const why = err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `it needed more than ${limits.memoryMb} MB` : err.message;
      stop(new ImportError(name, `the import stopped: ${why}`));
    });
    worker.on('exit', (code) => stop(new ImportError(name, `the import stopped unexpectedly (exit code ${code})`)));
    void feed(source, worker, () => settled).catch((err: unknown) => stop(new ImportError(name, `could not be read (${err instanceof Error ? err.message : String(err)})`)));
  });
}

/**
 * Sends the file to the worker chunk by chunk. Each chunk is copied once and
 * its copy handed over (a stream's buffers may share memory with others), so
 * the file is never held twice by the main thread.
 */
async function feed(source: ImportSource, worker: Worker, over: () => boolean): Promise<void> {
  for await (const chunk of source.chunks()) {
    if (over()) return;
    const own = Uint8Array.from(chunk);
    worker.postMessage({ chunk: own } satisfies ToWorker, [own.buffer]);
  }
  if (!over()) worker.postMessage({ end: true } satisfies ToWorker);
}
