import type { PreparedDocument } from './prepared-document';

/** One file for the import worker to parse. */
export interface WorkerJob {
  /** The file's name as shown to the user (errors name it). */
  name: string;
  /** A TEI volume (streamed) rather than a text file (read whole). */
  tei: boolean;
  /** The file's size as listed (a text file is read into one buffer of this size). */
  size: number;
  /** Largest text file read whole. */
  maxTextBytes: number;
}

/** Main thread to worker: a file to parse, its bytes, then its end. */
export type ToWorker = { t: 'file'; job: WorkerJob } | { t: 'chunk'; chunk: Uint8Array } | { t: 'end' };

/** Worker to main thread: signs of life, prepared documents, and how the file ended. */
export type FromWorker =
  | { t: 'progress' }
  | { t: 'docs'; docs: PreparedDocument[] }
  | { t: 'done' }
  | { t: 'failed'; message: string; line?: number };
