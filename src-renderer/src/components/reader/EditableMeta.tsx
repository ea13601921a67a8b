import { useState, type ReactNode } from 'react';
import type { Provenance } from '@shared/model/document';
import type { EditableMetaField } from '@contract';
import { useMetaEdit } from '../../hooks/use-meta-edit';
import { editableText, FIELD_HINT, importedText } from '../../lib/meta-edit';

interface Props {
  docId: number;
  field: EditableMetaField;
  label: string;
  value: unknown;
  provenance: Provenance | null;
  children: ReactNode;
  /** Open with the form (adding a missing field); `onCancel` when it closes. */
  startEditing?: boolean;
  onCancel?: () => void;
  /** A block (the title): the value is a heading, the Edit button sits beside it rather than inside. */
  block?: boolean;
}

/**
 * A metadata value the user may correct: "Edit" opens an inline form; an edited
 * value shows the imported one beneath it, with "Revert".
 */
export function EditableMeta({ docId, field, label, value, provenance, children, startEditing = false, onCancel, block = false }: Props) {
  const [draft, setDraftState] = useState<string | null>(startEditing ? '' : null);
  const setDraft = (d: string | null): void => {
    setDraftState(d);
    if (d === null) onCancel?.();
  };
  const edit = useMetaEdit(docId, field);
  const imported = provenance?.kind === 'edited' ? importedText(field, provenance.original) : null;

  if (draft !== null) {
    const submit = async (): Promise<void> => {
      const v = draft.trim();
      if (await edit.save(v === '' ? null : v)) setDraft(null);
    };
    return (
      <form
        className={block ? 'meta-form block' : 'meta-form'}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <input
          className="meta-input"
          aria-label={`${label} (edit)`}
          autoFocus
          value={draft}
          placeholder={FIELD_HINT[field]}
          title={FIELD_HINT[field]}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setDraft(null);
            }
          }}
        />
        <span className="meta-form-actions">
          <button type="submit" className="button small" disabled={edit.saving}>
            Save
          </button>
          <button type="button" className="link-button" onClick={() => setDraft(null)}>
            Cancel
          </button>
        </span>
        {edit.error && <span className="meta-error error">{edit.error}</span>}
      </form>
    );
  }

  const Wrap = block ? 'div' : 'span';
  return (
    <Wrap className={block ? 'editable-meta block' : 'editable-meta'}>
      {children}
      <button type="button" className="edit-button" aria-label={`Edit ${label.toLowerCase()}`} title={`Correct the ${label.toLowerCase()}`} onClick={() => setDraft(editableText(field, value))}>
        Edit
      </button>
      {provenance?.kind === 'edited' && (
        <span className="imported-value">
          {imported !== null ? <>imported: {imported}</> : <>not in the imported text</>}
          <button type="button" className="link-button" disabled={edit.saving} onClick={() => void edit.save(null)}>
            Revert
          </button>
          {edit.error && <span className="meta-error error"> {edit.error}</span>}
        </span>
      )}
    </Wrap>
  );
}
