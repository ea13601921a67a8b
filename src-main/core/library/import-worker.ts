/**
 * The import worker: parses files one after another (their bytes sent by the
 * main thread) into documents prepared for saving, so the thread that
 * answers the user never parses. It runs under a memory cap and a watchdog
 * (see parse-in-worker.ts); SQLite is never touched here.
 */
import { parentPort } from 'node:worker_threads';
import { ImportError } from '../importers/importer';
import { importTextFile } from '../importers/registry';
import { importTei } from '../importers/tei';
import type { ImportedDocument } from '../../../src-shared/model/document';
import { prepareDocument, type PreparedDocument } from './prepared-document';
import type { FromWorker, ToWorker, WorkerJob } from './import-worker-messages';

/** Documents cross in batches: one message per document costs more than the copying. */
const BATCH = 32;

const port = parentPort;
if (!port) throw new Error('import-worker.ts runs only as a worker thread');
const post = (m: FromWorker): void => port.postMessage(m);

const inbox: ToWorker[] = [];
let wake: (() => void) | null = null;
port.on('message', (m: ToWorker) => {
  inbox.push(m);
  wake?.();
});

async function next(): Promise<ToWorker> {
  while (inbox.length === 0) await new Promise<void>((r) => (wake = r));
  const m = inbox.shift();
  if (!m) throw new Error('empty inbox');
  return m;
}

/** Whether the current file's last chunk has been taken. */
let atEnd = true;

/** The current file's chunks as they arrive; each one taken is a sign of progress. */
async function* chunks(): AsyncGenerator<Uint8Array> {
  for (let m = await next(); m.t === 'chunk'; m = await next()) {
    post({ t: 'progress' });
    yield m.chunk;
  }
  atEnd = true;
}

/** The whole file in one buffer of its listed size (no second copy to join the chunks). */
async function readAll(job: WorkerJob): Promise<Uint8Array> {
  const all = new Uint8Array(Math.min(job.size, job.maxTextBytes));
  let size = 0;
  for await (const chunk of chunks()) {
    if (size + chunk.byteLength > job.maxTextBytes) throw new ImportError(job.name, `file is too large for a text document (over ${job.maxTextBytes >> 20} MB)`);
    if (size + chunk.byteLength > all.byteLength) throw new ImportError(job.name, 'the file grew while it was being read');
    all.set(chunk, size);
    size += chunk.byteLength;
  }
  return all.subarray(0, size);
}

async function parse(job: WorkerJob): Promise<void> {
  let batch: PreparedDocument[] = [];
  const emit = (doc: ImportedDocument): void => {
    batch.push(prepareDocument(doc));
    if (batch.length < BATCH) return;
    post({ t: 'docs', docs: batch });
    batch = [];
  };
  if (job.tei) await importTei({ name: job.name, chunks: chunks() }, emit);
  else importTextFile(job.name, await readAll(job)).documents.forEach(emit);
  if (batch.length > 0) post({ t: 'docs', docs: batch });
}

/** Drops what is left of a file the parser gave up on, up to its end (the main thread always sends one). */
async function skipRest(): Promise<void> {
  while (!atEnd) atEnd = (await next()).t === 'end';
}

async function serve(): Promise<void> {
  for (;;) {
    const m = await next();
    if (m.t !== 'file') continue;
    atEnd = false;
    try {
      await parse(m.job);
      post({ t: 'done' });
    } catch (err) {
      if (err instanceof ImportError) post({ t: 'failed', message: err.message, ...(err.line !== undefined ? { line: err.line } : {}) });
      else post({ t: 'failed', message: `${m.job.name}: could not be imported (${err instanceof Error ? err.message : String(err)})` });
    }
    await skipRest();
  }
}

void serve();
