import fontkit from '@cantoo/fontkit';
import type { PDFDocument, PDFFont, PDFRef } from '@cantoo/pdf-lib';
import { fontBytes, type FontFile } from './font-files';

export type FaceName = 'regular' | 'italic' | 'bold' | 'boldItalic' | 'smallcaps';

const FACES: Record<FaceName, { file: FontFile; tag: string; features?: Record<string, boolean> }> = {
  regular: { file: 'regular', tag: 'CHNREG' },
  italic: { file: 'italic', tag: 'CHNITA' },
  bold: { file: 'bold', tag: 'CHNBLD' },
  boldItalic: { file: 'boldItalic', tag: 'CHNBIT' },
  // The font's own small capitals (OpenType `smcp`), not scaled-down capitals.
  smallcaps: { file: 'regular', tag: 'CHNSMC', features: { smcp: true } },
};

export const FACE_NAMES = Object.keys(FACES) as FaceName[];

/**
 * One embedded face. Glyphs are looked up one code point at a time and cached:
 * fontkit's full layout costs ~60 µs a call, which a 2,000-page dossier cannot
 * afford per word. Per-code-point shaping is exact for the scripts we set (Latin,
 * Greek, Cyrillic); it forgoes ligatures, which also keeps copied text clean.
 */
export interface Face {
  readonly name: FaceName;
  /** Resource name in page dictionaries: /F1 … */
  readonly resource: string;
  readonly ref: PDFRef;
  /** Width of `text` in thousandths of an em. */
  advance(text: string): number;
  /** The glyph codes of `text` as a PDF hex string body (no angle brackets). */
  encode(text: string): string;
  /** Whether the font has a glyph for this code point. */
  has(codePoint: number): boolean;
}

const coverage = new Map<FontFile, ReadonlySet<number>>();

function characterSet(file: FontFile): ReadonlySet<number> {
  let set = coverage.get(file);
  if (!set) {
    const font = fontkit.create(Buffer.from(fontBytes(file)));
    set = new Set('characterSet' in font ? font.characterSet : []);
    coverage.set(file, set);
  }
  return set;
}

function makeFace(name: FaceName, resource: string, font: PDFFont, chars: ReadonlySet<number>): Face {
  const widths = new Map<number, number>();
  const codes = new Map<number, string>();
  const glyph = (cp: number): void => {
    const ch = String.fromCodePoint(cp);
    codes.set(cp, font.encodeText(ch).asString());
    widths.set(cp, font.widthOfTextAtSize(ch, 1000));
  };
  return {
    name,
    resource,
    ref: font.ref,
    has: (cp) => chars.has(cp),
    advance(text) {
      let w = 0;
      for (const ch of text) {
        const cp = ch.codePointAt(0) ?? 0;
        if (!widths.has(cp)) glyph(cp);
        w += widths.get(cp) ?? 0;
      }
      return w;
    },
    encode(text) {
      let hex = '';
      for (const ch of text) {
        const cp = ch.codePointAt(0) ?? 0;
        if (!codes.has(cp)) glyph(cp);
        hex += codes.get(cp) ?? '';
      }
      return hex;
    },
  };
}

/** Embeds every face, subset unless told otherwise (the pixel test compares both). */
export async function embedFaces(doc: PDFDocument, { subset = true } = {}): Promise<Record<FaceName, Face>> {
  doc.registerFontkit(fontkit);
  const out: Partial<Record<FaceName, Face>> = {};
  for (const [i, name] of FACE_NAMES.entries()) {
    const spec = FACES[name];
    // A fixed subset tag per face keeps output byte-for-byte deterministic.
    const pdfFont = await doc.embedFont(fontBytes(spec.file), {
      // pdf-lib's whole-font embedder writes widths only for glyphs the cmap reaches, so
      // small capitals (reached through `smcp`) would get the default width: always subset those.
      subset: subset || spec.features !== undefined,
      customName: `${spec.tag}+NotoSerif-${name}`,
      ...(spec.features ? { features: spec.features } : {}),
    });
    out[name] = makeFace(name, `F${i + 1}`, pdfFont, characterSet(spec.file));
  }
  return out as Record<FaceName, Face>;
}
