import type { HighlightColor } from '@contract';
import type { TextSelection } from '../../hooks/use-text-selection';
import { Swatches } from './Swatches';

interface Props {
  sel: TextSelection;
  onHighlight: (color: HighlightColor) => void;
  onComment: () => void;
  onCite: () => void;
}

/** Floats above selected text: highlight in a colour, comment, or cite with the page. */
export function SelectionToolbar({ sel, onHighlight, onComment, onCite }: Props) {
  return (
    <div className="floating selection-toolbar" role="toolbar" aria-label="Highlight the selection" style={{ top: Math.max(4, sel.top - 46), left: sel.left }}>
      <Swatches label={(name) => `Highlight ${name.toLowerCase()}`} onPick={onHighlight} />
      <span className="float-sep" />
      <button type="button" className="float-button" onMouseDown={(e) => e.preventDefault()} onClick={onComment}>
        Comment
      </button>
      <button type="button" className="float-button" title="Copy a citation with the printed page" onMouseDown={(e) => e.preventDefault()} onClick={onCite}>
        Cite
      </button>
    </div>
  );
}
