import { useState } from 'react';
import type { Revision, RevisionKind } from '@contract';
import { HistoryDialog } from './HistoryDialog';

interface Props {
  kind: RevisionKind;
  /** The note's, dossier's or item's id; no button while the text has none yet. */
  id: number | null;
  label: string;
  /** Called before the dialog opens: save what is typed, so the history ends with it. */
  beforeOpen?: () => void;
  onRestored: (r: Revision) => void;
}

/** "History": earlier versions of the text beside it. */
export function HistoryButton({ kind, id, label, beforeOpen, onRestored }: Props) {
  const [open, setOpen] = useState(false);
  if (id === null) return null;
  return (
    <>
      <button
        type="button"
        className="link-button history-button"
        title="Earlier versions of this text"
        onClick={() => {
          beforeOpen?.();
          setOpen(true);
        }}
      >
        History
      </button>
      {open && <HistoryDialog kind={kind} id={id} label={label} onClose={() => setOpen(false)} onRestored={onRestored} />}
    </>
  );
}
