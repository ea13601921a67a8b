import { bomOf, describeInvalid, encodingName, firstInvalid, incompleteTail, type Encoding } from './unicode-scan';

/** How the encoding was found: a byte-order mark, the "<?" of an XML declaration in UTF-16, or the UTF-8 default. */
export type EncodingSource = 'bom' | 'sniffed' | 'default';

/** A bad byte sequence: where (in the whole file) and what. */
export class DecodeFailure extends Error {
  constructor(
    readonly offset: number,
    /** Newlines in the decoded text of this chunk before the bad sequence. */
    readonly newlinesBefore: number,
    message: string,
  ) {
    super(message);
  }
}

/** Enough bytes to see a BOM or the "<?" of a UTF-16 XML declaration. */
const SNIFF = 4;

/**
 * Streaming strict decoding of UTF-8 or UTF-16 (found from the BOM, or from
 * "<?" per XML appendix F). A character or surrogate pair split between
 * chunks is held back until its other half arrives; an ill-formed one is a
 * DecodeFailure that knows its byte offset in the file.
 */
export class ChunkDecoder {
  encoding: Encoding = 'utf-8';
  source: EncodingSource = 'default';
  private decoder: TextDecoder | undefined;
  private head: Uint8Array = new Uint8Array(0);
  /** Bytes of an incomplete character the decoder is holding from the previous chunk. */
  private held: Uint8Array = new Uint8Array(0);
  /** Bytes handed to the decoder so far. */
  private consumed = 0;

  decode(part: Uint8Array): string {
    if (this.decoder) return this.run(part, true);
    this.head = concat(this.head, part);
    return this.head.length < SNIFF ? '' : this.startWith(true);
  }

  /** The rest held back; a character left incomplete at the end of the file is a DecodeFailure. */
  end(): string {
    return this.decoder ? this.run(new Uint8Array(0), false) : this.startWith(false);
  }

  private startWith(stream: boolean): string {
    const head = this.head;
    this.head = new Uint8Array(0);
    this.start(head);
    return this.run(head, stream);
  }

  private start(head: Uint8Array): void {
    const bom = bomOf(head);
    if (bom) {
      this.encoding = bom.encoding;
      this.source = 'bom';
    } else if (head[0] === 0x3c && head[1] === 0x00 && head[2] === 0x3f && head[3] === 0x00) {
      [this.encoding, this.source] = ['utf-16le', 'sniffed'];
    } else if (head[0] === 0x00 && head[1] === 0x3c && head[2] === 0x00 && head[3] === 0x3f) {
      [this.encoding, this.source] = ['utf-16be', 'sniffed'];
    }
    this.decoder = new TextDecoder(this.encoding, { fatal: true });
  }

  private run(part: Uint8Array, stream: boolean): string {
    const decoder = this.decoder ?? new TextDecoder(this.encoding, { fatal: true });
    try {
      const text = decoder.decode(part, { stream });
      const seen = concat(this.held, part);
      this.held = stream ? seen.slice(seen.length - incompleteTail(seen, this.encoding)) : new Uint8Array(0);
      this.consumed += part.length;
      return text;
    } catch {
      throw this.failure(concat(this.held, part));
    }
  }

  /** The bad sequence found in what the decoder saw: the held bytes and this chunk. */
  private failure(seen: Uint8Array): DecodeFailure {
    const at = Math.min(firstInvalid(seen, this.encoding), seen.length);
    const offset = this.consumed - this.held.length + at;
    const before = new TextDecoder(this.encoding, { ignoreBOM: true }).decode(seen.subarray(0, at));
    let newlines = 0;
    for (let i = before.indexOf('\n'); i >= 0; i = before.indexOf('\n', i + 1)) newlines++;
    const what = describeInvalid(seen, at, this.encoding);
    return new DecodeFailure(offset, newlines, `not valid ${encodingName(this.encoding)} (${what} at byte offset ${offset})`);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
