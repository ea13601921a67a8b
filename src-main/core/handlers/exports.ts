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
    'citations.export': async (arg) => {
      const file = citations.exportCitations(arg);
      const what = arg.dossierId !== undefined ? `the citations of the dossier “${core.dossiers.store.must(arg.dossierId).title}”` : `the citations of ${arg.docIds?.length === 1 ? '1 document' : `${arg.docIds?.length ?? 0} documents`}`;
      core.saved.log.recordExport(what, arg.format, file.fileName, arg.docIds?.length ?? null);
      return file;
    },
    'dossiers.exportFile': async ({ dossierId, format }) => {
      const file = await files.exportFile(dossierId, format);
      core.saved.log.recordExport(`the dossier “${core.dossiers.store.must(dossierId).title}”`, format, file.fileName, null);
      return file;
    },
  };
}
