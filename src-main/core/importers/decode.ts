import { ImportError } from './importer';
import { bomOf, describeInvalid, encodingName, firstInvalid, type Encoding } from './unicode-scan';

/** Share of control bytes above which a file is taken to be binary rather than text. */
const CONTROL_SHARE_LIMIT = 0.05;
/** Only the start of a file is sampled for control bytes: enough to tell binary from text. */
const SAMPLE_SIZE = 64 * 1024;

/**
 * Bytes → text for the text importers. UTF-8, or UTF-8 / UTF-16 (either byte
 * order) with a byte-order mark. Rejects empty, binary and mis-encoded files
 * with an ImportError naming the file, the line and the byte offset: a bad
 * sequence is never silently turned into U+FFFD. Line ends become "\n".
 */
export function decodeText(name: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportError(name, 'the file is empty (0 bytes)');
  const text = decodeBytes(name, bytes);
  if (text.trim() === '') throw new ImportError(name, 'the file contains only whitespace');
  return text.replace(/\r\n?/g, '\n');
}

function decodeBytes(name: string, bytes: Uint8Array): string {
  const bom = bomOf(bytes);
  const encoding: Encoding = bom?.encoding ?? 'utf-8';
  // UTF-16 text is full of NUL bytes, so its BOM must be honoured before the binary check.
  if (encoding === 'utf-8') assertNotBinary(name, bytes);
  try {
    // The decoder drops the BOM itself.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalid(bytes, encoding);
    const what = describeInvalid(bytes, offset, encoding);
    throw new ImportError(
      name,
      `not valid ${encodingName(encoding)} (${what} at byte offset ${offset}); ` +
        'save the file as UTF-8 and import it again',
      lineBefore(bytes, offset, encoding),
    );
  }
}

/** Line number of the character at `offset`, counted in the decoded text before it. */
function lineBefore(bytes: Uint8Array, offset: number, encoding: Encoding): number {
  const before = new TextDecoder(encoding).decode(bytes.subarray(0, offset));
  let line = 1;
  for (let i = before.indexOf('\n'); i >= 0; i = before.indexOf('\n', i + 1)) line++;
  return line;
}

function assertNotBinary(name: string, bytes: Uint8Array): void {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const hint = looksLikeUtf16(bytes) ? '; it looks like UTF-16 without a byte-order mark: save it as UTF-8' : '';
    throw new ImportError(name, `binary content, not text (NUL byte at byte offset ${nul})${hint}`, lineBefore(bytes, nul, 'utf-8'));
  }
  const sample = bytes.subarray(0, SAMPLE_SIZE);
  let controls = 0;
  for (const b of sample) if (isStrayControl(b)) controls++;
  if (controls / sample.length > CONTROL_SHARE_LIMIT) {
    const pct = Math.round((100 * controls) / sample.length);
    throw new ImportError(name, `binary content, not text (${pct}% control characters)`);
  }
}

/** ASCII text saved as UTF-16 has a NUL in every other byte. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64) & ~1;
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  return even === n / 2 || odd === n / 2;
}

/** C0 controls other than tab, LF, VT, FF, CR and ESC (ESC occurs in some terminal dumps), plus DEL. */
function isStrayControl(b: number): boolean {
  if (b === 0x7f) return true;
  if (b >= 0x20) return false;
  return !(b >= 0x09 && b <= 0x0d) && b !== 0x1b;
}
