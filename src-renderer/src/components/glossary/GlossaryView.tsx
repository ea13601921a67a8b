import { useEffect, useMemo, useState } from 'react';
import type { GlossaryEntry } from '@contract';
import { foldTerm } from '@shared/text/fold';
import { api } from '../../api/client';

interface Props {
  /** Library version: the glossary is read again when volumes come and go. */
  version: unknown;
  /** Search the library for a term's words. */
  onSearch: (query: string) => void;
}

/** The terms and abbreviations the volumes' lists define: for one volume or the whole library. */
export function GlossaryView({ version, onSearch }: Props) {
  const [all, setAll] = useState<GlossaryEntry[] | null>(null);
  const [volume, setVolume] = useState('');
  const [filter, setFilter] = useState('');
  useEffect(() => {
    let live = true;
    api.call('terms.glossary', {}).then(
      (list) => {
        if (live) setAll(list);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [version]);
  const volumes = useMemo(() => {
    const seen = new Map<string, string>();
    for (const e of all ?? []) if (e.collection && !seen.has(e.collection)) seen.set(e.collection, e.collectionTitle ?? e.collection);
    return [...seen];
  }, [all]);
  const shown = useMemo(() => {
    const want = foldTerm(filter.trim());
    return (all ?? []).filter((e) => (!volume || e.collection === volume) && (!want || foldTerm(`${e.term} ${e.expansion}`).includes(want)));
  }, [all, volume, filter]);
  return (
    <div className="glossary" aria-label="Glossary">
      <div className="glossary-bar">
        <select aria-label="Volume" value={volume} onChange={(e) => setVolume(e.target.value)}>
          <option value="">All volumes</option>
          {volumes.map(([id, title]) => (
            <option key={id} value={id}>
              {title}
            </option>
          ))}
        </select>
        <input type="search" placeholder="Filter terms" aria-label="Filter terms" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </div>
      {all !== null && all.length === 0 && <p className="glossary-empty">No volume in the library has a list of abbreviations and terms.</p>}
      <dl className="glossary-list">
        {shown.map((e) => (
          <div key={`${e.collection ?? ''}#${e.id}`} className="glossary-entry" data-term={e.id}>
            <dt>
              <button type="button" className="glossary-term" title={`Search the library for ${e.term}`} onClick={() => onSearch(e.term)}>
                {e.term}
              </button>
            </dt>
            <dd>
              {e.expansion}
              <span className="glossary-meta">
                {!volume && volumes.length > 1 ? `${e.collectionTitle ?? e.collection ?? ''} · ` : ''}
                {e.documents === 1 ? 'cited in 1 document' : `cited in ${e.documents} documents`}
              </span>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
