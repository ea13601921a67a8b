import type { ImportState } from '../../hooks/use-import';
import { JobFoot } from '../common/JobFoot';
import { ImportReportView } from './ImportReportView';

interface Props {
  state: ImportState;
  onOpen: (id: number) => void;
  onCancel: () => void;
  onDismiss: () => void;
}

const n = (x: number): string => x.toLocaleString('en-GB');

/** Import progress while it runs; then the report, which stays until closed. */
export function ImportPanel({ state, onOpen, onCancel, onDismiss }: Props) {
  if (state.phase === 'idle') {
    return state.report ? <ImportReportView report={state.report} onOpen={onOpen} onDismiss={onDismiss} /> : null;
  }
  if (state.phase === 'reading') {
    return (
      <section className="import-panel" aria-live="polite" aria-busy="true">
        <div className="import-head">
          <strong>Reading files…</strong>
          <span className="import-numbers">
            {n(state.done)} / {n(state.total)} files
          </span>
        </div>
        <progress max={state.total} value={state.done} />
      </section>
    );
  }
  const p = state.progress;
  const byDocs = p !== null && p.docsTotal !== null && p.docsTotal > 0;
  return (
    <section className="import-panel" aria-live="polite" aria-busy="true">
      <div className="import-head">
        <strong>{state.cancelling ? 'Cancelling…' : 'Importing…'}</strong>
        <span className="import-numbers">{p ? `${n(p.filesDone)} / ${n(p.filesTotal)} files` : ''}</span>
      </div>
      {p?.file && <div className="import-current" title={p.file}>{p.file}</div>}
      {p && byDocs ? (
        <progress max={p.docsTotal ?? 1} value={p.docsDone} />
      ) : p && p.bytesTotal > 0 ? (
        <progress max={p.bytesTotal} value={p.bytesDone} />
      ) : (
        <progress />
      )}
      <JobFoot
        className="import-foot"
        label={p && p.docsDone > 0 ? `${n(p.docsDone)}${byDocs ? ` of ${n(p.docsTotal ?? 0)}` : ''} documents` : ''}
        cancelling={state.cancelling}
        onCancel={onCancel}
      />
    </section>
  );
}
