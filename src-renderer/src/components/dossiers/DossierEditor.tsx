import { useCallback } from 'react';
import type { Dossier } from '@contract';
import { api } from '../../api/client';
import { useDossier, type DossierState } from '../../hooks/use-dossier';
import { useDossierExport } from '../../hooks/use-dossier-export';
import { isDesktop } from '../../lib/pdf-download';
import { AutosavedMarkdown } from './AutosavedMarkdown';
import { CitationExportMenu } from '../common/CitationExportMenu';
import { DossierHead } from './DossierHead';
import { DossierItems } from './DossierItems';
import { ExportPanel } from './ExportPanel';
import { OtherExports } from './OtherExports';

interface Props {
  id: number;
  onClose: () => void;
  onOpenDoc: (id: number, other?: boolean) => void;
}

/** The dossier open in the reader area: its cover matter, its documents, and export. */
export function DossierEditor({ id, onClose, onOpenDoc }: Props) {
  const state = useDossier(id);
  const d = state.dossier;
  return (
    <section className="dossier-editor" aria-label="Dossier">
      <div className="pane-toolbar">
        <span className="pane-title">
          <span className="pane-side active">Dossier</span>
          {d?.title ?? ''}
        </span>
        <div className="pane-tools">
          <button type="button" className="tool-button" aria-label="Close the dossier" title="Close the dossier and return to the reader" onClick={onClose}>
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <path d="M4 4l8 8M12 4l-8 8" />
            </svg>
          </button>
        </div>
      </div>
      <div className="dossier-scroll">
        {d ? (
          <DossierBody key={d.id} dossier={d} state={state} onOpenDoc={onOpenDoc} />
        ) : state.error ? (
          <div className="empty-state">
            <h2>This dossier cannot be opened</h2>
            <p>{state.error}</p>
          </div>
        ) : (
          <p className="list-message">Loading the dossier…</p>
        )}
      </div>
    </section>
  );
}

function DossierBody({ dossier, state, onOpenDoc }: { dossier: Dossier; state: DossierState; onOpenDoc: Props['onOpenDoc'] }) {
  const exporter = useDossierExport(dossier.id);
  const running = exporter.state.phase === 'running';
  const empty = dossier.items.length === 0;
  const saveIntro = useCallback(
    (introduction: string, keepalive: boolean) => api.call('dossiers.update', { id: dossier.id, introduction }, { keepalive }),
    [dossier.id],
  );
  return (
    <div className="dossier-page">
      <DossierHead key={`${dossier.title}\u0000${dossier.author}`} dossier={dossier} state={state} />
      <div className="dossier-actions">
        <button type="button" className="button primary" disabled={running || empty} onClick={() => exporter.start('download', dossier.paper)}>
          Export PDF…
        </button>
        {!empty && <CitationExportMenu target={{ dossierId: dossier.id }} className="button" what="this dossier's documents" align="left" />}
        {isDesktop() && (
          <button type="button" className="button" disabled={running || empty} onClick={() => exporter.start('print', dossier.paper)}>
            Print…
          </button>
        )}
        <OtherExports dossierId={dossier.id} disabled={running || empty} />
        <span className="dossier-actions-note">
          {empty ? 'Add documents to export.' : `Cover, contents, introduction, then each document with its commentary and footnotes.`}
        </span>
      </div>
      <ExportPanel state={exporter.state} onCancel={exporter.cancel} onDismiss={exporter.dismiss} onDownloadAgain={exporter.downloadAgain} />

      <section className="dossier-section dossier-intro" aria-labelledby="intro-head">
        <h2 id="intro-head" className="section-head">
          Introduction
        </h2>
        <AutosavedMarkdown
          label="Introduction (Markdown)"
          initial={dossier.introduction}
          placeholder="Introduce the dossier: its question, the period, how the documents were chosen. Markdown works: *italic*, **bold**, lists, > quotes."
          rows={6}
          save={saveIntro}
          onOpenDoc={onOpenDoc}
          history={{ kind: 'introduction', id: dossier.id }}
        />
      </section>

      <section className="dossier-section" aria-labelledby="items-head">
        <div className="section-head-row">
          <h2 id="items-head" className="section-head">
            Documents <span className="section-count">{dossier.items.length}</span>
          </h2>
          {dossier.items.length > 1 && (
            <button
              type="button"
              className="button small"
              title="Put the documents in chronological order (undated ones last)"
              onClick={() => state.change(() => api.call('dossiers.sortByDate', { dossierId: dossier.id }))}
            >
              Sort by date
            </button>
          )}
        </div>
        {empty ? (
          <p className="dossier-hint">
            No documents yet. Use <em>Add to dossier</em> on a library row, on selected search results, or in the reader’s toolbar.
          </p>
        ) : (
          <DossierItems dossier={dossier} state={state} onOpenDoc={onOpenDoc} />
        )}
      </section>
    </div>
  );
}
