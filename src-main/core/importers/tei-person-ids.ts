import type { Where } from './tei-elements';
import type { Warn } from './warnings';

/** Distinct ids remembered; a hostile file could define or cite millions. */
const LIMIT = 50_000;

/**
 * The persons a volume lists (`<persName xml:id="p_BND1">` in its persons
 * list) and cites (`<persName corresp="#p_BND1">`). A corresp naming another
 * volume (`frus1917Supp02v01#p_BAJ1`) cannot be checked here, so it is never
 * reported. The same id listed twice is reported where the second is; a cited
 * id nobody lists is reported when the volume ends, as lists may come later.
 */
export class PersonIds {
  private readonly listed = new Set<string>();
  private readonly cited = new Map<string, { from: Where; count: number }>();

  constructor(private readonly warn: Warn) {}

  readonly list = (id: string, at: Where): void => {
    if (this.listed.has(id)) {
      this.warn({ code: 'duplicate-person', key: id, message: `the person id "${id}" is listed twice in the volume's persons list: the first entry is kept`, ...at });
      return;
    }
    if (this.listed.size < LIMIT) this.listed.add(id);
  };

  /** `corresp` as written; only same-volume references (`#id`) are checked, a value of neither form is reported at once. */
  readonly cite = (corresp: string, from: Where): void => {
    if (!/^#p_[\w.-]+$/.test(corresp)) {
      if (/^frus[\w-]*#p_[\w.-]+$/i.test(corresp)) return;
      this.warn({ code: 'missing-person', key: corresp, message: `a name is linked to "${corresp}", which names no person of a persons list: the name stays in the text, unlinked`, ...from });
      return;
    }
    const id = corresp.slice(1);
    if (this.listed.has(id)) return;
    const seen = this.cited.get(id);
    if (seen) seen.count++;
    else if (this.cited.size < LIMIT) this.cited.set(id, { from, count: 1 });
  };

  end(): void {
    for (const [id, { from, count }] of this.cited) {
      if (this.listed.has(id)) continue;
      const times = count === 1 ? 'once' : `${count} times`;
      this.warn({ code: 'missing-person', key: id, count, message: `the person "${id}" is named ${times} but the volume's persons list does not include them: the name stays in the text, unlinked`, ...from });
    }
  }
}
