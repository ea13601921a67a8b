import { useState } from 'react';
import type { CitationExportFormat } from '@contract';
import { errorMessage } from '../../api/client';
import { CITATION_FORMATS, exportCitations, type CitationTarget } from '../../lib/export-citations';
import { MenuButton } from './MenuButton';

type Status = { kind: 'idle' } | { kind: 'working' } | { kind: 'saved'; fileName: string } | { kind: 'error'; message: string };

/** "Export citations…": the document's or dossier's citations as a file for a reference manager, or Chicago as text. */
interface Props {
  target: CitationTarget;
  /** Named in the tooltip: "this document", "this dossier's documents". */
  what: string;
  className?: string;
  align?: 'left' | 'right';
  /** The button's text (default "Export citations…"). */
  label?: string;
}

export function CitationExportMenu({ target, what, className = 'text', align = 'right', label = 'Export citations…' }: Props) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const run = (format: CitationExportFormat) => {
    setStatus({ kind: 'working' });
    exportCitations(target, format).then(
      (fileName) => setStatus({ kind: 'saved', fileName }),
      (err: unknown) => setStatus({ kind: 'error', message: errorMessage(err) }),
    );
  };
  return (
    <MenuButton label={label} title={`Export the citations of ${what}`} className={className} align={align} onOpen={() => setStatus({ kind: 'idle' })} menu>
      {() => (
        <div className="cite-menu citation-export">
          <div role="menu" aria-label={`Export the citations of ${what}`}>
            {CITATION_FORMATS.map((f) => (
              <button key={f.format} type="button" role="menuitem" className="menu-row" disabled={status.kind === 'working'} onClick={() => run(f.format)}>
                {f.label}
              </button>
            ))}
          </div>
          {status.kind === 'working' && <p className="citation-result quiet">Preparing the file…</p>}
          {status.kind === 'saved' && (
            <p className="citation-result" role="status">
              Saved {status.fileName}
            </p>
          )}
          {status.kind === 'error' && <p className="citation-result error">Could not export: {status.message}</p>}
        </div>
      )}
    </MenuButton>
  );
}
