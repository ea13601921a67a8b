import type { Close } from './tei-blocks';
import type { InlineRuns } from './tei-inline';

/** Both closes, in order; either may be absent. */
export function both(first: Close | undefined, second: Close | undefined): Close {
  return () => {
    first?.();
    second?.();
  };
}

/** A flattened table cell: separated from its neighbours by a space. */
export function spaced(runs: InlineRuns): Close {
  runs.text(' ');
  return () => runs.text(' ');
}
