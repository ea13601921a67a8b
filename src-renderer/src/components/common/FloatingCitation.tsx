import { useRef } from 'react';
import type { CitationState } from '../../hooks/use-citation';
import { useDismiss } from '../../hooks/use-dismiss';
import { CitationResult } from './CitationResult';

/** The citation just copied, shown over the text until the user clicks elsewhere. */
export function FloatingCitation({ state, top, left, onClose }: { state: CitationState; top: number; left: number; onClose: () => void }) {
  const root = useRef<HTMLDivElement>(null);
  useDismiss(root, true, onClose);
  return (
    <div className="surface floating-card" ref={root} style={{ top, left }}>
      <CitationResult state={state} />
    </div>
  );
}
