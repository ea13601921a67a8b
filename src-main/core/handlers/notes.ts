import type { HandlersOf, noteCalls } from '../../contract';
import type { Core } from '../core';
import { mustExist } from './must-exist';

export function noteHandlers(core: Core): HandlersOf<typeof noteCalls> {
  const r = core.reading;
  return {
    'notes.get': async ({ docId }) => core.notes.get(docId),
    'notes.save': async ({ docId, body }) => core.notes.save(docId, body),
    'notes.list': async ({ tag }) => r.notes.list(tag ? { tag } : {}),
    'notes.open': async ({ id }) => r.notes.open(id),
    'notes.create': async (arg) => r.notes.create(arg),
    'notes.update': async ({ id, ...patch }) => r.notes.update(id, patch),
    'notes.delete': async ({ id }) => r.notes.delete(id),
    'notes.restore': async ({ id }) => r.notes.restore(id),
    'notes.export': async () => r.exportNotes(),
    'documents.backlinks': async ({ docId }) => {
      mustExist(core, docId);
      return r.notes.backlinks(docId);
    },
  };
}
