import { useRef } from 'react';
import { IMPORT_EXTENSIONS } from '../../lib/files';

export function ImportButton({ disabled, onFiles }: { disabled: boolean; onFiles: (files: File[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={disabled}
        onClick={() => input.current?.click()}
        title="Import FRUS TEI (.xml), telegram text (.txt) or Markdown (.md) files — or drop them anywhere on the window"
      >
        Import…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={IMPORT_EXTENSIONS.join(',')}
        hidden
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          onFiles(files);
        }}
      />
    </>
  );
}
