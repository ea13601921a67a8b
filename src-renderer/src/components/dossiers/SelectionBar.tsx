import { openDossierPicker } from '../../lib/dossier-picker';
import { CitationExportMenu } from '../common/CitationExportMenu';

interface Props {
  ids: number[];
  onClear: () => void;
}

/** Above the search results while some are selected: add them all to a dossier, or export their citations. */
export function SelectionBar({ ids, onClear }: Props) {
  if (ids.length === 0) return null;
  return (
    <div className="selection-bar" role="region" aria-label="Selected results">
      <span className="selection-count">{ids.length} selected</span>
      <button type="button" className="button small primary" onClick={(e) => openDossierPicker(ids, e.currentTarget, onClear)}>
        Add {ids.length} to dossier…
      </button>
      <CitationExportMenu target={{ docIds: ids, name: 'selected-documents' }} what={`the ${ids.length} selected documents`} align="left" label={`Export ${ids.length} citations…`} />
      <button type="button" className="link-button" onClick={onClear}>
        Clear
      </button>
    </div>
  );
}
