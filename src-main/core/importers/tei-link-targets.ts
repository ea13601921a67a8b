import type { Where } from './tei-elements';
import type { SourceIds } from './tei-source-ids';
import type { Warn } from './warnings';

/** Distinct unresolved targets remembered; a hostile file could name millions. */
const PENDING_LIMIT = 20_000;

interface Pending {
  from: Where;
  count: number;
}

/**
 * Links between the documents of a volume. A link may point forward, so its
 * target is known to be missing only when the volume ends; until then only
 * the targets not yet seen are remembered.
 */
export class LinkTargets {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly ids: SourceIds,
    private readonly warn: Warn,
  ) {}

  readonly link = (target: string, from: Where): void => {
    if (this.ids.has(target)) return;
    const seen = this.pending.get(target);
    if (seen) seen.count++;
    else if (this.pending.size < PENDING_LIMIT) this.pending.set(target, { from, count: 1 });
  };

  /** The volume has ended: each target still unknown is reported once, with the number of links to it. */
  end(): void {
    for (const [target, { from, count }] of this.pending) {
      if (this.ids.has(target)) continue;
      this.warn({
        code: 'missing-link-target',
        key: target,
        count,
        message: `a link points to document "${target}", which is not in this volume; it leads nowhere`,
        ...from,
      });
    }
    this.pending.clear();
  }
}
