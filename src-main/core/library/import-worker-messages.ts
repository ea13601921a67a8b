import type { FileWarnings } from '../importers/warnings';
import type { PackedDocuments, PackedTokens } from './packed-documents';

/** One file for the import worker to parse. */
export interface WorkerJob {
  /** The file's name as shown to the user (errors and warnings name it). */
  name: string;
  /** The file's size as listed (a file read whole is read into one buffer of this size). */
  size: number;
  /** Tokenise each document for the term index too (the library keeps one). */
  tokens: boolean;
  /** A file on disk, which the worker reads itself: no chunks and no end follow. */
  path?: string;
}

/** Main thread to worker: a file to parse, its bytes (unless the worker reads its `path`), then its end. */
export type ToWorker = { t: 'file'; job: WorkerJob } | { t: 'chunk'; chunk: Uint8Array } | { t: 'end' };

/**
 * Worker to main thread: signs of life, prepared documents (packed, with how
 * many of them count as documents rather than sections), and how the file
 * ended (with what was noticed on the way).
 */
export type FromWorker =
  | { t: 'progress' }
  | { t: 'docs'; docs: PackedDocuments; tokens: PackedTokens | null; counted: number }
  | { t: 'done'; warnings: FileWarnings }
  | { t: 'failed'; message: string; line?: number };
