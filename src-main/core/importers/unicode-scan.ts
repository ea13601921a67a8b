/**
 * Where a byte sequence stops being well-formed UTF-8 or UTF-16, so that a
 * refused file can be reported with a byte offset. (TextDecoder only says
 * that decoding failed, not where.)
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding a byte-order mark announces, and the mark's length; null without one. */
export function bomOf(bytes: Uint8Array): { encoding: Encoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Offset of the first byte of the first ill-formed sequence (bytes.length if none). */
export function firstInvalid(bytes: Uint8Array, encoding: Encoding): number {
  return encoding === 'utf-8' ? firstInvalidUtf8(bytes) : firstInvalidUtf16(bytes, encoding === 'utf-16le');
}

/** What is wrong at `offset` (as found by firstInvalid), in words. */
export function describeInvalid(bytes: Uint8Array, offset: number, encoding: Encoding): string {
  if (encoding === 'utf-8') return `bad byte 0x${hex(bytes[offset] ?? 0, 2)}`;
  if (offset + 1 >= bytes.length) return 'a lone byte at the end';
  const unit = unitAt(bytes, offset, encoding === 'utf-16le');
  return `an unpaired surrogate 0x${hex(unit, 4)}`;
}

/** Offset of the first byte that starts an ill-formed UTF-8 sequence (bytes.length if none). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const len = sequenceLength(bytes, i);
    if (len === 0) return i;
    i += len;
  }
  return bytes.length;
}

/** Offset of the first unpaired surrogate or odd trailing byte (bytes.length if none). */
export function firstInvalidUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  let i = 0;
  while (i + 1 < bytes.length) {
    const unit = unitAt(bytes, i, littleEndian);
    if (unit >= 0xdc00 && unit <= 0xdfff) return i; // a low surrogate with no high one before it
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = i + 3 < bytes.length ? unitAt(bytes, i + 2, littleEndian) : -1;
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 4;
    } else {
      i += 2;
    }
  }
  return i < bytes.length ? i : bytes.length;
}

/**
 * Bytes at the end that begin a character not yet complete (a streaming
 * decoder holds them back until the next chunk): 0 to 3.
 */
export function incompleteTail(bytes: Uint8Array, encoding: Encoding): number {
  const n = bytes.length;
  if (encoding !== 'utf-8') {
    const odd = n % 2;
    const last = n - odd - 2;
    const unit = last >= 0 ? unitAt(bytes, last, encoding === 'utf-16le') : 0;
    return odd + (unit >= 0xd800 && unit <= 0xdbff ? 2 : 0);
  }
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back] ?? 0;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for the lead
    const [len] = leadRule(b);
    return len > back ? back : 0;
  }
  return 0;
}

function unitAt(bytes: Uint8Array, i: number, littleEndian: boolean): number {
  const a = bytes[i] ?? 0;
  const b = bytes[i + 1] ?? 0;
  return littleEndian ? a | (b << 8) : (a << 8) | b;
}

/** Length of the well-formed sequence at `i`, or 0 (Unicode Table 3-7). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
  if (b0 < 0x80) return 1;
  const [len, lo, hi] = leadRule(b0);
  if (len === 0) return 0;
  for (let k = 1; k < len; k++) {
    const b = bytes[i + k];
    if (b === undefined) return 0;
    const min = k === 1 ? lo : 0x80;
    const max = k === 1 ? hi : 0xbf;
    if (b < min || b > max) return 0;
  }
  return len;
}

/** Sequence length and allowed range of the second byte for a lead byte. */
function leadRule(b0: number): [number, number, number] {
  if (b0 >= 0xc2 && b0 <= 0xdf) return [2, 0x80, 0xbf];
  if (b0 === 0xe0) return [3, 0xa0, 0xbf];
  if (b0 === 0xed) return [3, 0x80, 0x9f]; // excludes UTF-16 surrogates
  if (b0 >= 0xe1 && b0 <= 0xef) return [3, 0x80, 0xbf];
  if (b0 === 0xf0) return [4, 0x90, 0xbf];
  if (b0 >= 0xf1 && b0 <= 0xf3) return [4, 0x80, 0xbf];
  if (b0 === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}

function hex(n: number, width: number): string {
  return n.toString(16).toUpperCase().padStart(width, '0');
}

/** Human name of an encoding for messages. */
export function encodingName(encoding: Encoding): string {
  return { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 (little-endian)', 'utf-16be': 'UTF-16 (big-endian)' }[encoding];
}
