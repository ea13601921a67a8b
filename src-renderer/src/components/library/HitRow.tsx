import type { SearchHit } from '@contract';
import { docMetaLine, numberPrefix } from './DocRow';
import { OtherPaneButton } from './OtherPaneButton';
import { SnippetText } from './SnippetText';
import { RowDossierButton } from '../dossiers/AddToDossierButton';

interface Props {
  id: string;
  hit: SearchHit;
  active: boolean;
  open: boolean;
  onOpen: (id: number, other?: boolean) => void;
  onHover: () => void;
  /** Multi-select for "Add N to dossier…": checkbox, or Ctrl/Shift-click. */
  selected: boolean;
  onSelect: () => void;
}

export function HitRow({ id, hit, active, open, onOpen, onHover, selected, onSelect }: Props) {
  const classes = ['hit', active ? 'active' : '', open ? 'open' : '', selected ? 'selected' : ''].filter(Boolean).join(' ');
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      className={classes}
      onClick={(e) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey) {
          e.preventDefault();
          onSelect();
        } else onOpen(hit.id, e.altKey);
      }}
      onMouseMove={onHover}
    >
      <input
        type="checkbox"
        className="hit-check"
        aria-label={`Select ${hit.title}`}
        title="Select (or Ctrl-click the result) to add several documents to a dossier"
        tabIndex={-1}
        checked={selected}
        onClick={(e) => e.stopPropagation()}
        onChange={onSelect}
      />
      <div className="hit-title">
        {numberPrefix(hit) !== null && <span className="doc-number">{numberPrefix(hit)}</span>}
        {hit.title}
      </div>
      <div className="doc-row-meta">{docMetaLine(hit)}</div>
      {hit.snippet.text !== '' && <SnippetText snippet={hit.snippet} />}
      <RowDossierButton docId={hit.id} />
      <OtherPaneButton onClick={() => onOpen(hit.id, true)} />
    </div>
  );
}

/** A row whose page is still on its way: the shape of a hit, no text. */
export function HitPlaceholder({ id }: { id: string }) {
  return (
    <div id={id} role="option" aria-selected={false} aria-busy="true" className="hit placeholder">
      <div className="ph-line title" />
      <div className="ph-line meta" />
      <div className="ph-line" />
      <div className="ph-line short" />
    </div>
  );
}
