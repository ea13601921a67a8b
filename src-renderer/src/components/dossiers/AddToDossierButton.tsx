import { openDossierPicker } from '../../lib/dossier-picker';

/** The reader toolbar's "Add to dossier" button. */
export function AddToDossierButton({ docId }: { docId: number }) {
  return (
    <button
      type="button"
      className="tool-button text"
      title="Add this document to a dossier"
      onClick={(e) => openDossierPicker([docId], e.currentTarget)}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true" className="inline-icon">
        <path d="M2.5 4.5h4l1.5 1.5h5.5v7h-11z" />
        <path d="M8 8v4M6 10h4" />
      </svg>
      Add to dossier
    </button>
  );
}

/** A library row's context button: add this document to a dossier. */
export function RowDossierButton({ docId }: { docId: number }) {
  return (
    <button
      type="button"
      className="row-other row-dossier"
      aria-label="Add to dossier…"
      title="Add to dossier…"
      tabIndex={-1}
      onClick={(e) => {
        e.stopPropagation();
        openDossierPicker([docId], e.currentTarget);
      }}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true">
        <path d="M2.5 4.5h4l1.5 1.5h5.5v7h-11z" />
        <path d="M8 8v4M6 10h4" />
      </svg>
    </button>
  );
}
