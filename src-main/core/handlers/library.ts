import type { HandlersOf, libraryCalls } from '../../contract';
import type { Core } from '../core';

export function libraryHandlers(core: Core): HandlersOf<typeof libraryCalls> {
  return {
    'library.overview': async () => ({
      documents: core.repo.count(),
      years: core.repo.years(),
      senders: core.repo.senders(),
    }),
    'library.list': async ({ tag }) => core.repo.list(tag ? { tag } : {}),
    'library.outline': async () => core.outline.get(),
    'library.summaries': async ({ ids }) => core.repo.summaries(ids),
    'library.delete': async ({ ids }) => ({ deleted: core.deletion.delete(ids) }),
    'library.changes': async () => core.changes.check(),
  };
}
