import type { Footnote } from '@shared/model/document';
import { flashElement } from '../../lib/flash';
import { footnoteDomId, useReader } from './reader-context';
import { Runs } from './Runs';

/** The document's footnotes, each linked back to (the first) reference in the text. */
export function Footnotes({ notes }: { notes: readonly Footnote[] }) {
  const { firstRef, idPrefix } = useReader();
  if (notes.length === 0) return null;
  return (
    <section className="footnotes" aria-label="Footnotes">
      <h2 className="footnotes-head">Footnotes</h2>
      <ol>
        {notes.map((note) => {
          const back = firstRef.get(note.id);
          return (
            <li key={note.id} id={footnoteDomId(idPrefix, note.id)} tabIndex={-1}>
              {back ? (
                <a
                  className="fn-label"
                  href={`#${back}`}
                  title="Back to the reference in the text"
                  onClick={(e) => {
                    e.preventDefault();
                    flashElement(back);
                  }}
                >
                  {note.label}
                </a>
              ) : (
                <span className="fn-label">{note.label}</span>
              )}
              <div className="fn-text">
                <Runs runs={note.runs} />
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
