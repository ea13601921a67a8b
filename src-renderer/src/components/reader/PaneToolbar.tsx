import type { ReactNode } from 'react';

interface Props {
  title: string | null;
  split: boolean;
  side: 'left' | 'right';
  active: boolean;
  /** Document-specific tools (find, cite), shown when a document is open. */
  tools: ReactNode;
  onSplit: () => void;
  onSwap: () => void;
  onClose: () => void;
}

/** The strip above a reader pane: what is open, and the pane's tools. */
export function PaneToolbar({ title, split, side, active, tools, onSplit, onSwap, onClose }: Props) {
  return (
    <div className="pane-toolbar">
      <span className="pane-title" title={title ?? undefined}>
        {split && <span className={active ? 'pane-side active' : 'pane-side'}>{side === 'left' ? 'Left' : 'Right'}</span>}
        {title ?? <span className="pane-empty-title">No document</span>}
      </span>
      <div className="pane-tools">
        {tools}
        {split ? (
          <>
            <button type="button" className="tool-button" aria-label="Swap panes" title="Swap the two panes (Alt+S)" onClick={onSwap}>
              <svg viewBox="0 0 16 16" aria-hidden="true">
                <path d="M2 5h11M10 2l3 3-3 3M14 11H3M6 8l-3 3 3 3" />
              </svg>
            </button>
            <button type="button" className="tool-button" aria-label="Close this pane" title="Close this pane (Alt+W)" onClick={onClose}>
              <svg viewBox="0 0 16 16" aria-hidden="true">
                <path d="M4 4l8 8M12 4l-8 8" />
              </svg>
            </button>
          </>
        ) : (
          title !== null && (
            <button type="button" className="tool-button" aria-label="Open in the other pane" title="Show this document side by side in a second pane (Ctrl+\)" onClick={onSplit}>
              <svg viewBox="0 0 16 16" aria-hidden="true">
                <rect x="1.5" y="2.5" width="13" height="11" rx="1.5" />
                <path d="M8 2.5v11" />
              </svg>
            </button>
          )
        )}
      </div>
    </div>
  );
}
