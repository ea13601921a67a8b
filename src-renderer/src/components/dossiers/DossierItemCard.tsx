import type { DragEvent } from 'react';
import type { DossierItem, DossierItemMode } from '@contract';
import type { DropSide } from '../../lib/dossier-order';
import { formatDateShort } from '@shared/display/dates';
import { docMetaLine } from '../library/DocRow';
import { AutosavedMarkdown } from './AutosavedMarkdown';

interface Props {
  item: DossierItem;
  index: number;
  count: number;
  dragging: boolean;
  dropSide: DropSide | null;
  onDragStart: (e: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
  onDragOver: (e: DragEvent<HTMLElement>) => void;
  onDrop: (e: DragEvent<HTMLElement>) => void;
  onMove: (delta: -1 | 1) => void;
  onMode: (mode: DossierItemMode) => void;
  onRemove: () => void;
  onOpenDoc: (id: number, other?: boolean) => void;
  saveCommentary: (text: string, keepalive: boolean) => Promise<unknown>;
}

/** One document in the dossier: its place, how it prints, and the compiler's commentary. */
export function DossierItemCard(props: Props) {
  const { item, index, count } = props;
  const doc = item.doc;
  const cls = ['dossier-item', props.dragging ? 'dragging' : '', props.dropSide ? `drop-${props.dropSide}` : ''].filter(Boolean).join(' ');
  return (
    <li className={cls} data-item={item.id} onDragOver={props.onDragOver} onDrop={props.onDrop} aria-label={doc.title}>
      <div className="item-head">
        <span
          className="drag-handle"
          draggable
          onDragStart={props.onDragStart}
          onDragEnd={props.onDragEnd}
          title="Drag to move this document"
          aria-hidden="true"
        >
          <svg viewBox="0 0 10 16">
            <circle cx="3" cy="3" r="1.2" />
            <circle cx="7" cy="3" r="1.2" />
            <circle cx="3" cy="8" r="1.2" />
            <circle cx="7" cy="8" r="1.2" />
            <circle cx="3" cy="13" r="1.2" />
            <circle cx="7" cy="13" r="1.2" />
          </svg>
        </span>
        <span className="item-number">{index + 1}</span>
        <div className="item-title-block">
          <button type="button" className="item-title" title="Open in the reader" onClick={(e) => props.onOpenDoc(doc.id, e.altKey)}>
            {doc.title}
          </button>
          <div className="doc-row-meta">{docMetaLine(doc) || formatDateShort(doc.date) || 'Undated'}</div>
        </div>
        <div className="item-tools">
          <button type="button" className="tool-button" aria-label="Move up" title="Move up" disabled={index === 0} onClick={() => props.onMove(-1)}>
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <path d="M4 10l4-4 4 4" />
            </svg>
          </button>
          <button type="button" className="tool-button" aria-label="Move down" title="Move down" disabled={index === count - 1} onClick={() => props.onMove(1)}>
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <path d="M4 6l4 4 4-4" />
            </svg>
          </button>
          <button type="button" className="tool-button text item-remove" title="Remove from the dossier (the document stays in the library)" onClick={props.onRemove}>
            Remove
          </button>
        </div>
      </div>
      <div className="item-body">
        <div className="item-mode-row">
          <div className="segmented" role="group" aria-label="Print">
            <button type="button" aria-pressed={item.mode === 'full'} onClick={() => props.onMode('full')}>
              Full text
            </button>
            <button type="button" aria-pressed={item.mode === 'highlights'} onClick={() => props.onMode('highlights')}>
              Highlights only
            </button>
          </div>
          <button type="button" className="link-button" onClick={() => props.onOpenDoc(doc.id)}>
            Open in reader
          </button>
        </div>
        <AutosavedMarkdown
          label={`Commentary on ${doc.title}`}
          initial={item.commentary}
          placeholder="Commentary, printed with the document: context, what to look for, how it connects to the others…"
          rows={3}
          save={props.saveCommentary}
          onOpenDoc={props.onOpenDoc}
          history={{ kind: 'commentary', id: item.id }}
        />
      </div>
    </li>
  );
}
