import type { FailedFileReport, ImportReport } from '../../../../src-main/contract/views';

interface Props {
  report: ImportReport;
  onOpen: (id: number) => void;
  onDismiss: () => void;
}

function plural(count: number, word: string): string {
  return `${count.toLocaleString('en-GB')} ${word}${count === 1 ? '' : 's'}`;
}

/** The message without a repeated "file, line N:" prefix (file and line are shown apart). */
function bareMessage(f: FailedFileReport): string {
  const prefixes = [f.line !== undefined ? `${f.file}, line ${f.line}: ` : null, `${f.file}: `];
  for (const p of prefixes) if (p && f.message.startsWith(p)) return f.message.slice(p.length);
  return f.message;
}

/** What an import did, file by file; failures first, with line numbers. Stays until closed. */
export function ImportReportView({ report, onOpen, onDismiss }: Props) {
  const docCount = report.imported.reduce((sum, f) => sum + f.documents.length, 0);
  const sectionCount = report.imported.reduce((sum, f) => sum + (f.sections ?? 0), 0);
  return (
    <section className={report.failed.length > 0 ? 'import-panel has-failures' : 'import-panel'} aria-live="polite" aria-label="Import report">
      <div className="import-head">
        <strong>
          {report.cancelled ? 'Import cancelled · ' : ''}
          {plural(docCount, 'document')}
          {sectionCount > 0 ? ` and ${plural(sectionCount, 'section')}` : ''} imported from {plural(report.imported.length, 'file')}
          {report.failed.length > 0 ? ` · ${plural(report.failed.length, 'file')} failed` : ''}
        </strong>
        <button type="button" className="link-button" onClick={onDismiss} aria-label="Close the import report">
          Close
        </button>
      </div>
      <ul className="import-files">
        {report.failed.map((f, i) => (
          <li key={`f${i}`} className="import-failed">
            <span className="import-file">{f.file}</span>
            {f.line !== undefined && <span className="import-line">line {f.line}</span>}
            <span className="import-message">{bareMessage(f)}</span>
          </li>
        ))}
        {report.imported.map((f, i) => (
          <li key={`i${i}`} className="import-ok">
            <span className="import-file">{f.file}</span>
            <span className="import-count">
              {plural(f.documents.length, 'document')}
              {f.sections ? ` and ${plural(f.sections, 'section')}` : ''}
            </span>
            {f.documents[0] && (
              <button type="button" className="link-button" onClick={() => f.documents[0] && onOpen(f.documents[0].id)}>
                Open{f.documents.length > 1 ? ' first' : ''}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
