import { formatDateShort } from '@shared/display/dates';
import { formatKind } from '../../lib/format';
import type { DocSummary } from '@contract';
import { numberPrefix } from '@shared/display/title-line';
import { OtherPaneButton } from './OtherPaneButton';
import { RowDossierButton } from '../dossiers/AddToDossierButton';

interface Props {
  id: string;
  doc: DocSummary;
  depth: number;
  /** Lines the title may take (the row height was chosen for it). */
  lines: 1 | 2;
  active: boolean;
  open: boolean;
  onOpen: (id: number, other?: boolean) => void;
  onHover?: () => void;
}

export function docMetaLine(doc: DocSummary): string {
  return [formatDateShort(doc.date), doc.from ?? '', formatKind(doc.kind)].filter(Boolean).join(' · ');
}

export { numberPrefix };

export function docIndentPx(depth: number): number {
  return 14 + Math.max(0, depth - 1) * 12;
}

/** One document in the browse list: its title and a meta line. */
export function DocRow({ id, doc, depth, lines, active, open, onOpen, onHover }: Props) {
  const classes = ['doc-row', active ? 'active' : '', open ? 'open' : '', doc.parentId !== null ? 'enclosure' : '']
    .filter(Boolean)
    .join(' ');
  const prefix = numberPrefix(doc);
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      className={classes}
      style={{ paddingLeft: docIndentPx(depth) }}
      title={doc.title}
      onClick={(e) => onOpen(doc.id, e.altKey)}
      onMouseMove={onHover}
    >
      <div className={lines === 1 ? 'doc-row-title one-line' : 'doc-row-title'}>
        {prefix !== null && <span className="doc-number">{prefix}</span>}
        {doc.parentId !== null && <span className="enclosure-tag">Encl.</span>}
        {doc.title}
      </div>
      <div className="doc-row-meta">{docMetaLine(doc)}</div>
      <RowDossierButton docId={doc.id} />
      <OtherPaneButton onClick={() => onOpen(doc.id, true)} />
    </div>
  );
}

/** A document row whose details are on their way: its shape, no text. */
export function DocRowPlaceholder({ id, depth }: { id: string; depth: number }) {
  return (
    <div id={id} role="option" aria-selected={false} aria-busy="true" className="doc-row placeholder" style={{ paddingLeft: docIndentPx(depth) }}>
      <div className="ph-line title" />
      <div className="ph-line meta" />
    </div>
  );
}
