import { SaxesParser, type SaxesTagNS } from 'saxes';
import { firstInvalidUtf8 } from './decode';
import { ImportError } from './importer';

export type Attrs = SaxesTagNS['attributes'];

/** Receives the XML events of one file, in document order. */
export interface XmlSink {
  open(tag: SaxesTagNS): void;
  close(): void;
  text(text: string): void;
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
const XML_DECL_ENCODING = /^<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']*)["']/;
const DOCTYPE_REFUSED =
  'DOCTYPE declarations are not allowed (entity expansion and external entities are refused)';

/**
 * Streams a file through saxes: strict UTF-8, no DTD (so neither entity
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

type Parser = SaxesParser<{ xmlns: true; position: true }>;

/**
 * Six handlers at most: saxes stores each one as a property added after
 * construction, and a seventh made V8 parse these volumes four times slower
 * (measured). So the XML declaration is checked by the Feeder, not by an
 * `xmldecl` handler.
 */
function createParser(name: string, sink: XmlSink, maxDepth: number): Parser {
  const parser: Parser = new SaxesParser({ xmlns: true, position: true });
  let depth = 0;
  parser.on('error', (err) => {
    // saxes prefixes "line:column: "; the line goes into the ImportError, the column stays in the text.
    const m = /^\d+:(\d+): (.*)$/s.exec(err.message);
    const detail = m ? `, column ${m[1]}: ${m[2]}` : `: ${err.message}`;
    throw new ImportError(name, `malformed XML${detail}`, parser.line);
  });
  parser.on('doctype', () => {
    throw new InputProblem(DOCTYPE_REFUSED);
  });
  parser.on('opentag', (tag) => {
    if (++depth > maxDepth) throw new InputProblem(`elements are nested deeper than ${maxDepth} levels`);
    sink.open(tag);
  });
  parser.on('closetag', () => {
    depth--;
    sink.close();
  });
  parser.on('text', (text) => sink.text(text));
  parser.on('cdata', (text) => sink.text(text));
  return parser;
}

/** Decodes bytes strictly and feeds the parser, rejecting what is plainly not XML. */
class Feeder {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private sawContent = false;
  /** Until the first element starts, the text is prolog, where a DOCTYPE would be. */
  private inProlog = true;
  private prologTail = '';
  byteCount = 0;

  constructor(
    private readonly name: string,
    private readonly parser: Parser,
  ) {}

  bytes(part: Uint8Array): void {
    this.feed(this.decode(part));
    this.byteCount += part.length;
  }

  end(): void {
    this.feed(this.decode(new Uint8Array(0), false));
    if (!this.sawContent) {
      throw new ImportError(this.name, this.byteCount === 0 ? 'the file is empty (0 bytes)' : 'the file contains only whitespace');
    }
    this.parser.close();
  }

  private decode(part: Uint8Array, stream = true): string {
    try {
      return this.decoder.decode(part, { stream });
    } catch {
      // The decoder does not say where it failed: find the bad byte to give a line.
      const offset = Math.min(firstInvalidUtf8(part), part.length);
      let line = this.parser.line;
      for (let i = 0; i < offset; i++) if (part[i] === 0x0a) line++;
      const where = this.byteCount + offset;
      throw new ImportError(this.name, `not valid UTF-8 (bad byte near byte offset ${where}); save the file as UTF-8`, line);
    }
  }

  private feed(text: string): void {
    if (text.length === 0) return;
    // A NUL or other control character further on is refused by saxes ("disallowed character").
    if (!this.sawContent) this.checkStart(text);
    if (this.inProlog) this.checkProlog(text);
    this.parser.write(text);
  }

  /**
   * saxes reports a DOCTYPE only once it has read all of it; refusing it on
   * sight means a hostile internal subset is never even buffered.
   */
  private checkProlog(text: string): void {
    const root = text.search(/<[A-Za-z_:]/);
    const prolog = this.prologTail + (root < 0 ? text : text.slice(0, root));
    const found = prolog.indexOf('<!DOCTYPE');
    if (found >= 0) {
      const before = prolog.slice(this.prologTail.length, Math.max(this.prologTail.length, found));
      throw new ImportError(this.name, DOCTYPE_REFUSED, this.parser.line + (before.match(/\n/g)?.length ?? 0));
    }
    this.prologTail = prolog.slice(-8);
    if (root >= 0) this.inProlog = false;
  }

  /** Binary junk and plain text fail here with a clear message instead of a saxes error. */
  private checkStart(text: string): void {
    const first = text.search(/[^\s\uFEFF]/);
    if (first < 0) return;
    this.sawContent = true;
    if (text[first] !== '<') {
      const shown = JSON.stringify(text.slice(first, first + 20));
      throw new ImportError(this.name, `not an XML file (it starts with ${shown}, not "<")`, 1);
    }
    const enc = XML_DECL_ENCODING.exec(text.slice(first, first + 200))?.[1];
    if (enc !== undefined && !/^(?:utf-?8|us-ascii)$/i.test(enc)) {
      throw new ImportError(this.name, `the file declares encoding "${enc}"; only UTF-8 is supported`, 1);
    }
  }
}
