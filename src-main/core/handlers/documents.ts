import type { documentCalls, HandlersOf } from '../../contract';
import type { Core } from '../core';
import { buildDocumentView } from '../library/document-view';

export function documentHandlers(core: Core): HandlersOf<typeof documentCalls> {
  const r = core.reading;
  const view = (id: number) => buildDocumentView(core.repo, id, r.state.position);
  return {
    'document.get': async ({ id }) => view(id),
    'document.editMeta': async ({ id, field, value }) => {
      r.metaEdits.edit(id, field, value);
      return view(id);
    },
    'document.cite': async (arg) => r.citations.cite(arg),
    'document.setPosition': async ({ id, blockIndex, offset }) => r.state.setPosition(id, blockIndex, offset),
    'reader.getState': async () => r.state.readerState(),
    'reader.setState': async ({ state }) => r.state.setReaderState(state),
  };
}
