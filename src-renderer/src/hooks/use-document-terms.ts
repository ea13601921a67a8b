import { useEffect, useState } from 'react';
import type { DocumentTerm } from '@contract';
import { api } from '../api/client';

/** One request per document, however many of its terms are on screen. */
const asked = new Map<number, Promise<Map<string, DocumentTerm>>>();

function termsOf(docId: number): Promise<Map<string, DocumentTerm>> {
  let p = asked.get(docId);
  if (!p) {
    p = api.call('terms.ofDocument', { id: docId }).then((list) => new Map(list.map((t) => [t.id, t])));
    // A failed request is not remembered: the next hover asks again.
    p.catch(() => asked.delete(docId));
    asked.set(docId, p);
  }
  return p;
}

/** The terms a document cites, by id, explained by its volume's list; null while loading. */
export function useDocumentTerms(docId: number): Map<string, DocumentTerm> | null {
  const [terms, setTerms] = useState<{ docId: number; map: Map<string, DocumentTerm> } | null>(null);
  useEffect(() => {
    let live = true;
    termsOf(docId).then(
      (map) => {
        if (live) setTerms({ docId, map });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [docId]);
  return terms?.docId === docId ? terms.map : null;
}
