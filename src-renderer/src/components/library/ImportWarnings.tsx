import type { ImportWarning } from '@contract';

interface Props {
  warnings: ImportWarning[];
  /** Warnings the host left out of the list (it is capped per file). */
  more: number;
}

/** "Document d1-2 (no. 2)", "line 4": the document and line a warning concerns, when known. */
function where(w: ImportWarning): string {
  const { documentId, documentNumber, line } = w.where;
  const parts: string[] = [];
  if (documentNumber !== undefined) parts.push(`No. ${documentNumber}${documentId !== undefined ? ` (${documentId})` : ''}`);
  else if (documentId !== undefined) parts.push(documentId);
  if (line !== undefined) parts.push(`line ${line}`);
  return parts.join(', ');
}

/**
 * What the importer noticed in one file and worked around: collapsed under a
 * count, so that a clean import reads as clean and a messy one does not bury the rest.
 */
export function ImportWarnings({ warnings, more }: Props) {
  const total = warnings.reduce((n, w) => n + w.count, 0) + more;
  if (total === 0) return null;
  return (
    <details className="import-warnings">
      <summary>
        {total.toLocaleString('en-GB')} warning{total === 1 ? '' : 's'}
      </summary>
      <ul>
        {warnings.map((w, i) => (
          <li key={i} data-code={w.code}>
            {where(w) && <span className="import-warning-where">{where(w)}</span>}
            <span className="import-warning-message">{w.message}</span>
            {w.count > 1 && <span className="import-warning-count">×{w.count.toLocaleString('en-GB')}</span>}
          </li>
        ))}
        {more > 0 && <li className="import-warning-more">and {more.toLocaleString('en-GB')} more</li>}
      </ul>
    </details>
  );
}
