import type { exportCalls, HandlersOf } from '../../contract';
import { createCitationExports } from '../citations/export/citation-exports';
import type { Core } from '../core';
import { citeFrus } from '../dossiers/citation';
import { createDossierFiles } from '../dossiers/file-export/dossier-files';
import { inlineText } from '../../../src-shared/text/plain-text';

export function exportHandlers(core: Core): HandlersOf<typeof exportCalls> {
  const citations = createCitationExports({ repo: core.repo, dossiers: core.dossiers.store });
  const files = createDossierFiles({
    repo: core.repo,
    dossiers: core.dossiers.store,
    highlights: core.reading.highlights,
    noteOf: (docId) => core.notes.get(docId)?.body ?? '',
    cite: (docId) => {
      const doc = core.repo.get(docId);
      return doc ? inlineText(citeFrus(doc)) : '';
    },
  });
  return {
    'citations.export': async (arg) => citations.exportCitations(arg),
    'dossiers.exportFile': async ({ dossierId, format }) => files.exportFile(dossierId, format),
  };
}
