import type { DocSummary } from '../../../../src-main/contract/views';
import { formatDateShort, formatKind } from '../../lib/format';

interface Props {
  id: string;
  doc: DocSummary;
  depth: number;
  active: boolean;
  open: boolean;
  onOpen: (id: number) => void;
  onHover?: () => void;
}

export function docMetaLine(doc: DocSummary): string {
  return [formatDateShort(doc.date), doc.from ?? '', formatKind(doc.kind)].filter(Boolean).join(' · ');
}

/** One document in the browse list: title (two lines at most) and a meta line. */
export function DocRow({ id, doc, depth, active, open, onOpen, onHover }: Props) {
  const classes = ['doc-row', active ? 'active' : '', open ? 'open' : '', doc.parentId !== null ? 'enclosure' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      className={classes}
      style={{ paddingLeft: `${0.75 + depth * 0.9}rem` }}
      title={doc.title}
      onClick={() => onOpen(doc.id)}
      onMouseMove={onHover}
    >
      <div className="doc-row-title">
        {doc.number !== null && <span className="doc-number">{doc.number}.</span>}
        {doc.parentId !== null && <span className="enclosure-tag">Encl.</span>}
        {doc.title}
      </div>
      <div className="doc-row-meta">{docMetaLine(doc)}</div>
    </div>
  );
}
