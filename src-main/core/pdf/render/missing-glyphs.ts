import type { MissingGlyphs } from '../layout/para';

const hex = (ch: string): string => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Collects characters no font has, for one warning that lists them all. */
export class MissingGlyphCollector implements MissingGlyphs {
  private readonly chars = new Map<string, number>();

  add(char: string): void {
    this.chars.set(char, (this.chars.get(char) ?? 0) + 1);
  }

  warning(): string | null {
    if (this.chars.size === 0) return null;
    const total = [...this.chars.values()].reduce((a, b) => a + b, 0);
    const shown = [...this.chars.keys()].slice(0, 40).map((ch) => (/\p{Cc}/u.test(ch) ? hex(ch) : `${ch} (${hex(ch)})`));
    const more = this.chars.size > 40 ? `, and ${this.chars.size - 40} more` : '';
    return `${total} character${total === 1 ? '' : 's'} the font cannot show ${total === 1 ? 'was' : 'were'} printed as �: ${shown.join(', ')}${more}`;
  }
}
