import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src-main/core/importers/decode';
import { firstInvalidUtf8 } from '../../../src-main/core/importers/unicode-scan';
import { ImportError } from '../../../src-main/core/importers/importer';
import { importBytes } from '../../../src-main/core/importers/registry';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function failure(bytes: Uint8Array, name = 'doc.txt'): ImportError {
  try {
    decodeText(name, bytes);
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
  throw new Error('expected an ImportError');
}

describe('decodeText: bad input', () => {
  it('rejects an empty file', () => {
    const err = failure(new Uint8Array(), 'empty.txt');
    expect(err.file).toBe('empty.txt');
    expect(err.message).toBe('empty.txt: the file is empty (0 bytes)');
  });

  it('rejects a file of whitespace only', () => {
    expect(failure(utf8('  \n\t\r\n \u00a0 ')).message).toBe('doc.txt: the file contains only whitespace');
    expect(failure(new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0a])).message).toContain('only whitespace');
  });

  it('rejects binary content with NUL bytes, giving the line', () => {
    const err = failure(new Uint8Array([0x61, 0x0a, 0x62, 0x00, 0x63]), 'image.txt');
    expect(err.message).toBe('image.txt, line 2: binary content, not text (NUL byte at byte offset 3)');
    expect(err.line).toBe(2);
  });

  it('rejects binary content full of control characters', () => {
    const bytes = new Uint8Array(100).map((_, i) => (i % 4 === 0 ? 0x01 : 0x41));
    expect(failure(bytes).message).toBe('doc.txt: binary content, not text (25% control characters)');
  });

  it('rejects invalid UTF-8 with the byte offset and line', () => {
    // Latin-1 "é" (0xE9) in an otherwise ASCII file, on line 3.
    const err = failure(new Uint8Array([...utf8('one\ntwo\ncaf'), 0xe9, 0x0a]), 'latin1.txt');
    expect(err.line).toBe(3);
    expect(err.message).toBe(
      'latin1.txt, line 3: not valid UTF-8 (bad byte 0xE9 at byte offset 11); save the file as UTF-8 and import it again',
    );
  });

  it('refuses a malformed UTF-16 surrogate with its byte offset and line instead of turning it into U+FFFD', () => {
    // "a\nb" then a high surrogate followed by "c" (not a low surrogate), little-endian.
    const le = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x0a, 0x00, 0x62, 0x00, 0x3d, 0xd8, 0x63, 0x00]);
    expect(failure(le, 'u16.txt').message).toBe(
      'u16.txt, line 2: not valid UTF-16 (little-endian) (an unpaired surrogate 0xD83D at byte offset 8); save the file as UTF-8 and import it again',
    );
    // A low surrogate with no high one before it, big-endian.
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x61, 0xdc, 0x00, 0x00, 0x62]);
    expect(failure(be, 'u16.md').message).toContain('not valid UTF-16 (big-endian) (an unpaired surrogate 0xDC00 at byte offset 4)');
    // An odd number of bytes.
    const odd = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x62]);
    expect(failure(odd).message).toContain('(a lone byte at the end at byte offset 4)');
  });

  it('says when a file looks like UTF-16 saved without a byte-order mark', () => {
    const bare = new Uint8Array([0x48, 0x00, 0x69, 0x00, 0x0a, 0x00, 0x21, 0x00]);
    expect(failure(bare).message).toBe(
      'doc.txt, line 1: binary content, not text (NUL byte at byte offset 1); it looks like UTF-16 without a byte-order mark: save it as UTF-8',
    );
  });

  it('finds the first ill-formed sequence', () => {
    expect(firstInvalidUtf8(utf8('Sète – “ok” 😀'))).toBe(utf8('Sète – “ok” 😀').length);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0xaf]))).toBe(1); // overlong
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xed, 0xa0, 0x80]))).toBe(1); // surrogate
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0x42, 0xe2, 0x80]))).toBe(2); // truncated
    expect(firstInvalidUtf8(new Uint8Array([0x80]))).toBe(0); // stray continuation
  });
});

describe('decodeText: good input', () => {
  it('strips a BOM and normalises line ends', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a\r\nb\rc\nd')]);
    expect(decodeText('x.txt', bytes)).toBe('a\nb\nc\nd');
  });

  it('keeps non-ASCII text and tabs', () => {
    expect(decodeText('x.txt', utf8('Sète\t“Moscow’s”\n'))).toBe('Sète\t“Moscow’s”\n');
  });

  it('decodes UTF-16 with a BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0xe9, 0x00, 0x0d, 0x00, 0x0a, 0x00]);
    expect(decodeText('x.txt', le)).toBe('Hé\n');
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x48, 0x00, 0x69]);
    expect(decodeText('x.txt', be)).toBe('Hi');
    // A surrogate pair (U+1D504 𝔄) is one character, not an error.
    const pair = new Uint8Array([0xff, 0xfe, 0x35, 0xd8, 0x04, 0xdd]);
    expect(decodeText('x.txt', pair)).toBe('𝔄');
  });

  it('imports UTF-16 Markdown and text files, little- and big-endian', async () => {
    const units = (text: string, le: boolean): number[] =>
      Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)).flatMap((u) => (le ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]));
    for (const le of [true, false]) {
      const bom = le ? [0xff, 0xfe] : [0xfe, 0xff];
      const md = await importBytes('n.md', new Uint8Array([...bom, ...units('# Note 😀\n\nSète *vite*.\n', le)]));
      expect(md.documents[0]?.meta.title.value).toBe('Note 😀');
      const txt = await importBytes('n.txt', new Uint8Array([...bom, ...units('Note\n\nSète.\n', le)]));
      expect(txt.documents[0]?.body.blocks).toEqual([{ t: 'paragraph', runs: [{ t: 'text', text: 'Sète.' }] }]);
    }
  });
});
