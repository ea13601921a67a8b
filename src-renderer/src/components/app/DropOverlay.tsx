/** Shown while files are dragged over the window. */
export function DropOverlay() {
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-card">
        <strong>Drop to import</strong>
        <span>FRUS TEI volumes (.xml), telegram text (.txt), Markdown (.md)</span>
      </div>
    </div>
  );
}
