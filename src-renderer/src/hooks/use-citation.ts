import { useCallback, useState } from 'react';
import { errorMessage } from '../api/client';
import { copyCitation, type CiteRequest } from '../lib/cite';

export type CitationState =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'done'; text: string; copied: boolean }
  | { status: 'error'; message: string };

/** Copy a citation and keep its text to show the user exactly what was copied. */
export function useCitation(): [CitationState, (req: CiteRequest) => void, () => void] {
  const [state, setState] = useState<CitationState>({ status: 'idle' });
  const cite = useCallback((req: CiteRequest) => {
    setState({ status: 'working' });
    copyCitation(req).then(
      (r) => setState({ status: 'done', ...r }),
      (err: unknown) => setState({ status: 'error', message: errorMessage(err) }),
    );
  }, []);
  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return [state, cite, reset];
}
