import { useCitation } from '../../hooks/use-citation';
import { CitationResult } from '../common/CitationResult';
import { MenuButton } from '../common/MenuButton';

/** "Cite": copy a Chicago or FRUS citation of the document and show what was copied. */
export function CiteMenu({ docId }: { docId: number }) {
  const [state, cite, reset] = useCitation();
  return (
    <MenuButton label="Cite" title="Cite this document" className="text" onOpen={reset} menu>
      {() => (
        <div className="cite-menu">
          <div role="menu" aria-label="Cite this document">
            <button type="button" role="menuitem" className="menu-row" onClick={() => cite({ docId, style: 'chicago' })}>
              Copy Chicago citation
            </button>
            <button type="button" role="menuitem" className="menu-row" onClick={() => cite({ docId, style: 'frus' })}>
              Copy FRUS citation
            </button>
          </div>
          <CitationResult state={state} />
        </div>
      )}
    </MenuButton>
  );
}
