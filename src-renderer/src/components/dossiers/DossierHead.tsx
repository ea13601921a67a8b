import { useState, type KeyboardEvent } from 'react';
import type { Dossier, DossierPaper } from '@contract';
import { api } from '../../api/client';
import type { DossierState } from '../../hooks/use-dossier';

interface Props {
  dossier: Dossier;
  state: DossierState;
}

/** Title, compiler and paper: saved when the field is left (or Enter pressed). */
export function DossierHead({ dossier, state }: Props) {
  const [title, setTitle] = useState(dossier.title);
  const [author, setAuthor] = useState(dossier.author);
  const { change } = state;

  const saveTitle = (): void => {
    const t = title.trim();
    if (t === '') return setTitle(dossier.title);
    if (t !== dossier.title) change(() => api.call('dossiers.update', { id: dossier.id, title: t }));
  };
  const saveAuthor = (): void => {
    if (author !== dossier.author) change(() => api.call('dossiers.update', { id: dossier.id, author }));
  };
  const setPaper = (paper: DossierPaper): void => {
    if (paper !== dossier.paper) change(() => api.call('dossiers.update', { id: dossier.id, paper }), (d) => ({ ...d, paper }));
  };
  const enter = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'Enter') e.currentTarget.blur();
  };

  return (
    <div className="dossier-head">
      <input
        className="dossier-title-input"
        aria-label="Dossier title"
        value={title}
        maxLength={500}
        onChange={(e) => setTitle(e.target.value)}
        onBlur={saveTitle}
        onKeyDown={enter}
      />
      <div className="dossier-fields">
        <label className="field">
          <span className="field-label">Compiled by</span>
          <input
            className="text-input"
            value={author}
            maxLength={500}
            placeholder="Your name, course or project"
            onChange={(e) => setAuthor(e.target.value)}
            onBlur={saveAuthor}
            onKeyDown={enter}
          />
        </label>
        <div className="field">
          <span className="field-label" id="paper-label">
            Paper
          </span>
          <div className="segmented" role="group" aria-labelledby="paper-label">
            <button type="button" aria-pressed={dossier.paper === 'a4'} onClick={() => setPaper('a4')}>
              A4
            </button>
            <button type="button" aria-pressed={dossier.paper === 'letter'} onClick={() => setPaper('letter')}>
              US Letter
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}
