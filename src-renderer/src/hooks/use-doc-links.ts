import { useEffect, useState } from 'react';
import type { CitingLink, DocLink } from '@contract';
import { api } from '../api/client';

export interface DocLinks {
  /** What the document cites, in reading order. */
  refs: DocLink[];
  /** Links in other documents that cite it. */
  citedBy: CitingLink[];
}

const NONE: DocLinks = { refs: [], citedBy: [] };

/** A document's links, both ways. `version` refetches (after an import or a deletion). */
export function useDocLinks(docId: number | null, version: number): DocLinks {
  const [state, setState] = useState<{ docId: number | null; links: DocLinks }>({ docId, links: NONE });
  useEffect(() => {
    if (docId === null) return;
    let live = true;
    Promise.all([api.call('links.refs', { id: docId }), api.call('links.citedBy', { id: docId })]).then(
      ([refs, citedBy]) => {
        if (live) setState({ docId, links: { refs, citedBy } });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [docId, version]);
  return state.docId === docId ? state.links : NONE;
}
