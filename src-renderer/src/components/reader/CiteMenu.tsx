import { useCitation } from '../../hooks/use-citation';
import { CitationResult } from '../common/CitationResult';
import { MenuButton } from '../common/MenuButton';

/** "Cite": copy a Chicago or FRUS citation of the document and show what was copied. */
export function CiteMenu({ docId }: { docId: number }) {
  const [state, cite, reset] = useCitation();
  return (
    <MenuButton label="Cite" title="Cite this document" className="text" onOpen={reset}>
      {() => (
        <div className="cite-menu">
          <button type="button" className="menu-item" onClick={() => cite({ docId, style: 'chicago' })}>
            Copy Chicago citation
          </button>
          <button type="button" className="menu-item" onClick={() => cite({ docId, style: 'frus' })}>
            Copy FRUS citation
          </button>
          <CitationResult state={state} />
        </div>
      )}
    </MenuButton>
  );
}
