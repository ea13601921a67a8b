import { ImportError } from './importer';

/** Share of control bytes above which a file is taken to be binary rather than text. */
const CONTROL_SHARE_LIMIT = 0.05;
/** Only the start of a file is sampled for control bytes: enough to tell binary from text. */
const SAMPLE_SIZE = 64 * 1024;

/**
 * Bytes → text for the text importers. Rejects empty, binary and mis-encoded
 * files with an ImportError naming the file; strips a BOM and turns CRLF / CR
 * line ends into LF so that importers only ever see "\n".
 */
export function decodeText(name: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportError(name, 'the file is empty (0 bytes)');
  const text = decodeBytes(name, bytes).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new ImportError(name, 'the file contains only whitespace');
  return text.replace(/\r\n?/g, '\n');
}

function decodeBytes(name: string, bytes: Uint8Array): string {
  // UTF-16 text is full of NUL bytes, so its BOM must be honoured before the binary check.
  const utf16 = utf16Label(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  assertNotBinary(name, bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // The decoder does not say where it failed, so find the first bad sequence ourselves.
    const offset = firstInvalidUtf8(bytes);
    throw new ImportError(
      name,
      `not valid UTF-8 (bad byte 0x${hex(bytes[offset] ?? 0)} at byte offset ${offset}); ` +
        'save the file as UTF-8 and import it again',
      lineOf(bytes, offset),
    );
  }
}

function utf16Label(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function assertNotBinary(name: string, bytes: Uint8Array): void {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new ImportError(name, `binary content, not text (NUL byte at byte offset ${nul})`, lineOf(bytes, nul));
  }
  const sample = bytes.subarray(0, SAMPLE_SIZE);
  let controls = 0;
  for (const b of sample) if (isStrayControl(b)) controls++;
  if (controls / sample.length > CONTROL_SHARE_LIMIT) {
    const pct = Math.round((100 * controls) / sample.length);
    throw new ImportError(name, `binary content, not text (${pct}% control characters)`);
  }
}

/** C0 controls other than tab, LF, VT, FF, CR and ESC (ESC occurs in some terminal dumps), plus DEL. */
function isStrayControl(b: number): boolean {
  if (b === 0x7f) return true;
  if (b >= 0x20) return false;
  return !(b >= 0x09 && b <= 0x0d) && b !== 0x1b;
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

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function hex(b: number): string {
  return b.toString(16).toUpperCase().padStart(2, '0');
}
