import type { SaxesParser } from 'saxes';
import { ChunkDecoder, DecodeFailure } from './chunk-decoder';
import { ImportError } from './importer';
import { encodingName, type Encoding } from './unicode-scan';
import { ScanProblem, XmlScanner } from './xml-scan';

export type Parser = SaxesParser<{ xmlns: true; position: true }>;

const XML_DECL_ENCODING = /^<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']*)["']/;
export const DOCTYPE_REFUSED =
  'DOCTYPE declarations are not allowed (entity expansion and external entities are refused)';

/**
 * Decodes bytes strictly (UTF-8 or UTF-16), checks the text ahead of saxes
 * (bare "&", enormous runs of text) and feeds the parser, rejecting what is
 * plainly not XML.
 */
export class Feeder {
  private readonly decoder = new ChunkDecoder();
  private readonly scanner: XmlScanner;
  private sawContent = false;
  /** Until the first element starts, the text is prolog, where a DOCTYPE would be. */
  private inProlog = true;
  private prologTail = '';
  byteCount = 0;

  constructor(
    private readonly name: string,
    private readonly parser: Parser,
    maxRun?: number,
  ) {
    this.scanner = new XmlScanner(maxRun);
  }

  bytes(part: Uint8Array): void {
    this.feed(this.decoded(() => this.decoder.decode(part)));
    this.byteCount += part.length;
  }

  end(): void {
    this.feed(this.decoded(() => this.decoder.end()));
    this.checked(() => this.scanner.end());
    if (!this.sawContent) {
      throw new ImportError(this.name, this.byteCount === 0 ? 'the file is empty (0 bytes)' : 'the file contains only whitespace');
    }
    this.parser.close();
  }

  private decoded(step: () => string): string {
    try {
      return step();
    } catch (err) {
      if (!(err instanceof DecodeFailure)) throw err;
      throw new ImportError(this.name, `${err.message}; save the file as UTF-8`, this.parser.line + err.newlinesBefore);
    }
  }

  private checked(step: () => void): void {
    try {
      step();
    } catch (err) {
      if (!(err instanceof ScanProblem)) throw err;
      throw new ImportError(this.name, `${err.malformed ? 'malformed XML: ' : ''}${err.message}`, err.line, err.column);
    }
  }

  private feed(text: string): void {
    if (text.length === 0) return;
    // A NUL or other control character further on is refused by saxes ("disallowed character").
    if (!this.sawContent) this.checkStart(text);
    if (this.inProlog) this.checkProlog(text);
    this.checked(() => this.scanner.scan(text));
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
    if (text.slice(first, first + 8).includes('\u0000')) {
      throw new ImportError(this.name, 'the file looks like UTF-16 without a byte-order mark or XML declaration; save it as UTF-8', 1);
    }
    if (text[first] !== '<') {
      const shown = JSON.stringify(text.slice(first, first + 20));
      throw new ImportError(this.name, `not an XML file (it starts with ${shown}, not "<")`, 1);
    }
    const declared = XML_DECL_ENCODING.exec(text.slice(first, first + 200))?.[1];
    if (declared !== undefined) this.checkDeclared(declared);
  }

  /** The declaration's encoding must be one we read, and agree with the bytes (BOM or UTF-8). */
  private checkDeclared(declared: string): void {
    const allowed = declaredEncodings(declared);
    if (!allowed) {
      throw new ImportError(this.name, `the file declares encoding "${declared}"; only UTF-8 and UTF-16 are supported`, 1);
    }
    const { encoding, source } = this.decoder;
    if (!allowed.includes(encoding)) {
      const how = source === 'bom' ? 'its byte-order mark says' : 'its bytes are';
      throw new ImportError(
        this.name,
        `the XML declaration says encoding="${declared}" but ${how} ${encodingName(encoding)}; ` +
          'correct the declaration or save the file again',
        1,
      );
    }
  }
}

function declaredEncodings(declared: string): readonly Encoding[] | null {
  const d = declared.toLowerCase().replace(/^utf(\d)/, 'utf-$1');
  if (d === 'utf-8' || d === 'us-ascii' || d === 'ascii') return ['utf-8'];
  if (d === 'utf-16') return ['utf-16le', 'utf-16be'];
  if (d === 'utf-16le' || d === 'utf-16be') return [d];
  return null;
}
