import { useState } from 'react';
import type { DocumentView, EditableMetaField } from '@contract';
import { EDITABLE_FIELDS } from '../../lib/meta-edit';
import { EditableMeta } from './EditableMeta';

const LABEL: Record<EditableMetaField, string> = { title: 'Title', date: 'Date', from: 'From', to: 'To', place: 'Place', classification: 'Classification' };

function missing(view: DocumentView, f: EditableMetaField): boolean {
  const v = view.meta[f]?.value;
  return v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

/** Metadata the import did not find, which the user may supply: "Add: Date · Place". */
export function MissingFields({ view }: { view: DocumentView }) {
  const [adding, setAdding] = useState<EditableMetaField | null>(null);
  const absent = EDITABLE_FIELDS.filter((f) => missing(view, f));
  if (absent.length === 0) return null;
  if (adding !== null && absent.includes(adding)) {
    return (
      <div className="missing-fields editing">
        <span className="missing-label">{LABEL[adding]}</span>
        <AddForm key={adding} docId={view.id} field={adding} onDone={() => setAdding(null)} />
      </div>
    );
  }
  return (
    <div className="missing-fields">
      <span className="missing-label">Add</span>
      {absent.map((f) => (
        <button key={f} type="button" className="link-button" onClick={() => setAdding(f)}>
          {LABEL[f]}
        </button>
      ))}
    </div>
  );
}

function AddForm({ docId, field, onDone }: { docId: number; field: EditableMetaField; onDone: () => void }) {
  return (
    <EditableMeta docId={docId} field={field} label={LABEL[field]} value={undefined} provenance={null} startEditing onCancel={onDone}>
      {null}
    </EditableMeta>
  );
}
