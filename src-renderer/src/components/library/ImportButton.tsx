import { useEffect, useRef } from 'react';
import { IMPORT_EXTENSIONS, isImportable } from '../../lib/files';

function fromInput(input: HTMLInputElement): File[] {
  const files = Array.from(input.files ?? []);
  input.value = '';
  return files;
}

export function ImportButton({ disabled, onFiles }: { disabled: boolean; onFiles: (files: File[]) => void }) {
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Not a React prop: set the DOM property so the picker chooses a whole folder.
    if (folder.current) folder.current.webkitdirectory = true;
  }, []);
  return (
    <div className="import-buttons">
      <button
        type="button"
        className="button"
        disabled={disabled}
        onClick={() => files.current?.click()}
        title="Import FRUS TEI (.xml), telegram text (.txt) or Markdown (.md) files — or drop files or folders anywhere on the window"
      >
        Import…
      </button>
      <button
        type="button"
        className="button button-quiet"
        disabled={disabled}
        onClick={() => folder.current?.click()}
        title="Import every .xml, .txt and .md file in a folder and its subfolders"
      >
        Folder…
      </button>
      <input ref={files} type="file" multiple accept={IMPORT_EXTENSIONS.join(',')} hidden onChange={(e) => onFiles(fromInput(e.target))} />
      <input
        ref={folder}
        type="file"
        hidden
        data-testid="import-folder"
        onChange={(e) => onFiles(fromInput(e.target).filter(isImportable))}
      />
    </div>
  );
}
