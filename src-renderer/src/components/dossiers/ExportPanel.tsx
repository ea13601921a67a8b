import type { ExportState } from '../../hooks/use-dossier-export';
import { JobFoot } from '../common/JobFoot';

interface Props {
  state: ExportState;
  onCancel: () => void;
  onDismiss: () => void;
  onDownloadAgain: () => void;
}

const n = (x: number): string => x.toLocaleString('en-GB');

/** Export progress while the PDF is typeset; then what came out, with any warnings. */
export function ExportPanel({ state, onCancel, onDismiss, onDownloadAgain }: Props) {
  if (state.phase === 'idle') return null;
  if (state.phase === 'failed') {
    return (
      <section className="export-panel failed" role="alert">
        <div className="export-head">
          <strong>{/cancel/i.test(state.message) ? 'Export cancelled' : 'Export failed'}</strong>
          <button type="button" className="link-button" onClick={onDismiss}>
            Close
          </button>
        </div>
        {!/cancel/i.test(state.message) && <p className="export-detail">{state.message}</p>}
      </section>
    );
  }
  if (state.phase === 'running') {
    const p = state.progress;
    const label = state.cancelling
      ? 'Cancelling…'
      : p === null
        ? 'Starting…'
        : p.docsDone < p.docsTotal
          ? `Typesetting document ${n(Math.min(p.docsDone + 1, p.docsTotal))} of ${n(p.docsTotal)}`
          : 'Writing contents and outline…';
    return (
      <section className="export-panel" aria-live="polite" aria-busy="true" aria-label="Export progress">
        <div className="export-head">
          <strong>Exporting PDF</strong>
          <span className="export-numbers">{p?.pagesDone !== null && p?.pagesDone !== undefined ? `${n(p.pagesDone)} pages` : ''}</span>
        </div>
        {p && p.docsTotal > 0 ? <progress max={p.docsTotal} value={p.docsDone} /> : <progress />}
        <JobFoot className="export-foot" label={label} cancelling={state.cancelling} onCancel={onCancel} />
      </section>
    );
  }
  const { result, purpose, printed } = state;
  return (
    <section className="export-panel done" aria-live="polite" aria-label="Export finished">
      <div className="export-head">
        <strong>
          {purpose === 'print' ? (printed === null ? 'Opening the print dialog…' : printed ? 'Sent to the printer' : 'Printing cancelled') : 'PDF ready'}
        </strong>
        <button type="button" className="link-button" onClick={onDismiss}>
          Close
        </button>
      </div>
      <p className="export-detail">
        <span className="export-file">{result.fileName}</span> · {n(result.pages)} {result.pages === 1 ? 'page' : 'pages'}
        {purpose === 'download' && (
          <>
            {' · '}
            <button type="button" className="link-button" onClick={onDownloadAgain}>
              Download again
            </button>
          </>
        )}
      </p>
      {result.warnings.length > 0 && (
        <div className="export-warnings" role="alert">
          <strong>Check before you print</strong>
          <ul>
            {result.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
