import { useState } from 'react';
import { TrashDialog } from './TrashDialog';

/** Opens the trash: what was deleted in the last 30 days, restorable. */
export function TrashButton({ className = 'button button-quiet small' }: { className?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} title="Deleted notes and dossiers, restorable for 30 days" onClick={() => setOpen(true)}>
        Trash
      </button>
      {open && <TrashDialog onClose={() => setOpen(false)} />}
    </>
  );
}
