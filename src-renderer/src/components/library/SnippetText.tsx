import type { Snippet } from '@contract';
import { snippetSegments } from '../../lib/highlight';

/** A search snippet with matched terms as <mark>; the text is only ever rendered as text. */
export function SnippetText({ snippet }: { snippet: Snippet }) {
  return (
    <p className="snippet">
      {snippetSegments(snippet).map((seg, i) => (seg.mark ? <mark key={i}>{seg.text}</mark> : <span key={i}>{seg.text}</span>))}
    </p>
  );
}
