import type { ImportState } from '../../hooks/use-import';

interface Props {
  state: ImportState;
  onOpen: (id: number) => void;
  onDismiss: () => void;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;
}

/** Import progress, then a report that stays until dismissed: every file, every failure with its line. */
export function ImportPanel({ state, onOpen, onDismiss }: Props) {
  if (state.running) {
    return (
      <section className="import-panel" aria-live="polite">
        <div className="import-head">
          <strong>Importing…</strong>
          <span>
            {state.done} / {state.total} files
          </span>
        </div>
        <progress max={state.total} value={state.done} />
      </section>
    );
  }
  const report = state.report;
  if (!report) return null;
  const docCount = report.imported.reduce((n, f) => n + f.documents.length, 0);
  return (
    <section className={report.failed.length > 0 ? 'import-panel has-failures' : 'import-panel'} aria-live="polite">
      <div className="import-head">
        <strong>
          Imported {plural(docCount, 'document')} from {plural(report.imported.length, 'file')}
          {report.failed.length > 0 ? ` · ${plural(report.failed.length, 'failure')}` : ''}
        </strong>
        <button type="button" className="link-button" onClick={onDismiss} aria-label="Close import report">
          Close
        </button>
      </div>
      <ul className="import-files">
        {report.failed.map((f, i) => (
          <li key={`f${i}`} className="import-failed">
            <span className="import-file">{f.file}</span>
            {f.line !== undefined && <span className="import-line">line {f.line}</span>}
            <span className="import-message">{f.message}</span>
          </li>
        ))}
        {report.imported.map((f, i) => (
          <li key={`i${i}`} className="import-ok">
            <span className="import-file">{f.file}</span>
            <span className="import-count">{plural(f.documents.length, 'document')}</span>
            {f.documents.length === 1 && f.documents[0] && (
              <button type="button" className="link-button" onClick={() => f.documents[0] && onOpen(f.documents[0].id)}>
                Open
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
