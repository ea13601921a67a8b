import { useState } from 'react';
import type { DocumentView } from '@contract';
import { errorMessage } from '../../api/client';
import { invalidateDocument } from '../../lib/doc-cache';
import { setTags } from '../../lib/tag-store';
import { showToast } from '../../lib/toasts';
import { TagEditor } from '../common/TagEditor';

/** Under the document's header: the user's tags on it. */
export function DocTools({ view }: { view: DocumentView }) {
  const [tags, setLocal] = useState<{ id: number; list: string[] }>({ id: view.id, list: view.tags });
  const shown = tags.id === view.id ? tags.list : view.tags;
  const change = (list: string[]): void => {
    setLocal({ id: view.id, list });
    setTags({ docId: view.id }, list).then(
      (stored) => {
        setLocal({ id: view.id, list: stored });
        invalidateDocument(view.id);
      },
      (err: unknown) => showToast(`Tags not saved: ${errorMessage(err)}`),
    );
  };
  return (
    <div className="doc-tools">
      <span className="doc-tools-label">Tags</span>
      <TagEditor tags={shown} onChange={change} label="Tags of this document" />
    </div>
  );
}
