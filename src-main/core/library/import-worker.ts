/**
 * The import worker: parses files one after another (their bytes sent by the
 * main thread) into documents prepared for saving, so the thread that
 * answers the user never parses. It runs under a memory cap and a watchdog
 * (see parse-in-worker.ts); SQLite is never touched here.
 */
import { parentPort } from 'node:worker_threads';
import { ImportError } from '../importers/importer';
import { importFile } from '../importers/registry';
import { WarningLog, type FileWarnings } from '../importers/warnings';
import type { ImportedDocument } from '../../../src-shared/model/document';
import { entryTokens } from '../search/index-entry';
import { fileChunks, unreadable } from './import-sources';
import { docInputs } from './doc-inputs';
import { packDocuments, packTokens } from './packed-documents';
import { prepareDocument, type PreparedDocument } from './prepared-document';
import type { FromWorker, ToWorker, WorkerJob } from './import-worker-messages';

/** Documents cross in batches: one message per document costs more than the copying. */
const BATCH = 32;

const port = parentPort;
if (!port) throw new Error('import-worker.ts runs only as a worker thread');
const post = (m: FromWorker, transfer: ArrayBuffer[] = []): void => port.postMessage(m, transfer);

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

/**
 * A file on disk, read here: fed by the main thread, the next file's chunks
 * waited while that thread wrote the previous file, and the parse with them.
 */
async function* fromDisk(job: WorkerJob & { path: string }): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of fileChunks(job.path)) {
      post({ t: 'progress' });
      yield chunk;
    }
  } catch (err) {
    throw unreadable(job.name, err);
  }
}

/** Parses one file with the importer the registry picks; returns what it noticed on the way. */
async function parse(job: WorkerJob): Promise<FileWarnings> {
  let batch: PreparedDocument[] = [];
  const send = (): void => {
    // Progress counts documents, as the total does; a volume's sections come on top.
    const counted = batch.filter((d) => d.row.kind !== 'section').length;
    const tokens = job.tokens ? packTokens(batch.map((d) => entryTokens(d.entry))) : null;
    const m: FromWorker = { t: 'docs', docs: packDocuments(batch), tokens, counted };
    // The sequences' buffer is handed over, not copied.
    post(m, tokens ? [tokens.sequence.buffer, tokens.ends.buffer] : []);
    batch = [];
  };
  const document = (doc: ImportedDocument): void => {
    const prepared = prepareDocument(doc);
    prepared.inputs = docInputs(doc.body, prepared.row.plainText);
    batch.push(prepared);
    if (batch.length >= BATCH) send();
  };
  const warnings = new WarningLog(job.name);
  const input = job.path !== undefined ? fromDisk({ ...job, path: job.path }) : chunks();
  await importFile({ name: job.name, size: job.size, chunks: input }, { document, warn: warnings.add });
  if (batch.length > 0) send();
  return warnings.result();
}

/** Drops what is left of a file the parser gave up on, up to its end (the main thread always sends one). */
async function skipRest(): Promise<void> {
  while (!atEnd) atEnd = (await next()).t === 'end';
}

async function serve(): Promise<void> {
  for (;;) {
    const m = await next();
    if (m.t !== 'file') continue;
    // Nothing more comes from the main thread for a file the worker reads itself.
    atEnd = m.job.path !== undefined;
    try {
      post({ t: 'done', warnings: await parse(m.job) });
    } catch (err) {
      if (err instanceof ImportError) post({ t: 'failed', message: err.message, ...(err.line !== undefined ? { line: err.line } : {}) });
      else post({ t: 'failed', message: `${m.job.name}: could not be imported (${err instanceof Error ? err.message : String(err)})` });
    }
    await skipRest();
  }
}

void serve();
