/**
 * FRUS TEI volumes (history.state.gov): one ImportedDocument per
 * `<div type="document">`, built while the file streams through saxes so that
 * memory stays bounded whatever the volume's size.
 */
import type { ImportedDocument } from '../../../src-shared/model/document';
import { ImportError, type Importer } from './importer';
import { countTeiDocuments } from './tei-count';
import { streamXml, type ByteInput, type XmlSink } from './tei-stream';
import { ConsumerError } from './tei-consumer-error';
import { VolumeReader } from './tei-volume';
import type { Warn } from './warnings';

export interface TeiProgress {
  docs: number;
  bytes: number;
}

export interface TeiOptions {
  /** Deepest element nesting accepted (default 200); deeper input is refused, never recursed into. */
  maxDepth?: number;
  signal?: AbortSignal;
  onProgress?: (p: TeiProgress) => void;
  /** Told of what the reader notices and works around (ids missing or repeated, links to nowhere, unknown elements …). */
  warn?: Warn;
}

export type TeiInput = ByteInput;

/**
 * Streams one volume, handing each document to `onDocument` as soon as its
 * div closes, and each section (text outside the documents, kind `section`)
 * as soon as it ends, in reading order. Bad input throws ImportError (naming file and line); documents
 * already handed on are then the caller's to discard.
 */
export async function importTei(
  input: TeiInput,
  onDocument: (doc: ImportedDocument) => void,
  options: TeiOptions = {},
): Promise<{ docs: number; sections: number }> {
  const reader = new VolumeReader(input.name, onDocument, options.warn ?? (() => undefined));
  const { onProgress } = options;
  await run(input.name, options.signal, () =>
    streamXml(input, reader, {
      maxDepth: options.maxDepth,
      signal: options.signal,
      onChunk: onProgress ? (bytes) => onProgress({ docs: reader.count, bytes }) : undefined,
    }),
  );
  if (reader.count === 0) {
    throw new ImportError(input.name, 'no FRUS documents found (the file has no <div type="document">)');
  }
  reader.end();
  return { docs: reader.count, sections: reader.sections };
}

/** FRUS TEI volumes, in the importer registry like every other format. */
export const teiImporter: Importer = {
  id: 'tei',
  extensions: ['xml'],
  sniff: (head) => looksLikeTei(head),
  read: async (input, sink) => {
    await importTei(input, (doc) => sink.document(doc), { warn: sink.warn, ...(input.signal ? { signal: input.signal } : {}) });
  },
  count: (input) => countTeiDocuments(input.chunks),
};

/** The SAX pass alone, counting documents without building them: the baseline for benchmarks. */
export async function parseTeiOnly(input: TeiInput, options: TeiOptions = {}): Promise<{ docs: number }> {
  let docs = 0;
  const sink: XmlSink = {
    open(tag) {
      if (tag.local === 'div' && tag.attributes['type']?.value === 'document') docs++;
    },
    close() {},
    text() {},
  };
  await run(input.name, options.signal, () => streamXml(input, sink, { maxDepth: options.maxDepth, signal: options.signal }));
  return { docs };
}

const TEI_START = /^\uFEFF?\s*(?:<\?[^]*?\?>\s*|<!--[^]*?-->\s*)*(?:<!DOCTYPE\s+(?:\w+:)?TEI\b|<(?:\w+:)?TEI[\s>/])/;

/** True when the start of a file is a TEI document (a DOCTYPE'd one too, so that it is refused clearly). */
export function looksLikeTei(head: string): boolean {
  return TEI_START.test(head);
}

/**
 * Only ImportError leaves the importer for bad input; the caller's own
 * errors and a cancellation come out unchanged; anything else is a bug,
 * reported against the file rather than crashing the import.
 */
async function run(file: string, signal: AbortSignal | undefined, step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (err) {
    if (err instanceof ConsumerError) throw err.original;
    if (err instanceof ImportError || (signal?.aborted && err === signal.reason)) throw err;
    const detail = err instanceof Error ? err.message : String(err);
    throw new ImportError(file, `could not be imported (unexpected error: ${detail})`);
  }
}
