import type { Face, FaceName } from '../fonts/faces';
import { sameStyle, type Rgb, type TextStyle } from './style';

export interface Span {
  start: number;
  end: number;
  style: TextStyle;
  /** Named destination the span links to. */
  link?: string;
}

/** A paragraph's text with its styles and everything attached to positions in it. */
export interface ParaText {
  /** '\n' is a forced line break. */
  text: string;
  spans: Span[];
  marks: Array<{ at: number; page?: string; anchor?: string }>;
  highlights: Array<{ start: number; end: number; color: Rgb }>;
}

/** Characters no font has, with where they were met: they become warnings. */
export interface MissingGlyphs {
  add(char: string): void;
}

export const REPLACEMENT = '\uFFFD';
/** Zero-width no-break filler: keeps positions stable when an astral character becomes U+FFFD. */
const FILLER = '\uFEFF';

/**
 * Replaces what cannot be printed with U+FFFD (drawn, visible) and records it, so
 * no character is ever silently dropped. Keeps the UTF-16 length unchanged because
 * highlights address the text by offset.
 */
export function printable(text: string, face: Face, missing: MissingGlyphs): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 10) out += '\n';
    else if (cp === 9 || cp === 13) out += ' ';
    else if (face.has(cp)) out += ch;
    else {
      missing.add(ch);
      out += ch.length === 2 ? REPLACEMENT + FILLER : REPLACEMENT;
    }
  }
  return out;
}

/** Builds a ParaText run by run. */
export class ParaBuilder {
  private text = '';
  private readonly spans: Span[] = [];
  private readonly marks: ParaText['marks'] = [];
  private readonly highlights: ParaText['highlights'] = [];

  constructor(
    private readonly faces: Record<FaceName, Face>,
    private readonly missing: MissingGlyphs,
  ) {}

  get length(): number {
    return this.text.length;
  }

  /** Appends text; returns its start position. */
  add(text: string, style: TextStyle, link?: string): number {
    const start = this.text.length;
    if (text === '') return start;
    this.text += printable(text, this.faces[style.face], this.missing);
    const last = this.spans.at(-1);
    if (last && last.end === start && sameStyle(last.style, style) && last.link === link) last.end = this.text.length;
    else this.spans.push({ start, end: this.text.length, style, ...(link ? { link } : {}) });
    return start;
  }

  page(n: string): void {
    this.marks.push({ at: this.text.length, page: n });
  }

  anchor(key: string): void {
    this.marks.push({ at: this.text.length, anchor: key });
  }

  highlight(start: number, end: number, color: Rgb): void {
    if (end > start) this.highlights.push({ start, end, color });
  }

  build(): ParaText {
    return { text: this.text, spans: this.spans, marks: this.marks, highlights: this.highlights };
  }
}
