/** A row's context button: open the document in the other reader pane (as Alt-click does). */
export function OtherPaneButton({ onClick }: { onClick: () => void }) {
  return (
    <button
      type="button"
      className="row-other"
      aria-label="Open in other pane"
      title="Open in the other pane (Alt-click)"
      tabIndex={-1}
      onClick={(e) => {
        e.stopPropagation();
        onClick();
      }}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true">
        <rect x="1.5" y="2.5" width="13" height="11" rx="1.5" />
        <path d="M8 2.5v11" />
        <path className="fill" d="M8.5 3h5.5v10h-5.5z" />
      </svg>
    </button>
  );
}
