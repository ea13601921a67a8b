import type { exportCalls, HandlersOf } from '../../contract';
import { createCitationExports } from '../citations/export/citation-exports';
import type { Core } from '../core';

export function exportHandlers(core: Core): HandlersOf<typeof exportCalls> {
  const citations = createCitationExports({ repo: core.repo, dossiers: core.dossiers.store });
  return {
    'citations.export': async (arg) => citations.exportCitations(arg),
  };
}
