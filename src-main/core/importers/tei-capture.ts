import type { Attrs } from './tei-stream';

/**
 * Plain text of one element (a head, a dateline, a place name) gathered while
 * it streams past, for the metadata. Text inside footnotes is left out: a
 * capture only takes text at the footnote depth where it was opened.
 */
export class Capture {
  text = '';

  constructor(
    readonly noteDepth: number,
    private readonly limit = Number.POSITIVE_INFINITY,
  ) {}

  /** Appends collapsed text, keeping single spaces across element boundaries. */
  add(collapsed: string): void {
    if (this.text.length >= this.limit) return;
    const s = collapsed.charCodeAt(0) === 32 && (this.text === '' || this.text.endsWith(' ')) ? collapsed.slice(1) : collapsed;
    this.text += s;
  }

  /** Ends what was captured so far with `sep` ("; "), unless nothing was. */
  separate(sep: string): void {
    const text = this.text.trimEnd();
    if (text !== '' && this.text.length < this.limit) this.text = text + sep;
  }
}

export function attr(attrs: Attrs, name: string): string | undefined {
  return attrs[name]?.value;
}

/** An attribute by local name whatever prefix the file binds (`frus:doc-dateTime-min`). */
export function attrLocal(attrs: Attrs, local: string): string | undefined {
  for (const key in attrs) {
    const a = attrs[key];
    if (a !== undefined && a.local === local) return a.value;
  }
  return undefined;
}
