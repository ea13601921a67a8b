import type { CitationState } from '../../hooks/use-citation';

/** What was copied, shown in full so the user sees exactly what is on the clipboard. */
export function CitationResult({ state }: { state: CitationState }) {
  if (state.status === 'idle') return null;
  if (state.status === 'working') return <p className="citation-result quiet">Preparing the citation…</p>;
  if (state.status === 'error') return <p className="citation-result error">Could not cite: {state.message}</p>;
  return (
    <div className="citation-result">
      <p className="citation-status" role="status">
        {state.copied ? 'Copied' : 'Select and copy it:'}
      </p>
      <p className="citation-text">{state.text}</p>
    </div>
  );
}
