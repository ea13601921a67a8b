import { SaxesParser, type SaxesTagNS } from 'saxes';
import { ImportError } from './importer';
import { DOCTYPE_REFUSED, Feeder, type Parser } from './xml-feeder';
import { plainXmlError, type OpenElement } from './xml-messages';

export type Attrs = SaxesTagNS['attributes'];

/** Receives the XML events of one file, in document order. */
export interface XmlSink {
  open(tag: SaxesTagNS): void;
  close(): void;
  text(text: string): void;
  /** Given, before the first event, a way to ask the line being read (for warnings that name it). */
  locate?(line: () => number): void;
}

/** Bytes of one file, delivered in chunks so that a 200 MB volume never sits in memory whole. */
export interface ByteInput {
  name: string;
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

export interface StreamOptions {
  maxDepth?: number;
  signal?: AbortSignal;
  /** Called after each chunk with the number of bytes read so far. */
  onChunk?: (bytes: number) => void;
}

/** A problem a sink finds in the input; the stream turns it into an ImportError with the line. */
export class InputProblem extends Error {}

export const DEFAULT_MAX_DEPTH = 200;
/** Big chunks are decoded in slices so that no single string grows past a megabyte. */
const SLICE = 1 << 20;

/**
 * Streams a file through saxes: strict UTF-8 or UTF-16, no DTD (so neither entity
 * bombs nor external entities can do anything), bounded nesting. Every
 * problem with the input comes out as an ImportError naming the file and line.
 */
export async function streamXml(input: ByteInput, sink: XmlSink, options: StreamOptions = {}): Promise<void> {
  const { name } = input;
  const parser = createParser(name, sink, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  const feeder = new Feeder(name, parser);
  try {
    for await (const chunk of input.chunks) {
      // One slice at a time, so that a caller passing a whole file as one chunk can still cancel and see progress.
      for (let at = 0; at < chunk.length; at += SLICE) {
        options.signal?.throwIfAborted();
        feeder.bytes(chunk.subarray(at, Math.min(chunk.length, at + SLICE)));
        options.onChunk?.(feeder.byteCount);
      }
    }
    feeder.end();
  } catch (err) {
    if (err instanceof InputProblem) throw new ImportError(name, err.message, parser.line);
    throw err;
  }
}

/**
 * Six handlers at most: saxes stores each one as a property added after
 * construction, and a seventh made V8 parse these volumes four times slower
 * (measured). So the XML declaration is checked by the Feeder, not by an
 * `xmldecl` handler.
 */
function createParser(name: string, sink: XmlSink, maxDepth: number): Parser {
  const parser: Parser = new SaxesParser({ xmlns: true, position: true });
  sink.locate?.(() => parser.line);
  // Open elements and where they started, so that an error can name the one at fault.
  const open: OpenElement[] = [];
  let lastClosed: OpenElement | undefined;
  parser.on('error', (err) => {
    const { column, message } = plainXmlError(err.message, { open, lastClosed });
    throw new ImportError(name, `malformed XML: ${message}`, parser.line, column);
  });
  parser.on('doctype', () => {
    throw new InputProblem(DOCTYPE_REFUSED);
  });
  parser.on('opentag', (tag) => {
    if (open.length >= maxDepth) throw new InputProblem(`elements are nested deeper than ${maxDepth} levels`);
    open.push({ name: tag.name, line: parser.line });
    sink.open(tag);
  });
  parser.on('closetag', () => {
    lastClosed = open.pop();
    sink.close();
  });
  parser.on('text', (text) => sink.text(text));
  parser.on('cdata', (text) => sink.text(text));
  return parser;
}
