import { useCallback, useState } from 'react';
import type { EditableMetaField } from '@contract';
import { api, errorMessage } from '../api/client';
import { invalidateDocument } from '../lib/doc-cache';

/** Save (or revert, with null) a correction of one metadata field. */
export function useMetaEdit(docId: number, field: EditableMetaField): {
  saving: boolean;
  error: string | null;
  save: (value: string | null) => Promise<boolean>;
} {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = useCallback(
    async (value: string | null): Promise<boolean> => {
      setSaving(true);
      setError(null);
      try {
        await api.call('document.editMeta', { id: docId, field, value });
        invalidateDocument(docId);
        return true;
      } catch (err) {
        setError(errorMessage(err));
        return false;
      } finally {
        setSaving(false);
      }
    },
    [docId, field],
  );
  return { saving, error, save };
}
