import type { Where } from './tei-elements';
import type { Warn } from './warnings';

/** Distinct ids remembered; a hostile file could define or cite millions. */
const LIMIT = 50_000;

/**
 * The terms a volume defines (`<term xml:id="t_NODIS1">` in its terms list)
 * and cites (`<gloss target="#t_NODIS1">`). The same id defined twice is
 * reported where the second is: both stay in the text, and the glossary keeps
 * the first (src-shared/terms). A cited id no term defines is reported when
 * the volume ends, as it may be defined after it is cited.
 */
export class TermIds {
  private readonly defined = new Set<string>();
  private readonly cited = new Map<string, { from: Where; count: number }>();

  constructor(private readonly warn: Warn) {}

  readonly define = (id: string, at: Where): void => {
    if (this.defined.has(id)) {
      this.warn({ code: 'duplicate-term', key: id, message: `the term id "${id}" is defined twice in the volume's terms list: the glossary keeps the first definition`, ...at });
      return;
    }
    if (this.defined.size < LIMIT) this.defined.add(id);
  };

  readonly cite = (id: string, from: Where): void => {
    if (this.defined.has(id)) return;
    const seen = this.cited.get(id);
    if (seen) seen.count++;
    else if (this.cited.size < LIMIT) this.cited.set(id, { from, count: 1 });
  };

  end(): void {
    for (const [id, { from, count }] of this.cited) {
      if (this.defined.has(id)) continue;
      const times = count === 1 ? 'once' : `${count} times`;
      this.warn({ code: 'missing-term', key: id, count, message: `the term "${id}" is cited ${times} but the volume's terms list does not define it: the text is kept, without an explanation`, ...from });
    }
  }
}
