import type { HandlersOf, tagCalls } from '../../contract';
import type { Core } from '../core';
import { mustExist } from './must-exist';

export function tagHandlers(core: Core): HandlersOf<typeof tagCalls> {
  const r = core.reading;
  return {
    'tags.set': async ({ target, tags }) => {
      if ('docId' in target) {
        mustExist(core, target.docId);
        return { tags: r.tags.setForDocument(target.docId, tags) };
      }
      return { tags: r.notes.setTags(target.noteId, tags) };
    },
    'tags.list': async () => r.tags.list(),
  };
}
