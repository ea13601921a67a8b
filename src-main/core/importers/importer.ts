import type { ImportedDocument } from '../../../src-shared/model/document';
import type { Warn } from './warnings';

/** One file as an importer gets it: its bytes, never a path or `fs`. */
export interface ImportInput {
  /** The file's name as shown to the user (errors and warnings name it). */
  name: string;
  /** The bytes, chunk by chunk; they can be read once. */
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  /** The size as listed, when known: a file read whole goes into one buffer of this size. */
  size?: number;
  signal?: AbortSignal;
}

/** Where an importer puts what it reads. */
export interface ImportSink {
  /** Each document (or volume section) as soon as it is built, in reading order. */
  document(doc: ImportedDocument): void;
  /** Something noticed and worked around: the file is still imported. */
  warn: Warn;
}

/**
 * The one shape of an importer. The registry (registry.ts) picks one by the
 * file's extension, then by `sniff` among those sharing it.
 */
export interface Importer {
  id: string;
  /** Lower-case, without the dot. */
  extensions: readonly string[];
  /** Largest file it takes, for an importer that reads files whole; absent when it streams them. */
  maxBytes?: number;
  /** True when this importer recognises the start of the file (decoded leniently); checked in registry order. */
  sniff(head: string, name: string): boolean;
  /** Reads the file into the sink. Bad input throws ImportError, naming the file and where known the line. */
  read(input: ImportInput, sink: ImportSink): Promise<void>;
  /** How many documents the file will give, found far more cheaply than by reading it (for progress). */
  count(input: ImportInput): Promise<number>;
}

/** A bad input: the message names the file and, where known, the line (and column). */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`${file}${where(line, column)}: ${message}`);
    this.name = 'ImportError';
  }
}

function where(line: number | undefined, column: number | undefined): string {
  if (line === undefined) return '';
  return column === undefined ? `, line ${line}` : `, line ${line}, column ${column}`;
}
