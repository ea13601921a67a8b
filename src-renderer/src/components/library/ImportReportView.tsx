import type { FailedFileReport, ImportedFileReport, ImportReport } from '@contract';
import { ImportWarnings } from './ImportWarnings';

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

type Counts = ImportedFileReport['counts'];

/** "2 updated, 310 unchanged": what a (re-)import did to the library, leaving out what did not happen. */
function changes(c: Counts): string {
  const parts: Array<[number, string]> = [
    [c.new, 'new'],
    [c.updated, 'updated'],
    [c.unchanged, 'unchanged'],
  ];
  return parts
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${n.toLocaleString('en-GB')} ${what}`)
    .join(', ');
}

const sum = (files: ImportedFileReport[]): Counts =>
  files.reduce((t, f) => ({ new: t.new + f.counts.new, updated: t.updated + f.counts.updated, unchanged: t.unchanged + f.counts.unchanged }), {
    new: 0,
    updated: 0,
    unchanged: 0,
  });

/** What an import did, file by file; failures first, with line numbers. Stays until closed. */
export function ImportReportView({ report, onOpen, onDismiss }: Props) {
  const docCount = report.imported.reduce((n, f) => n + f.documents.length, 0);
  const sectionCount = report.imported.reduce((n, f) => n + (f.sections ?? 0), 0);
  const total = sum(report.imported);
  // A first import is all new; only a re-import needs the breakdown in the summary.
  const reimport = total.updated + total.unchanged > 0;
  return (
    <section className={report.failed.length > 0 ? 'import-panel has-failures' : 'import-panel'} aria-live="polite" aria-label="Import report">
      <div className="import-head">
        <strong>
          {report.cancelled ? 'Import cancelled · ' : ''}
          {plural(docCount, 'document')}
          {sectionCount > 0 ? ` and ${plural(sectionCount, 'section')}` : ''} imported from {plural(report.imported.length, 'file')}
          {reimport ? `: ${changes(total)}` : ''}
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
            {reimport && <span className="import-changes">{changes(f.counts)}</span>}
            {f.documents[0] && (
              <button type="button" className="link-button" onClick={() => f.documents[0] && onOpen(f.documents[0].id)}>
                Open{f.documents.length > 1 ? ' first' : ''}
              </button>
            )}
            <ImportWarnings warnings={f.warnings} more={f.moreWarnings ?? 0} />
          </li>
        ))}
      </ul>
    </section>
  );
}
