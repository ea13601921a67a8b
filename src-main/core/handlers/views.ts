import type { HandlersOf, viewCalls } from '../../contract';
import type { Core } from '../core';

export function viewHandlers(core: Core): HandlersOf<typeof viewCalls> {
  return {
    'search.timeline': async (arg) => core.views.timeline(arg),
    'search.concordance': async (arg) => core.views.concordance(arg),
    'search.trend': async (arg) => core.views.trend(arg),
  };
}
