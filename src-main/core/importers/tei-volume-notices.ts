import type { DocNotices } from './tei-elements';
import { LinkTargets } from './tei-link-targets';
import { PersonIds } from './tei-person-ids';
import { SourceIds } from './tei-source-ids';
import { TermIds } from './tei-term-ids';
import type { Warn } from './warnings';

/**
 * What a volume's documents tell while it is read — the source ids they
 * take, links between them, terms and persons defined and cited — each
 * with the line being read, judged once the volume has ended.
 */
export class VolumeNotices {
  readonly ids: SourceIds;
  readonly notices: DocNotices;
  private readonly links: LinkTargets;
  private readonly terms: TermIds;
  private readonly persons: PersonIds;

  /** `warn`: the reader's own warn, which adds the line being read; `raw` takes the line as given. */
  constructor(warn: Warn, raw: Warn, line: () => number | undefined) {
    this.ids = new SourceIds(warn);
    // A link's target is judged when the volume ends: the line is taken where the link is.
    this.links = new LinkTargets(this.ids, raw);
    this.terms = new TermIds(raw);
    this.persons = new PersonIds(raw);
    this.notices = {
      warn,
      link: (target, from) => this.links.link(target, { ...from, line: line() }),
      termDefined: (id, at) => this.terms.define(id, { ...at, line: line() }),
      termCited: (id, from) => this.terms.cite(id, { ...from, line: line() }),
      personListed: (id, at) => this.persons.list(id, { ...at, line: line() }),
      personCited: (corresp, from) => this.persons.cite(corresp, { ...from, line: line() }),
    };
  }

  /** The volume has been read to its end: what could only be judged then. */
  end(): void {
    this.links.end();
    this.terms.end();
    this.persons.end();
  }
}
