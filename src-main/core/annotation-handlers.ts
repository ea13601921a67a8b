import type { AnnotationResults } from '../contract/annotation-calls';
import type { Handlers } from '../contract/api';
import type { DocumentView } from '../contract/views';
import type { Core } from './core';
import { failure } from './failure';
import { buildDocumentView } from './library/document-view';

type AnnotationHandlers = Pick<Handlers, keyof AnnotationResults>;

/** The reading-and-annotating calls, spread into `createHandlers`. */
export function createAnnotationHandlers(core: Core): AnnotationHandlers {
  const r = core.reading;
  const view = (id: number): DocumentView => {
    const v = buildDocumentView(core.repo, id, r.state.position);
    if (!v) throw failure('not-found', `Document ${id} not found`);
    return v;
  };
  const docExists = (id: number): void => {
    if (r.titles.of([id]).length === 0) throw failure('not-found', `Document ${id} not found`);
  };

  return {
    'document.editMeta': async ({ id, field, value }) => {
      r.metaEdits.edit(id, field, value);
      return view(id);
    },
    'document.cite': async (arg) => r.citations.cite(arg),
    'document.setPosition': async ({ id, blockIndex, offset }) => r.state.setPosition(id, blockIndex, offset),
    'documents.backlinks': async ({ docId }) => {
      docExists(docId);
      return r.notes.backlinks(docId);
    },
    'documents.suggest': async ({ prefix, limit }) => r.suggest.suggest(prefix, limit ?? 20),
    'notes.list': async ({ tag }) => r.notes.list(tag ? { tag } : {}),
    'notes.open': async ({ id }) => r.notes.open(id),
    'notes.create': async (arg) => r.notes.create(arg),
    'notes.update': async ({ id, ...patch }) => r.notes.update(id, patch),
    'notes.delete': async ({ id }) => r.notes.delete(id),
    'notes.restore': async ({ id }) => r.notes.restore(id),
    'notes.export': async () => r.exportNotes(),
    'tags.set': async ({ target, tags }) => {
      if ('docId' in target) {
        docExists(target.docId);
        return { tags: r.tags.setForDocument(target.docId, tags) };
      }
      return { tags: r.notes.setTags(target.noteId, tags) };
    },
    'tags.list': async () => r.tags.list(),
    'highlights.list': async ({ docId }) => r.highlights.list(docId),
    'highlights.create': async ({ docId, color, comment, anchor }) => r.highlights.create(docId, color, comment, anchor),
    'highlights.update': async ({ id, ...patch }) => r.highlights.update(id, patch),
    'highlights.delete': async ({ id }) => r.highlights.delete(id),
    'highlights.restore': async ({ id }) => r.highlights.restore(id),
    'reader.getState': async () => r.state.readerState(),
    'reader.setState': async ({ state }) => r.state.setReaderState(state),
  };
}
