import type { Close } from './tei-blocks';
import { attr } from './tei-capture';
import { tidy } from './tei-meta';
import type { Attrs } from './tei-stream';

/** What the teiHeader says about the volume. */
export interface VolumeInfo {
  title?: string;
  /** `title[@type=series]`: "Foreign Relations of the United States Diplomatic Papers", or with the year, "…, 1918". */
  series?: string;
  published?: string;
  idno?: string;
}

type Field = 'complete' | 'anyTitle' | 'series' | 'date' | 'idno';

/**
 * Reads the few header fields the library needs while the header streams
 * past: `titleStmt/title[@type=complete]`, `publicationStmt/date` and
 * `publicationStmt/idno[@type=frus]`. The first value of each wins.
 */
export class HeaderReader {
  private readonly path: string[] = [];
  private readonly found: Partial<Record<Field, string>> = {};
  private cap: { field: Field; text: string } | undefined;

  open(name: string, attrs: Attrs): Close {
    const field = this.fieldFor(name, this.path[this.path.length - 1], attrs);
    this.path.push(name);
    if (field === undefined || this.cap !== undefined || this.found[field] !== undefined) {
      return () => this.path.pop();
    }
    const cap = { field, text: '' };
    this.cap = cap;
    const fallback = attr(attrs, 'when');
    return () => {
      this.path.pop();
      this.cap = undefined;
      const value = tidy(cap.text) || fallback;
      if (value) this.found[field] = value;
    };
  }

  text(text: string): void {
    if (this.cap) this.cap.text += text;
  }

  result(): VolumeInfo {
    const { complete, anyTitle, series, date, idno } = this.found;
    const title = complete ?? anyTitle ?? series;
    return {
      ...(title ? { title } : {}),
      ...(series ? { series } : {}),
      ...(date ? { published: date } : {}),
      ...(idno ? { idno } : {}),
    };
  }

  private fieldFor(name: string, parent: string | undefined, attrs: Attrs): Field | undefined {
    const type = attr(attrs, 'type');
    if (name === 'title' && parent === 'titleStmt') return type === 'complete' ? 'complete' : type === 'series' ? 'series' : 'anyTitle';
    if (name === 'date' && parent === 'publicationStmt') return 'date';
    if (name === 'idno' && parent === 'publicationStmt' && type === 'frus') return 'idno';
    return undefined;
  }
}
