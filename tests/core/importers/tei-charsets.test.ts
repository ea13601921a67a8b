import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src-main/core/importers/importer';
import { importTei } from '../../../src-main/core/importers/tei';
import type { ImportedDocument } from '../../../src-shared/model/document';
import { inlineText } from '../../../src-shared/text/plain-text';

/** Byte encodings of a TEI file: UTF-8 with or without BOM, UTF-16 in either byte order. */
const NS = 'xmlns="http://www.tei-c.org/ns/1.0"';
const BODY = 'Sète, 𝔄 “quoted” 😀 — end';

function volume(decl: string, body = BODY): string {
  return `${decl}\n<TEI ${NS}>\n<text><body>\n<div type="document" xml:id="d1"><head>Head</head>\n<p>${body}</p></div>\n</body></text></TEI>\n`;
}

function utf16(text: string, littleEndian: boolean, bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  let at = 0;
  if (bom) {
    out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
    at = 2;
  }
  for (let i = 0; i < text.length; i++, at += 2) {
    const u = text.charCodeAt(i); // a UTF-16 code unit, lone surrogates included
    out[at] = littleEndian ? u & 0xff : u >> 8;
    out[at + 1] = littleEndian ? u >> 8 : u & 0xff;
  }
  return out;
}

/** The bytes cut into pieces of `size` bytes, so that characters and surrogate pairs straddle chunks. */
function pieces(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.slice(i, i + size));
  return out;
}

async function paragraph(chunks: Uint8Array[]): Promise<string> {
  const docs: ImportedDocument[] = [];
  await importTei({ name: 'frus.xml', chunks }, (d) => docs.push(d));
  const block = docs[0]?.body.blocks[0];
  return block?.t === 'paragraph' ? inlineText(block.runs) : '';
}

async function failure(chunks: Uint8Array[]): Promise<ImportError> {
  try {
    await importTei({ name: 'frus.xml', chunks }, () => undefined);
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
  throw new Error('expected an ImportError');
}

describe('TEI files in UTF-16 and UTF-8 with a byte-order mark', () => {
  it('reads UTF-16 little- and big-endian with a BOM, whole or in chunks that split characters', async () => {
    for (const le of [true, false]) {
      const bytes = utf16(volume('<?xml version="1.0" encoding="UTF-16"?>'), le);
      expect(await paragraph([bytes])).toBe(BODY);
      for (const size of [1, 3, 7]) expect(await paragraph(pieces(bytes, size))).toBe(BODY);
    }
  });

  it('reads UTF-16 without a declaration, and without a BOM when the declaration opens the file', async () => {
    expect(await paragraph([utf16(volume(''), true)])).toBe(BODY);
    expect(await paragraph([utf16(volume('<?xml version="1.0" encoding="UTF-16"?>'), false, false)])).toBe(BODY);
  });

  it('reads UTF-8 with a BOM, split into one-byte chunks', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(volume('<?xml version="1.0" encoding="UTF-8"?>'))]);
    expect(await paragraph(pieces(bytes, 1))).toBe(BODY);
  });

  it('refuses a lone surrogate with its byte offset and line, even when split across chunks', async () => {
    const text = volume('<?xml version="1.0" encoding="UTF-16"?>', 'bad \uD800 here');
    const bytes = utf16(text, true);
    const offset = 2 + 2 * text.indexOf('\uD800');
    for (const chunks of [[bytes], pieces(bytes, 3)]) {
      const err = await failure(chunks);
      expect(err.message).toBe(
        `frus.xml, line 5: not valid UTF-16 (little-endian) (an unpaired surrogate 0xD800 at byte offset ${offset}); save the file as UTF-8`,
      );
    }
  });

  it('refuses a surrogate pair cut short by the end of the file, and an odd trailing byte', async () => {
    const bytes = utf16(`<TEI ${NS}>\uD83D`, false);
    expect((await failure(pieces(bytes, 2))).message).toContain('an unpaired surrogate 0xD83D at byte offset');
    const odd = new Uint8Array([...utf16(`<TEI ${NS}/>`, true), 0x41]);
    expect((await failure([odd])).message).toContain('a lone byte at the end');
  });

  it('says so when UTF-16 comes with neither a BOM nor a declaration', async () => {
    const err = await failure([utf16(volume('', 'plain ASCII'), true, false)]);
    expect(err.message).toBe('frus.xml, line 1: the file looks like UTF-16 without a byte-order mark or XML declaration; save it as UTF-8');
  });

  it('refuses a declaration that contradicts the byte-order mark', async () => {
    const err = await failure([utf16(volume('<?xml version="1.0" encoding="UTF-8"?>'), true)]);
    expect(err.message).toBe(
      'frus.xml, line 1: the XML declaration says encoding="UTF-8" but its byte-order mark says UTF-16 (little-endian); ' +
        'correct the declaration or save the file again',
    );
    const be = await failure([utf16(volume('<?xml version="1.0" encoding="UTF-16LE"?>'), false)]);
    expect(be.message).toContain('says encoding="UTF-16LE" but its byte-order mark says UTF-16 (big-endian)');
    const plain = await failure([new TextEncoder().encode(volume('<?xml version="1.0" encoding="UTF-16"?>'))]);
    expect(plain.message).toContain('says encoding="UTF-16" but its bytes are UTF-8');
  });

  it('gives the byte offset of bad UTF-8 even when the bad sequence starts in the previous chunk', async () => {
    const head = new TextEncoder().encode(`<TEI ${NS}>\n<text><body><div type="document" xml:id="d1"><p>caf`);
    const err = await failure([new Uint8Array([...head, 0xe2, 0x82]), new Uint8Array([0x41, 0x3c])]);
    expect(err.message).toBe(`frus.xml, line 2: not valid UTF-8 (bad byte 0xE2 at byte offset ${head.length}); save the file as UTF-8`);
  });
});
